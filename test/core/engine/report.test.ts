import { computeAudit } from '../../../src/core/engine/computeAudit';
import type { AuditReport } from '../../../src/core/types';
import { audit, cost, customer, d, deal, many, metricOf, parsedInput, settings, TODAY } from './fixtures';

const SPEC_METRICS = {
  acquisition: ['leads', 'leadToWinRate', 'blendedCac', 'ltvToCac', 'effortSpread'],
  conversations: [
    'avgDaysToWin',
    'medianDaysToWin',
    'avgConversationsPerWin',
    'conversationsPerWin',
    'avgDealValue',
    'medianDealValue',
    'avgClv',
    'avgDaysInFunnel',
    'avgOpenDealAgeDays',
    'staleOpenShare',
    'winRate',
    'salesVelocity',
  ],
  aftersales: [
    'followUpRate',
    'medianDaysToFollowUp',
    'csat',
    'avgSatisfaction',
    'nps',
    'repeatRate',
    'firstLineCoverage',
    'supportCoverage',
  ],
  relationships: ['overdueShare', 'dormantShare', 'expansionShare'],
};

/** Every number finite, no undefined anywhere (JSON would drop it or turn it into null in arrays). */
function assertPlainJson(value: unknown, path = 'report'): void {
  if (value === undefined) throw new Error(`${path} is undefined`);
  if (typeof value === 'number' && !Number.isFinite(value)) throw new Error(`${path} is ${value}`);
  if (Array.isArray(value)) value.forEach((item, i) => assertPlainJson(item, `${path}[${i}]`));
  else if (value !== null && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) assertPlainJson(item, `${path}.${key}`);
}

const degenerate: Record<string, () => AuditReport> = {
  'no deals at all': () => audit({}),
  'only open deals': () => audit({ deals: many(3, { channel: 'Web' }) }),
  'no won deals': () =>
    audit({ deals: many(6, { outcome: 'lost', channel: 'Web', closed: d('2026-01-02') }) }),
  'zero cost and zero values': () =>
    audit({
      deals: many(6, { outcome: 'won', value: 0, channel: 'Web', customer: 'A' }),
      costs: [cost('Web', 0)],
    }),
  'cost rows only': () => audit({ deals: [], costs: [cost('Web', 100), cost('Ads', 0)] }),
  'customers without deals': () =>
    audit({
      deals: [deal({})],
      customers: [customer('A', { status: 'VIP' }), customer('B', { satisfaction: 3 })],
    }),
  'every column missing': () =>
    audit({
      deals: many(4, { outcome: 'won' }),
      missing: {
        deals: [
          'value',
          'channel',
          'closed',
          'customer',
          'owner',
          'conversations',
          'type',
          'delivered',
          'followUp',
        ],
        channels: 'tab',
        customers: 'tab',
      },
    }),
  'an empty period': () =>
    audit(
      { deals: many(6, { outcome: 'won', value: 10 }) },
      { period: { kind: 'range', from: '2020-01-01', to: '2020-02-01' } },
    ),
};

