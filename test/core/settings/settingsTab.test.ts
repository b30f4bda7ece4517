import { cadenceFor, defaultSettings } from '../../../src/core/settings/defaults';
import { readSettings, type ReadContext } from '../../../src/core/settings/settingsTabReader';
import { unrecognizedRows } from '../../../src/core/settings/settingsTabRows';
import { settingsPlan } from '../../../src/core/settings/settingsTabWriter';
import type { Cell, Grid, Settings } from '../../../src/core/types';

const EN: ReadContext = { lang: 'en', locale: 'en-US', tabName: 'Audit settings' };
const PL: ReadContext = { lang: 'pl', locale: 'pl-PL', tabName: 'Ustawienia audytu' };

function grid(settings: Settings, lang: 'en' | 'pl' = 'en', preserved?: Grid): Grid {
  return settingsPlan(settings, lang, preserved).values.map((row) => [...row]);
}

function rowOf(values: Grid, key: string): number {
  const index = values.findIndex((row) => row[3] === key);
  if (index < 0) throw new Error(`no row with key ${key}`);
  return index;
}

/** The grid with column B (or another column) of the row keyed `key` replaced, as a user would type it. */
function edit(values: Grid, key: string, value: Cell, column = 1): Grid {
  const copy = values.map((row) => [...row]);
  copy[rowOf(copy, key)][column] = value;
  return copy;
}

function customSettings(): Settings {
  const settings = defaultSettings('en-US');
  settings.language = 'pl';
  settings.currency = 'EUR';
  settings.period = { kind: 'range', from: '2026-01-01', to: '2026-06-30' };
  settings.marginPct = 35;
  settings.minSample = 8;
  settings.dormantAfterDays = 120;
  settings.monthlyTarget = 42500;
  delete settings.cadence.new;
  settings.cadence.gold = 45;
  settings.cadence.dormant = 120;
  settings.bands['conversations.winRate'] = { direction: 'higher', green: 0.3, amber: 0.2 };
  settings.bands['conversations.staleOpenShare'] = { direction: 'lower', green: 0.125, amber: 0.3 };
  settings.bands['aftersales.nps'] = { direction: 'higher', green: 40, amber: -10 };
  settings.bands['aftersales.medianDaysToFollowUp'] = { direction: 'lower', green: 5, amber: 10 };
  settings.targets['conversations.avgDaysToWin'] = { direction: 'lower', green: 30, amber: 45 };
  settings.targets['acquisition.leadToWinRate'] = { direction: 'higher', green: 0.2, amber: 0.1 };
  settings.targets['conversations.avgDealValue'] = { direction: 'higher', green: 5000, amber: 5000 };
  settings.mapping.deals.created = 'Data zapytania';
  settings.mapping.customers.status = 'Segment';
  settings.mapping.deals.conversations = ''; // switched off in the sidebar
  settings.stageOutcomes = { 'closed won (sales pipeline)': 'won', 'on hold': 'lost', demo: 'open' };
  settings.stageOrder = ['Qualified', 'Demo', 'Negocjacje'];
  settings.answers = {
    'q.softSkills.closing': { answer: 'yes', note: 'Weekly role-play since March' },
    'q.aftersales.support': { answer: 'partly', note: '' },
    'q.process.outsideReview': { answer: 'na', note: '' },
    'q.relationships.contactPlan': { answer: null, note: 'To discuss with Anna' },
  };
  return settings;
}

