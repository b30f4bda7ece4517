import {
  HISTORY_METRIC_IDS,
  historyFormats,
  historyHeader,
  historyRow,
  readPreviousRun,
} from '../../src/core/history';
import type { AreaResult, AuditReport, MetricResult } from '../../src/core/types';

function metric(id: string, value: number | null): MetricResult {
  return { id, value, unit: 'ratio', rating: 'unrated', target: null, sample: 10, note: null };
}

function area(id: AreaResult['id'], score: number | null, metrics: MetricResult[]): AreaResult {
  return { id, score, rating: 'green', metrics, questions: [], tables: [], attention: [] };
}

function report(): AuditReport {
  const emptyTab = { found: false, tab: null, rows: 0, used: 0, mapping: {}, headers: [] };
  return {
    schemaVersion: 2,
    generatedAt: '2026-11-27T08:15:00.000Z',
    today: '2026-11-27',
    period: {
      kind: 'last',
      from: '2026-08-28',
      to: '2026-11-27',
      label: 'Last 3 months (2026-08-28 – 2026-11-27)',
    },
    locale: 'en-US',
    language: 'en',
    currency: 'USD',
    input: { deals: emptyTab, channels: emptyTab, customers: emptyTab } as unknown as AuditReport['input'],
    openStages: [],
    overall: { score: 62.5, rating: 'amber' },
    summary: {
      wonValue: null,
      wonDeals: 0,
      avgMonthlyWonValue: null,
      completeMonths: 0,
      monthlyTarget: null,
      targetRating: 'unrated',
      months: [],
    },
    actions: [],
    areas: [
      area('acquisition', 50, [
        metric('acquisition.leads', 120),
        metric('acquisition.leadToWinRate', 0.2),
        metric('acquisition.blendedCac', 850.5),
        metric('acquisition.ltvToCac', null),
      ]),
      area('conversations', 75, [
        metric('conversations.winRate', 0.275),
        metric('conversations.avgDaysToWin', 23.4),
        metric('conversations.conversationsPerWin', 6.5),
        metric('conversations.avgDealValue', 4100),
      ]),
      area('aftersales', null, [metric('aftersales.followUpRate', 0.71), metric('aftersales.nps', -12)]),
      area('relationships', 100, [metric('relationships.overdueShare', 0.05)]),
    ],
    channels: [],
    owners: [],
    staleDeals: [],
    overdueCustomers: [],
    statuses: [],
    pipeline: [],
    lostReasons: null,
    movement: null,
    issues: [],
  };
}

describe('history', () => {
  it('writes a header with the stable id of each column, in the audit language', () => {
    const en = historyHeader('en');
    expect(en.slice(0, 7)).toEqual([
      'Run time [run]',
      'Period [period]',
      'Overall score [overall]',
      'Acquisition [area.acquisition]',
      'Sales conversations [area.conversations]',
      'After-sales service [area.aftersales]',
      'Relationship management [area.relationships]',
    ]);
    expect(en[7]).toBe('Win rate [conversations.winRate]');
    expect(en).toHaveLength(7 + HISTORY_METRIC_IDS.length);
    const pl = historyHeader('pl');
    expect(pl[0]).toBe('Data audytu [run]');
    expect(pl[3]).toBe('Pozyskanie [area.acquisition]');
    expect(pl[7]).toBe('Skuteczność zamykania [conversations.winRate]');
  });

  it('writes one row per run: time, period, scores, key metrics by id, null where missing', () => {
    expect(historyRow(report())).toEqual([
      '2026-11-27T08:15:00.000Z',
      'Last 3 months (2026-08-28 – 2026-11-27)',
      62.5,
      50,
      75,
      null,
      100,
      0.275, // win rate
      0.2, // lead to win
      850.5, // blended CAC
      null, // LTV:CAC
      23.4, // avg days to win
      6.5, // conversations per win, lost deals included
      4100, // avg deal value
      0.71, // follow-up rate
      null, // CSAT: not in the report
      -12, // NPS
      null, // repeat rate
      0.05, // overdue share
      null, // dormant share
      null, // expansion share
    ]);
  });

  it('formats each column: run time as date-time, scores, each metric by its unit', () => {
    const withCurrency = report();
    withCurrency.areas[0].metrics[2] = { ...metric('acquisition.blendedCac', 850.5), unit: 'currency' };
    const formats = historyFormats(withCurrency);
    expect(formats).toHaveLength(historyHeader('en').length);
    expect(formats.slice(0, 9)).toEqual(['', '', '0', '0', '0', '0', '0', '0.0%', '0.0%']);
    expect(formats[9]).toBe('"$"#,##0'); // blended CAC in USD
  });

  it.each(['en', 'pl'] as const)('reads back the last run of a history written in %s', (lang) => {
    const older = historyRow({
      ...report(),
      generatedAt: '2026-10-27T08:00:00.000Z',
      overall: { score: 40, rating: 'amber' },
    });
    const grid = [historyHeader(lang), older, historyRow(report()), ['', '', '']];
    const previous = readPreviousRun(grid);
    expect(previous).toEqual({
      generatedAt: '2026-11-27T08:15:00.000Z',
      overall: 62.5,
      areas: { acquisition: 50, conversations: 75, aftersales: null, relationships: 100 },
      metrics: {
        'conversations.winRate': 0.275,
        'acquisition.leadToWinRate': 0.2,
        'acquisition.blendedCac': 850.5,
        'acquisition.ltvToCac': null,
        'conversations.avgDaysToWin': 23.4,
        'conversations.conversationsPerWin': 6.5,
        'conversations.avgDealValue': 4100,
        'aftersales.followUpRate': 0.71,
        'aftersales.csat': null,
        'aftersales.nps': -12,
        'aftersales.repeatRate': null,
        'relationships.overdueShare': 0.05,
        'relationships.dormantShare': null,
        'relationships.expansionShare': null,
      },
    });
  });

  it('reads by id, not position: moved columns, an inserted user column, numbers as text, a Date run time', () => {
    const grid = [
      ['My comment', 'Overall score [overall]', 'Win rate [conversations.winRate]', 'Run time [run]'],
      ['first', 55, 0.3, '2026-09-01T10:00:00.000Z'],
      ['second', '61', '0.25', new Date('2026-10-01T10:00:00.000Z')],
    ];
    expect(readPreviousRun(grid)).toEqual({
      generatedAt: '2026-10-01T10:00:00.000Z',
      overall: 61,
      areas: {},
      metrics: { 'conversations.winRate': 0.25 },
    });
  });

  it('has no previous run without a tab, without ids in the header, or without rows', () => {
    expect(readPreviousRun(null)).toBeNull();
    expect(
      readPreviousRun([
        ['Run time', 'Overall'],
        ['2026-10-01', 50],
      ]),
    ).toBeNull();
    expect(readPreviousRun([historyHeader('en')])).toBeNull();
    expect(readPreviousRun([])).toBeNull();
  });
});