describe('the report as JSON', () => {
  it.each(Object.keys(degenerate))('has no NaN, Infinity or undefined: %s', (name) => {
    const report = degenerate[name]();
    assertPlainJson(report);
    const json = JSON.stringify(report);
    expect(json).not.toMatch(/NaN|Infinity/);
    expect(JSON.parse(json)).toEqual(report);
  });

  it('has every metric of SPEC §1 in its area, in order', () => {
    const report = audit({ deals: [deal({})] });
    expect(report.areas.map((area) => [area.id, area.metrics.map((item) => item.id)])).toEqual(
      Object.entries(SPEC_METRICS).map(([area, ids]) => [area, ids.map((id) => `${area}.${id}`)]),
    );
  });

  it('carries the run, the input and the issues through', () => {
    const parsed = parsedInput({ deals: [deal({})] });
    parsed.issues.push({
      tab: 'Deals',
      row: 7,
      column: 'Value',
      code: 'bad_number',
      message: 'Not a number.',
    });
    const report = computeAudit(parsed, settings({ currency: 'EUR' }), {
      today: d(TODAY),
      lang: 'pl',
      locale: 'pl-PL',
      generatedAt: '2026-06-30T10:00:00.000Z',
      previous: null,
      questions: [],
    });
    expect(report).toMatchObject({
      schemaVersion: 2,
      generatedAt: '2026-06-30T10:00:00.000Z',
      today: '2026-06-30',
      locale: 'pl-PL',
      language: 'pl',
      currency: 'EUR',
      openStages: ['Proposal'],
      issues: parsed.issues,
      input: parsed.input,
    });
  });

  it('writes every note in Polish with Polish number formats', () => {
    const report = audit(
      {
        deals: [
          ...many(5, { outcome: 'won', value: 1234.5, created: d('2026-06-01'), closed: d('2026-06-03') }),
          ...many(3, { outcome: 'lost', closed: d('2026-06-03') }),
        ],
        missing: { deals: ['followUp'] },
      },
      { currency: 'PLN' },
      { lang: 'pl', locale: 'pl-PL' },
    );
    // Intl puts a no-break space before the currency
    const notes = report.areas.flatMap((area) =>
      area.metrics.map((item) => item.note?.replace(/\u00a0/g, ' ')),
    );
    // 1234.5 rounds to whole złoty; Polish does not group four-digit numbers
    expect(notes).toContain('Średnia wartość sprzedaży to 1235 zł.');
    expect(notes).toContain('W okresie audytu wpłynęło 8 zapytań.');
    expect(notes).toContain('Pozyskanie klienta trwa średnio 2 dni od zapytania do zamknięcia.');
    expect(notes).toContain('Wygrywasz 62,5% zamkniętych transakcji (5 z 8).');
    expect(notes).toContain(
      'Dodaj kolumnę „Kontakt po dostawie” na karcie Transakcje, aby zobaczyć ten wskaźnik.',
    );
  });
});

describe('Polish day counts after a preposition', () => {
  it('writes one day in the right case in every sentence that can hold it', () => {
    // 5 wins in 1 day each, one open deal 1 day old: median and average age 1 day
    const quick = audit(
      {
        deals: [
          ...many(5, { outcome: 'won', created: d('2026-06-01'), closed: d('2026-06-02') }),
          deal({ created: d('2026-06-29') }),
        ],
      },
      {},
      { lang: 'pl', locale: 'pl-PL' },
    );
    expect(metricOf(quick, 'conversations.medianDaysToWin').note).toBe(
      'Mediana czasu pozyskania klienta wynosi 1 dzień.',
    );
    expect(metricOf(quick, 'conversations.avgOpenDealAgeDays').note).toBe(
      'Otwarte transakcje czekają w lejku średnio 1 dzień — tylko 1 transakcja; do oceny potrzeba co najmniej 5.',
    );
  });

  it('writes a stale deal’s age and conversation count with their plural forms', () => {
    // Wins on the day of the inquiry with 1 conversation: limits 0 days and 1 conversation
    const sameDay = (lang: 'en' | 'pl') =>
      audit(
        {
          deals: [
            ...many(5, {
              outcome: 'won',
              created: d('2026-06-01'),
              closed: d('2026-06-01'),
              conversations: 1,
            }),
            deal({ created: d('2026-06-29'), conversations: 2 }),
          ],
        },
        {},
        { lang, locale: lang === 'pl' ? 'pl-PL' : 'en-US' },
      ).staleDeals[0].reason;
    expect(sameDay('pl')).toBe(
      'Otwarta już 1 dzień, ponad dwa razy dłużej niż mediana czasu pozyskania klienta (0 dni); 2 rozmowy, więcej niż w 3 na 4 wygranych transakcjach (1)',
    );
    expect(sameDay('en')).toBe(
      'Open for 1 day, over twice the median time to win (0 days); 2 conversations, more than 3 in 4 won deals needed (1)',
    );
  });
});