describe('settingsPlan → readSettings round trip', () => {
  it.each([
    ['en', EN],
    ['pl', PL],
  ] as const)('gives the defaults back unchanged (%s)', (lang, ctx) => {
    const settings = defaultSettings(ctx.locale);
    expect(readSettings(grid(settings, lang), ctx)).toEqual({ settings, issues: [] });
  });

  it.each([
    ['en', EN],
    ['pl', PL],
  ] as const)('gives changed settings back unchanged (%s)', (lang, ctx) => {
    const settings = customSettings();
    expect(readSettings(grid(settings, lang), ctx)).toEqual({ settings, issues: [] });
  });

  it('reads a tab written in English when the audit is now in Polish', () => {
    const settings = customSettings();
    expect(readSettings(grid(settings, 'en'), PL).settings).toEqual(settings);
  });

  it('writes where each default band comes from beside its green threshold, in the tab’s language', () => {
    const en = settingsPlan(defaultSettings(), 'en').values;
    expect(en[rowOf(en, 'band.acquisition.ltvToCac.green')].slice(0, 3)).toEqual([
      'CLV:CAC, all channels: green from',
      3,
      'Rule of thumb popularised by David Skok (SaaS Metrics 2.0): a customer should bring at least 3 times what it cost to win; below 1 each one loses money.',
    ]);
    expect(en[rowOf(en, 'band.acquisition.ltvToCac.amber')][2]).toBe('Higher is better');
    expect(en[rowOf(en, 'band.aftersales.nps.green')][2]).toBe(
      'Bain & Company, who devised NPS, call a score above 0 good and above 20 favourable; 30 is a common rule of thumb for a good B2B score.',
    );
    const pl = settingsPlan(defaultSettings(), 'pl').values;
    expect(pl[rowOf(pl, 'band.conversations.winRate.green')].slice(0, 3)).toEqual([
      'Skuteczność zamykania: Dobry od',
      0.25,
      'Reguła praktyczna: w sprzedaży B2B wygrywa się zwykle 20–30% zamkniętych transakcji; poniżej 15% kuleje kwalifikacja lub domykanie sprzedaży.',
    ]);
    // Every default band has its line, in both languages.
    for (const values of [en, pl]) {
      const greens = values.filter((row) => /^band\..+\.green$/.test(String(row[3])));
      expect(greens).toHaveLength(13);
      for (const row of greens) expect(String(row[2]).length).toBeGreaterThan(40);
    }
  });

  it('reads the bands whatever their notes say: a 0.1.0 tab (no rationale), an edited one', () => {
    const settings = customSettings();
    const current = grid(settings);
    // 0.1.0 wrote "Higher is better" / "Lower is better" beside both thresholds of a band.
    const old = current.map((row) => {
      const match = /^band\.(.+)\.(green|amber)$/.exec(String(row[3]));
      if (!match) return row;
      const lower = settings.bands[match[1]].direction === 'lower';
      return [row[0], row[1], lower ? 'Lower is better' : 'Higher is better', row[3]];
    });
    const scribbled = edit(current, 'band.conversations.winRate.green', 'our own target, agreed in May', 2);
    const bands = readSettings(current, EN).settings.bands;
    expect(bands['conversations.winRate']).toEqual({ direction: 'higher', green: 0.3, amber: 0.2 });
    expect(readSettings(old, EN)).toEqual(readSettings(current, EN));
    expect(readSettings(scribbled, EN)).toEqual(readSettings(current, EN));
    expect(readSettings(old, EN).issues).toEqual([]);
  });

  it('keeps a "last 6 months" period', () => {
    const settings = { ...defaultSettings(), period: { kind: 'last', months: 6 } } as Settings;
    expect(readSettings(grid(settings), EN).settings.period).toEqual({ kind: 'last', months: 6 });
  });

  it('writes percent bands as percent-formatted fractions and labels in the chosen language', () => {
    const plan = settingsPlan(customSettings(), 'pl');
    const winRate = rowOf(plan.values, 'band.conversations.winRate.green');
    expect(plan.values[winRate].slice(0, 2)).toEqual(['Skuteczność zamykania: Dobry od', 0.3]);
    expect(plan.numberFormats[winRate][1]).toBe('0%');
    const stale = rowOf(plan.values, 'band.conversations.staleOpenShare.green');
    expect(plan.numberFormats[stale][1]).toBe('0.0%');
    const margin = rowOf(plan.values, 'marginPct');
    expect(plan.values[margin].slice(0, 2)).toEqual(['Marża brutto', 0.35]);
    const answer = rowOf(plan.values, 'q.softSkills.closing');
    expect(plan.values[answer].slice(1, 3)).toEqual(['Tak', 'Weekly role-play since March']);
    expect(plan.name).toBe('Ustawienia audytu');
    expect(plan.frozenRows).toBe(3);
  });
});

