import { HISTORY_METRIC_IDS, historyAppend, historyWithRun, lastRunOf } from '../../src/core/history';
import { readHistoryRuns, readPreviousRun } from '../../src/core/historyRead';
import type { AreaResult, AuditReport, MetricResult } from '../../src/core/types';
import { HISTORY_HEADER_0_1_0 } from '../fixtures/history010';

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

const SERIAL_2026_11_27_0815 = 46_353 + (8 * 60 + 15) / 1440;

describe('a new history tab', () => {
  const append = historyAppend(report(), null);

  it('has a row of labels in the audit language and below it the stable ids (a row adapters hide)', () => {
    const [labels, ids] = append.header.rows;
    expect(labels.slice(0, 8)).toEqual([
      'Run time',
      'Period',
      'Overall score',
      'Acquisition',
      'Sales conversations',
      'After-sales service',
      'Relationship management',
      'Win rate',
    ]);
    expect(ids.slice(0, 8)).toEqual([
      'run',
      'period',
      'overall',
      'area.acquisition',
      'area.conversations',
      'area.aftersales',
      'area.relationships',
      'conversations.winRate',
    ]);
    expect(ids).toHaveLength(7 + HISTORY_METRIC_IDS.length);
    expect(append.header.idRow).toBe(2);
    expect(append.added).toBeNull();
    const pl = historyAppend({ ...report(), language: 'pl' }, null).header.rows[0];
    expect(pl.slice(0, 4)).toEqual(['Data audytu', 'Okres', 'Ocena ogólna', 'Pozyskanie klientów']);
  });

  it('is wide enough to show its labels: every label fits its column in at most three wrapped lines', () => {
    const { rows, columnWidths } = append.header;
    rows[0].forEach((label, i) => {
      expect(Math.ceil((label.length * 7) / (columnWidths[i] - 8))).toBeLessThanOrEqual(3);
    });
    const runs = columnWidths.filter((width, i) => i === 0 || width !== columnWidths[i - 1]);
    expect(runs).toEqual([130, 230, 140]);
  });

  it('gets one row per run: the run time as a date-time serial, period, scores, key metrics, null where missing', () => {
    expect(append.row[0]).toBeCloseTo(SERIAL_2026_11_27_0815, 9);
    expect(append.row.slice(1)).toEqual([
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
    const { formats } = historyAppend(withCurrency, null);
    expect(formats).toHaveLength(append.header.rows[0].length);
    expect(formats.slice(0, 9)).toEqual(['yyyy-mm-dd hh:mm', '', '0', '0', '0', '0', '0', '0.0%', '0.0%']);
    expect(formats[9]).toBe('"$"#,##0'); // blended CAC in USD
  });
});

describe('reading a history', () => {
  const written = (r: AuditReport) => historyAppend(r, null);

  it.each(['en', 'pl'] as const)('reads back the last run of a history written in %s', (lang) => {
    const older = written({
      ...report(),
      language: lang,
      generatedAt: '2026-10-27T08:00:00+01:00',
      overall: { score: 40, rating: 'amber' },
    });
    const latest = written({ ...report(), language: lang });
    const grid = [...latest.header.rows, older.row, latest.row, ['', '', '']];
    expect(readPreviousRun(grid)).toEqual({
      generatedAt: '2026-11-27T08:15',
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
    expect(readHistoryRuns(grid).map((run) => [run.overall, run.serial])).toEqual([
      [40, 46_322 + 8 / 24],
      [62.5, SERIAL_2026_11_27_0815],
    ]);
  });

  it('reads a run time Sheets hands back as a Date as the wall-clock time of the spreadsheet’s zone', () => {
    const grid = [
      ['run', 'overall'],
      // 07:15 UTC is 08:15 in Warsaw in November.
      [new Date('2026-11-27T07:15:00.000Z'), 62],
    ];
    expect(readHistoryRuns(grid, 'Europe/Warsaw')[0].serial).toBeCloseTo(SERIAL_2026_11_27_0815, 9);
    expect(readHistoryRuns(grid, 'UTC')[0].serial).toBeCloseTo(SERIAL_2026_11_27_0815 - 1 / 24, 9);
  });

  it('reads by id, not position: moved columns, an inserted user column, numbers as text, a Date run time', () => {
    const grid = [
      ['My comment', 'Overall score [overall]', 'Win rate [conversations.winRate]', 'Run time [run]'],
      ['first', 55, 0.3, '2026-09-01T10:00:00.000Z'],
      ['second', '61', '0.25', new Date('2026-10-01T10:00:00.000Z')],
    ];
    expect(readPreviousRun(grid)).toEqual({
      generatedAt: '2026-10-01T10:00', // the wall-clock time, as for a serial number
      overall: 61,
      areas: {},
      metrics: { 'conversations.winRate': 0.25 },
    });
  });

  it('takes the latest run by its time, not the last row: a user sorted the tab newest first', () => {
    const grid = [
      ['Run time [run]', 'Overall score [overall]'],
      ['2026-11-27T09:00:00+01:00', 70],
      ['2026-10-27T09:00:00+01:00', 64],
      ['2026-09-27T10:00:00+02:00', 55],
    ];
    expect(readPreviousRun(grid)?.overall).toBe(70);
    expect(readHistoryRuns(grid).map((run) => run.overall)).toEqual([55, 64, 70]);
  });

  it('has no previous run without a tab, without ids in the header, or without rows', () => {
    expect(readPreviousRun(null)).toBeNull();
    expect(
      readPreviousRun([
        ['Run time', 'Overall'],
        ['2026-10-01', 50],
      ]),
    ).toBeNull();
    expect(readPreviousRun(historyAppend(report(), null).header.rows)).toBeNull();
    expect(readPreviousRun([])).toBeNull();
  });
});

/** A history tab exactly as 0.1.0 wrote it: one header row of "Label [id]" cells, run times as ISO text. */
const HISTORY_0_1_0 = [
  HISTORY_HEADER_0_1_0,
  [
    '2026-09-30T09:00:00+02:00',
    'Last 3 months',
    48,
    40,
    55,
    50,
    47,
    0.25,
    0.18,
    900,
    2.1,
    30,
    3900,
    0.6,
    4.1,
    10,
    0.2,
    0.1,
    0.3,
    0.05,
  ],
  [
    '2026-10-31T09:00:00+01:00',
    'Last 3 months',
    52,
    45,
    60,
    50,
    53,
    0.27,
    0.19,
    880,
    2.3,
    28,
    4000,
    0.65,
    4.2,
    12,
    0.22,
    0.08,
    0.28,
    0.06,
  ],
];

describe('a history written by 0.1.0', () => {
  it('is read: its last run is the previous one, and every run is on the score trend', () => {
    expect(readPreviousRun(HISTORY_0_1_0)).toMatchObject({
      generatedAt: '2026-10-31T09:00:00+01:00',
      overall: 52,
      areas: { acquisition: 45, conversations: 60, aftersales: 50, relationships: 53 },
    });
    expect(readPreviousRun(HISTORY_0_1_0)!.metrics['conversations.avgDealValue']).toBe(4000);
    expect(readHistoryRuns(HISTORY_0_1_0).map((run) => run.serial)).toEqual([
      46_295 + 9 / 24,
      46_326 + 9 / 24,
    ]);
  });

  it('is extended by id: each value under its own column, the metric 0.1.0 lacked in a new column with a 0.1.0-style header', () => {
    const append = historyAppend(report(), HISTORY_0_1_0);
    // conversationsPerWin came after 0.1.0: it goes right of the old columns, not in the middle.
    expect(append.added).toEqual({
      row: 1,
      column: 21,
      values: [['Conversations per win, lost deals included [conversations.conversationsPerWin]']],
    });
    expect(append.row).toHaveLength(21);
    expect(append.row[0]).toBeCloseTo(SERIAL_2026_11_27_0815, 9);
    expect(append.row.slice(1, 13)).toEqual([
      'Last 3 months (2026-08-28 – 2026-11-27)',
      62.5,
      50,
      75,
      null,
      100,
      0.275,
      0.2,
      850.5,
      null,
      23.4,
      4100, // avg deal value, under its 0.1.0 column
    ]);
    expect(append.row[20]).toBe(6.5);
    expect(append.formats[0]).toBe('yyyy-mm-dd hh:mm');
    const extended = [...HISTORY_0_1_0.map((row) => [...row]), append.row];
    extended[0][20] = append.added!.values[0][0];
    expect(readPreviousRun(extended)).toMatchObject({
      overall: 62.5,
      metrics: { 'conversations.avgDealValue': 4100, 'conversations.conversationsPerWin': 6.5 },
    });
    expect(readHistoryRuns(extended)).toHaveLength(3);
  });

  it('is extended without header changes once it has every column', () => {
    const append = historyAppend(report(), historyAppend(report(), null).header.rows);
    expect(append.added).toBeNull();
    expect(append.row).toEqual(historyAppend(report(), null).row);
  });
});

describe('the last run, for the sidebar', () => {
  it('is null without a history tab, and for a tab with headers and no run', () => {
    expect(lastRunOf(null, 'UTC')).toBeNull();
    expect(lastRunOf(historyAppend(report(), null).header.rows, 'UTC')).toBeNull();
  });

  it('is the first run appended to a new tab, with no previous score', () => {
    const grid = historyWithRun(null, historyAppend(report(), null));
    expect(grid).toHaveLength(3);
    expect(lastRunOf(grid, 'UTC')).toEqual({
      generatedAt: '2026-11-27T08:15',
      overallScore: 62.5,
      previousOverallScore: null,
    });
  });

  it('is the run just appended to a tab read before it, compared with the tab’s last run', () => {
    const october = {
      ...report(),
      generatedAt: '2026-10-27T08:00:00+01:00',
      overall: { score: 40, rating: 'amber' },
    } as AuditReport;
    const before = historyWithRun(null, historyAppend(october, null));
    const after = historyWithRun(before, historyAppend(report(), before));
    expect(after.slice(0, 3)).toEqual(before);
    expect(lastRunOf(after, 'UTC')).toEqual({
      generatedAt: '2026-11-27T08:15',
      overallScore: 62.5,
      previousOverallScore: 40,
    });
  });

  it('is the latest by run time when a user sorted the tab newest first', () => {
    const older = historyAppend(
      {
        ...report(),
        generatedAt: '2026-10-27T08:00:00+01:00',
        overall: { score: 40, rating: 'amber' },
      } as AuditReport,
      null,
    );
    const latest = historyAppend(report(), null);
    const grid = [...latest.header.rows, latest.row, older.row];
    expect(lastRunOf(grid, 'UTC')).toEqual({
      generatedAt: '2026-11-27T08:15',
      overallScore: 62.5,
      previousOverallScore: 40,
    });
  });
});
