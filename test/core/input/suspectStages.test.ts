import { t } from '../../../src/core/i18n/catalog';
import { editDistance, suspectStage } from '../../../src/core/input/suspectStages';
import type { Grid } from '../../../src/core/types';
import { parseDealsGrid } from './parseFixtures';

const parse = parseDealsGrid;

describe('editDistance (optimal string alignment)', () => {
  it.each([
    ['wygrna', 'wygrana', 1], // a letter left out
    ['clsoed won', 'closed won', 1], // two neighbours swapped
    ['przegranaa', 'przegrana', 1],
    ['wgyrnaa', 'wygrana', 2],
    ['kitten', 'sitting', 3],
    ['', 'abc', 3],
  ])('%s → %s is %d (capped at 3)', (a, b, expected) => {
    expect(editDistance(a, b, 2)).toBe(Math.min(expected, 3));
  });

  it('does not compare texts whose lengths differ by more than the cap', () => {
    expect(editDistance('x'.repeat(10_000), 'wygrana', 2)).toBe(3);
  });
});

describe('suspectStage (SPEC §3.1)', () => {
  it('names the won or lost synonym a misspelt stage resembles', () => {
    expect(suspectStage('wygrna', {})).toEqual({ stage: 'wygrna', resembles: 'wygrana', outcome: 'won' });
    expect(suspectStage('Clsoed Won', {})).toMatchObject({ resembles: 'closed won', outcome: 'won' });
    expect(suspectStage('Closed Lsot (Sales Pipeline)', {})).toMatchObject({
      resembles: 'closed lost',
      outcome: 'lost',
    });
    expect(suspectStage('Przegrnaa', {})).toMatchObject({ resembles: 'przegrana', outcome: 'lost' });
  });

  it('ignores synonyms under five letters, and names three edits away', () => {
    expect(suspectStage('Wo', {})).toBeNull(); // "won" is too short to compare
    expect(suspectStage('Lots', {})).toBeNull(); // "lost" too
    expect(suspectStage('Closed', {})).toBeNull(); // "closed won" is 4 edits away
  });

  it('raises nothing for the stages of the built-in stage orders and common real stages', () => {
    const names = [
      ...['qualified', 'proposal', 'negotiation'].flatMap((key) =>
        (['en', 'pl'] as const).map((lang) => t(lang, `sample.stage.${key}` as 'sample.stage.qualified')),
      ),
      'Appointment scheduled',
      'Qualified to buy',
      'Presentation scheduled',
      'Decision maker bought-in',
      'Contract sent',
      'Lead In',
      'Contact Made',
      'Demo Scheduled',
      'Proposal Made',
      'Negotiations Started',
      'Lead',
      'New',
      'Qualification',
      'Meeting',
      'Demo',
      'Offer',
      'Contract',
      'Nowy',
      'Spotkanie',
      'Prezentacja',
      'Propozycja',
      'Umowa',
      'Closed',
      'Selected',
      'Wysłana',
      'Realizowane',
      'Sprzedawane',
      'Oferta wysłana',
      'W realizacji',
      'Prospecting',
      'Needs Analysis',
      'Value Proposition',
      'Id. Decision Makers',
      'Perception Analysis',
      'Proposal/Price Quote',
      'Negotiation/Review',
    ];
    expect(names.filter((name) => suspectStage(name, {}) !== null)).toEqual([]);
  });

  it('leaves a stage the user mapped in the settings alone, even as open', () => {
    expect(suspectStage('Wygrna', { wygrna: 'open' })).toBeNull();
  });
});

describe('suspect_stage issues while reading the Deals tab', () => {
  const values: Grid = [
    ['Created', 'Etap sprzedaży'],
    ['2024-03-01', 'wygrna'],
    ['2024-03-02', 'Proposal'],
    ['2024-03-03', 'Wygrna '],
    ['2024-03-04', 'WYGRNA'],
    ['2024-03-05', 'Clsoed Lost'],
    ['2024-03-06', 'Wygrana'],
  ];

  it('keeps the deals open and raises one issue per distinct name, with its rows and how to map it', () => {
    const parsed = parse(values);
    expect(parsed.deals.map((deal) => deal.outcome)).toEqual(['open', 'open', 'open', 'open', 'open', 'won']);
    expect(parsed.openStages).toEqual(['wygrna', 'Proposal', 'Clsoed Lost']);
    const suspects = parsed.issues.filter((issue) => issue.code === 'suspect_stage');
    expect(suspects).toEqual([
      {
        tab: 'Deals',
        row: 2,
        column: 'Etap sprzedaży',
        code: 'suspect_stage',
        message:
          'The stage "wygrna" (3 rows) is read as an open deal, but it looks like a misspelt "wygrana". ' +
          'If it means won, add a row to Stage mapping in the Audit settings tab: "wygrna" in column A, ' +
          'Won in column B. If it is a real open stage, write Open there and this note goes away.',
      },
      expect.objectContaining({ row: 6, code: 'suspect_stage' }),
    ]);
    expect(suspects[1].message).toContain('"Clsoed Lost" (1 row)');
    expect(suspects[1].message).toContain('If it means lost');
  });

  it('writes the issue in Polish', () => {
    const parsed = parse(values.slice(0, 2), { lang: 'pl', locale: 'pl-PL' });
    expect(parsed.issues.map((issue) => issue.message)).toEqual([
      'Etap „wygrna” (1 wiersz) jest liczony jako otwarta transakcja, ale wygląda na literówkę w „wygrana”. ' +
        'Jeśli oznacza wygraną transakcję, dodaj wiersz w sekcji „Przypisanie etapów” na karcie ' +
        '„Ustawienia audytu”: „wygrna” w kolumnie A, Wygrana w kolumnie B. Jeśli to prawdziwy etap otwarty, ' +
        'wpisz tam Otwarta, a ta uwaga zniknie.',
    ]);
  });

  it('raises nothing once the user mapped the stage', () => {
    const parsed = parse(values, { stageOutcomes: { wygrna: 'won', 'clsoed lost': 'open' } });
    expect(parsed.issues).toEqual([]);
    expect(parsed.deals.filter((deal) => deal.outcome === 'won')).toHaveLength(4);
  });
});