describe('a status of the user’s own', () => {
  it('keeps its spelling through a rewrite and still finds its cadence', () => {
    const settings = defaultSettings('pl-PL');
    settings.cadence['Stały klient Premium'] = 20;
    const values = grid(settings, 'pl');
    expect(values.some((row) => row[0] === 'Stały klient Premium' && row[1] === 20)).toBe(true);
    const read = readSettings(values, PL).settings;
    expect(read.cadence['Stały klient Premium']).toBe(20);
    expect(cadenceFor('staly klient premium', read)).toBe(20);
  });
});

describe('readSettings with hand-edited values', () => {
  const base = grid(defaultSettings());

  it('returns the defaults without issues when there is no tab', () => {
    expect(readSettings(null, PL)).toEqual({ settings: defaultSettings('pl-PL'), issues: [] });
  });

  it('reports text in minSample and uses the default', () => {
    const values = edit(base, 'minSample', 'five');
    const { settings, issues } = readSettings(values, EN);
    expect(settings.minSample).toBe(5);
    expect(issues).toEqual([
      {
        tab: 'Audit settings',
        row: rowOf(values, 'minSample') + 1,
        column: 'Value',
        code: 'bad_setting',
        message:
          'Minimum sample: "five" was ignored (use a whole number of 1 or more); the default 5 was used.',
      },
    ]);
  });

  it('reports negative days and uses the default, in Polish too', () => {
    const values = edit(base, 'dormantAfterDays', -30);
    expect(readSettings(values, EN).issues.map((issue) => issue.message)).toEqual([
      'Customer dormant after (days): "-30" was ignored (use a whole number of 1 or more); the default 180 was used.',
    ]);
    const polish = readSettings(values, PL);
    expect(polish.settings.dormantAfterDays).toBe(180);
    expect(polish.issues).toEqual([
      {
        tab: 'Ustawienia audytu',
        row: rowOf(values, 'dormantAfterDays') + 1,
        column: 'Wartość',
        code: 'bad_setting',
        message:
          'Klient uśpiony po (dniach): pominięto „-30” (wpisz liczbę całkowitą równą co najmniej 1); użyto wartości domyślnej 180.',
      },
    ]);
  });

  it('reads a monthly revenue target as typed, blank as none', () => {
    expect(readSettings(edit(base, 'monthlyTarget', '12 500,50 zł'), PL)).toMatchObject({
      settings: { monthlyTarget: 12500.5 },
      issues: [],
    });
    expect(readSettings(edit(base, 'monthlyTarget', '$40,000'), EN).settings.monthlyTarget).toBe(40000);
    expect(readSettings(edit(base, 'monthlyTarget', ''), EN)).toMatchObject({
      settings: { monthlyTarget: null },
      issues: [],
    });
  });

  it.each([
    [0, '0'],
    [-5000, '-5000'],
    ['a lot', 'a lot'],
  ])('reports a monthly target of %p and sets none', (typed, shown) => {
    const values = edit(base, 'monthlyTarget', typed);
    expect(readSettings(values, EN)).toEqual({
      settings: defaultSettings(),
      issues: [
        {
          tab: 'Audit settings',
          row: rowOf(values, 'monthlyTarget') + 1,
          column: 'Value',
          code: 'bad_setting',
          message: `Monthly revenue target: "${shown}" was ignored (use an amount above 0, or leave the cell empty for no target).`,
        },
      ],
    });
    expect(readSettings(values, PL).issues.map((issue) => issue.message)).toEqual([
      `Miesięczny cel sprzedaży: pominięto „${shown}” (wpisz kwotę większą od 0 albo zostaw komórkę pustą, jeśli nie masz celu).`,
    ]);
  });

  it('reports an amber threshold above green for higher-is-better and keeps the default band', () => {
    const values = edit(base, 'band.conversations.winRate.amber', 0.3);
    const { settings, issues } = readSettings(values, EN);
    expect(settings.bands['conversations.winRate']).toEqual({
      direction: 'higher',
      green: 0.25,
      amber: 0.15,
    });
    expect(issues).toEqual([
      {
        tab: 'Audit settings',
        row: rowOf(values, 'band.conversations.winRate.amber') + 1,
        column: 'Value',
        code: 'bad_setting',
        message:
          'Win rate: amber from: "30%" was ignored (amber must not be above green when higher is better); the default 25% / 15% was used.',
      },
    ]);
  });

  it('reports an amber threshold below green for lower-is-better', () => {
    const values = edit(base, 'band.aftersales.medianDaysToFollowUp.amber', 3);
    const { settings, issues } = readSettings(values, EN);
    expect(settings.bands['aftersales.medianDaysToFollowUp']).toEqual({
      direction: 'lower',
      green: 7,
      amber: 14,
    });
    expect(issues.map((issue) => issue.message)).toEqual([
      'Days from delivery to contact (median): amber up to: "3" was ignored (amber must not be below green when lower is better); the default 7 / 14 was used.',
    ]);
  });

  it('reports an unknown language', () => {
    const { settings, issues } = readSettings(edit(base, 'language', 'French'), EN);
    expect(settings.language).toBe('auto');
    expect(issues.map((issue) => issue.message)).toEqual([
      'Language: "French" was ignored (use auto, en or pl); the default auto was used.',
    ]);
  });

  it('accepts the language and currency written out in either language', () => {
    const values = edit(edit(base, 'language', 'Polski'), 'currency', 'zł');
    expect(readSettings(values, EN)).toMatchObject({
      settings: { language: 'pl', currency: 'PLN' },
      issues: [],
    });
    expect(readSettings(edit(base, 'currency', 'eur'), EN).settings.currency).toBe('EUR');
  });

  it('reports a bad currency, a percent band over 100 %, an NPS band out of range and a bad cadence', () => {
    let values = edit(base, 'currency', 'euros');
    values = edit(values, 'band.aftersales.csat.green', '150%');
    values = edit(values, 'band.aftersales.nps.amber', -150);
    values = edit(values, 'cadence.key', 'monthly');
    const { settings, issues } = readSettings(values, EN);
    expect(settings.currency).toBe('USD');
    expect(settings.bands['aftersales.csat']).toEqual({ direction: 'higher', green: 0.8, amber: 0.6 });
    expect(settings.bands['aftersales.nps']).toEqual({ direction: 'higher', green: 30, amber: 0 });
    expect(settings.cadence.key).toBe(30);
    expect(issues.map((issue) => issue.message)).toEqual([
      'Currency: "euros" was ignored (use a three-letter code such as USD, EUR or PLN); the default USD was used.',
      'Key / VIP: "monthly" was ignored (use a whole number of 1 or more); the default 30 was used.',
      'Customer satisfaction (CSAT): green from: "150%" was ignored (use a percentage from 0% to 100%); the default 80% was used.',
      'Net Promoter Score (NPS): amber from: "-150" was ignored (use a number from -100 to 100); the default 0 was used.',
    ]);
  });

  it('reports a period of 5 months and a range with one date', () => {
    let values = edit(base, 'period.months', 5);
    expect(readSettings(values, EN).issues.map((issue) => issue.message)).toEqual([
      'Audit period: last months: "5" was ignored (use 3, 6 or 12, or leave it empty); the default all data was used.',
    ]);
    values = edit(base, 'period.from', '2026-02-01');
    const { settings, issues } = readSettings(values, EN);
    expect(settings.period).toEqual({ kind: 'all' });
    expect(issues.map((issue) => issue.message)).toEqual([
      'Audit period: from: "2026-02-01" was ignored (fill in both dates, the first not after the second); the default all data was used.',
    ]);
  });

  it('names the date that was filled in when a range has only its end', () => {
    const { settings, issues } = readSettings(edit(base, 'period.to', '2026-02-01'), EN);
    expect(settings.period).toEqual({ kind: 'all' });
    expect(issues.map((issue) => issue.message)).toEqual([
      'Audit period: to: "2026-02-01" was ignored (fill in both dates, the first not after the second); the default all data was used.',
    ]);
  });

  it('reads range dates typed as text in the locale and Date cells in the spreadsheet zone', () => {
    let values = edit(base, 'period.from', '01.02.2026');
    values = edit(values, 'period.to', '31.03.2026');
    expect(readSettings(values, PL).settings.period).toEqual({
      kind: 'range',
      from: '2026-02-01',
      to: '2026-03-31',
    });
    // Sheets hands a date cell as midnight in the spreadsheet's zone: 1 Feb 00:00 in Warsaw is 31 Jan 23:00 UTC.
    values = edit(base, 'period.from', new Date('2026-01-31T23:00:00Z'));
    values = edit(values, 'period.to', new Date('2026-03-30T22:00:00Z'));
    expect(readSettings(values, { ...PL, timeZone: 'Europe/Warsaw' }).settings.period).toEqual({
      kind: 'range',
      from: '2026-02-01',
      to: '2026-03-31',
    });
  });

  it('reads a blank cadence as "no cadence" and blank bands as the default', () => {
    let values = edit(base, 'cadence.dormant', null);
    values = edit(values, 'band.conversations.winRate.green', '');
    const { settings, issues } = readSettings(values, EN);
    expect(issues).toEqual([]);
    expect(settings.cadence).toEqual({ key: 30, active: 60, new: 14, 'at risk': 30 });
    expect(settings.bands['conversations.winRate'].green).toBe(0.25);
  });

  it('reports an unknown answer and shortens a long note', () => {
    let values = edit(base, 'q.softSkills.closing', 'maybe');
    values = edit(values, 'q.aftersales.support', 'x'.repeat(1500), 2);
    const { settings, issues } = readSettings(values, EN);
    expect(settings.answers['q.softSkills.closing']).toBeUndefined();
    expect(settings.answers['q.aftersales.support']).toEqual({ answer: null, note: 'x'.repeat(1000) });
    expect(issues).toEqual([
      {
        tab: 'Audit settings',
        row: rowOf(values, 'q.softSkills.closing') + 1,
        column: 'Value',
        code: 'bad_setting',
        message:
          'Do salespeople ask for the order and agree on the next step in every conversation?: "maybe" was ignored (use Yes, Partly, No or Not applicable).',
      },
      {
        tab: 'Audit settings',
        row: rowOf(values, 'q.aftersales.support') + 1,
        column: 'Note',
        code: 'bad_setting',
        message:
          'Is there a support process after the purchase, with agreed response times?: the note was shortened to 1000 characters.',
      },
    ]);
  });

  it('reads answers typed in either language', () => {
    let values = edit(base, 'q.softSkills.closing', 'Tak');
    values = edit(values, 'q.softSkills.objections', 'częściowo');
    values = edit(values, 'q.softSkills.needsAnalysis', 'N/A');
    values = edit(values, 'q.aftersales.checkIn', 'Nie dotyczy');
    values = edit(values, 'q.aftersales.firstLine', 'NO');
    const { answers } = readSettings(values, EN).settings;
    expect(answers).toEqual({
      'q.softSkills.closing': { answer: 'yes', note: '' },
      'q.softSkills.objections': { answer: 'partly', note: '' },
      'q.softSkills.needsAnalysis': { answer: 'na', note: '' },
      'q.aftersales.checkIn': { answer: 'na', note: '' },
      'q.aftersales.firstLine': { answer: 'no', note: '' },
    });
  });

  it.each([
    ['25%', 25],
    ['25 %', 25],
    [25, 25],
    [0.25, 25],
    ['0.25', 25],
    [1, 100],
    ['100%', 100],
  ])('reads margin %p as %p percent', (typed, expected) => {
    const { settings, issues } = readSettings(edit(base, 'marginPct', typed), EN);
    expect(issues).toEqual([]);
    expect(settings.marginPct).toBe(expected);
  });

  it('reads percent in the locale notation', () => {
    expect(readSettings(edit(base, 'marginPct', '12,5%'), PL).settings.marginPct).toBe(12.5);
    expect(
      readSettings(edit(base, 'band.conversations.winRate.green', '30'), EN).settings.bands[
        'conversations.winRate'
      ].green,
    ).toBe(0.3);
    expect(
      readSettings(edit(base, 'band.conversations.winRate.green', '30%'), EN).settings.bands[
        'conversations.winRate'
      ].green,
    ).toBe(0.3);
  });

  it('reports a zero margin', () => {
    expect(readSettings(edit(base, 'marginPct', 0), EN).issues.map((issue) => issue.message)).toEqual([
      'Gross margin: "0" was ignored (use a percentage above 0% and at most 100%); the default 100% was used.',
    ]);
  });

  it('reports a target amber without green, and a stage outcome it cannot read', () => {
    let values = edit(base, 'target.conversations.avgDaysToWin.amber', 40);
    values = [...values, ['Trial', 'perhaps', null, 'stage']];
    const { settings, issues } = readSettings(values, EN);
    expect(settings.targets).toEqual({});
    expect(settings.stageOutcomes).toEqual({});
    expect(issues.map((issue) => issue.message)).toEqual([
      'Trial: "perhaps" was ignored (use Won, Lost or Open).',
      'Average time to win a customer: amber up to: "40" was ignored (fill in the green value as well).',
    ]);
  });

  it('sets a target with green only as green = amber', () => {
    const values = edit(base, 'target.conversations.avgClv.green', 12000);
    expect(readSettings(values, EN).settings.targets).toEqual({
      'conversations.avgClv': { direction: 'higher', green: 12000, amber: 12000 },
    });
  });

  it('reads keyless rows a user added under the cadence and stage sections', () => {
    const values = base.map((row) => [...row]);
    values.splice(rowOf(values, 'cadence.dormant') + 1, 0, ['Gold', 45, null, null]);
    values.splice(rowOf(values, 'section.stages') + 1, 0, ['Zamówienie wysłane', 'Wygrana', null, null]);
    values.splice(rowOf(values, 'section.stages') + 2, 0, ['Odłożone', 'przegrana', null, null]);
    const { settings, issues } = readSettings(values, PL);
    expect(issues).toEqual([]);
    expect(settings.cadence.Gold).toBe(45); // kept as typed, so a rewrite shows it the same
    expect(settings.stageOutcomes).toEqual({ 'zamowienie wyslane': 'won', odlozone: 'lost' });
  });

  it('ignores unknown keys silently', () => {
    const values = [...base, ['Something', 12, null, 'band.made.up.green'], ['Other', 'x', null, 'colour']];
    expect(readSettings(values, EN)).toEqual({ settings: defaultSettings(), issues: [] });
  });
});

describe('unrecognizedRows', () => {
  it('keeps rows a user added, and only those, through a rewrite', () => {
    const values = grid(defaultSettings());
    const general = rowOf(values, 'minSample');
    values.splice(general + 1, 0, ['Reviewed by', 'Jan', 'on Monday', null]);
    values.push(['My own note', null, null, null], [null, 42, null, 'whatever.key']);
    const preserved = unrecognizedRows(values);
    expect(preserved).toEqual([
      ['Reviewed by', 'Jan', 'on Monday', null],
      ['My own note', null, null, null],
      [null, 42, null, 'whatever.key'],
    ]);
    const rewritten = grid(defaultSettings(), 'pl', preserved);
    expect(rewritten.slice(-3)).toEqual(preserved);
    expect(unrecognizedRows(rewritten)).toEqual(preserved);
    expect(readSettings(rewritten, PL)).toEqual({ settings: defaultSettings('en-US'), issues: [] });
  });

  it('keeps a status or stage row typed by hand whose value cannot be read, so it is reported again', () => {
    const values = grid(defaultSettings());
    values.splice(rowOf(values, 'cadence.dormant') + 1, 0, ['Gold partner', 'monthly', 'ask Anna', null]);
    values.splice(rowOf(values, 'section.stages') + 1, 0, ['Demo booked', 'maybe', null, null]);
    values.splice(rowOf(values, 'section.stages') + 2, 0, ['Signed', 'Won', null, null]);
    const before = readSettings(values, EN);
    expect(before.issues.map((issue) => issue.row !== null)).toEqual([true, true]);

    const preserved = unrecognizedRows(values);
    expect(preserved).toEqual([
      ['Gold partner', 'monthly', 'ask Anna', 'cadence'],
      ['Demo booked', 'maybe', null, 'stage'],
    ]);
    const rewritten = readSettings(grid(before.settings, 'en', preserved), EN);
    expect(rewritten.settings).toEqual(before.settings);
    expect(rewritten.issues.map((issue) => issue.message)).toEqual(
      before.issues.map((issue) => issue.message),
    );
  });

  it('is empty for a fresh tab and for no tab', () => {
    expect(unrecognizedRows(grid(customSettings()))).toEqual([]);
    expect(unrecognizedRows(null)).toEqual([]);
  });
});

describe('Stage order (SPEC §1.7, §3.4)', () => {
  const sectionRow = (values: Grid) => rowOf(values, 'section.stageOrder');

  it('is written empty by default, under its own section with a note', () => {
    const values = grid(defaultSettings('en-US'));
    const section = sectionRow(values);
    expect(values[section].slice(0, 1)).toEqual(['Stage order']);
    expect(String(values[section][2])).toContain('one per row in column A');
    expect(values[section + 1]).toEqual([null, null, null, null]);
    expect(values[section + 2][3]).toBe('section.questionnaire');
    expect(grid(defaultSettings('en-US'), 'pl')[section][0]).toBe('Kolejność etapów');
  });

  it('writes one stage per row and reads them back in the order of the rows', () => {
    const settings = defaultSettings('en-US');
    settings.stageOrder = ['Lead', 'Offer', 'Contract'];
    const values = grid(settings);
    const section = sectionRow(values);
    expect(values.slice(section + 1, section + 4)).toEqual([
      ['Lead', null, null, 'stageOrder'],
      ['Offer', null, null, 'stageOrder'],
      ['Contract', null, null, 'stageOrder'],
    ]);
    // The user moves Contract above Offer.
    const moved = [...values];
    [moved[section + 2], moved[section + 3]] = [moved[section + 3], moved[section + 2]];
    expect(readSettings(moved, EN).settings.stageOrder).toEqual(['Lead', 'Contract', 'Offer']);
  });

  it('reads stage names typed without a key under the section', () => {
    const values = grid(defaultSettings('en-US'));
    const section = sectionRow(values);
    values.splice(section + 1, 0, ['Kwalifikacja', null, null, null], ['  Oferta ', '', null, null]);
    expect(readSettings(values, PL)).toMatchObject({
      settings: { stageOrder: ['Kwalifikacja', 'Oferta'] },
      issues: [],
    });
  });

  it('keeps the first place of a name listed twice, accepts names no deal has, and refuses won or lost stages', () => {
    const values = grid(defaultSettings('en-US'));
    const section = sectionRow(values);
    values.splice(
      section + 1,
      0,
      ['Proposal', null, null, 'stageOrder'],
      ['Pilot (not used yet)', null, null, 'stageOrder'],
      ['PROPOSAL ', null, null, 'stageOrder'],
      ['Closed Won', null, null, 'stageOrder'],
      ['Negotiation', null, null, 'stageOrder'],
    );
    const { settings, issues } = readSettings(values, EN);
    expect(settings.stageOrder).toEqual(['Proposal', 'Pilot (not used yet)', 'Negotiation']);
    expect(issues).toEqual([
      {
        tab: 'Audit settings',
        row: section + 4,
        column: 'Setting',
        code: 'bad_setting',
        message: 'Stage order: "PROPOSAL" was ignored (listed above already: its first place is used).',
      },
      {
        tab: 'Audit settings',
        row: section + 5,
        column: 'Setting',
        code: 'bad_setting',
        message: 'Stage order: "Closed Won" was ignored (a won or lost stage has no place in the pipeline).',
      },
    ]);
  });

  it("follows the tab's own stage mapping, wherever it sits: a stage mapped as open may be ordered", () => {
    const values = grid(defaultSettings('en-US'));
    values.splice(sectionRow(values) + 1, 0, ['Won back', null, null, 'stageOrder']);
    values.splice(rowOf(values, 'section.stages') + 1, 0, ['Won back', 'Open', null, 'stage']);
    expect(readSettings(values, EN)).toMatchObject({ settings: { stageOrder: ['Won back'] }, issues: [] });
  });
});
