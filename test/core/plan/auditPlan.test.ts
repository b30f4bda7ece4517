import {
  buildAuditPlan,
  LIST_LIMITS,
  numberFormatFor,
  RATING_COLORS,
} from '../../../src/core/plan/auditPlan';
import { isoDateToSerial } from '../../../src/core/plan/formats';
import { chartColumns, rowsCovered } from '../../../src/core/plan/charts';
import type { AuditReport, BubbleChartPlan, CellRange, SheetPlan } from '../../../src/core/types';
import { emptyReport, fullReport } from './fixtures';

const GREEN = '#b7e1cd';
const AMBER = '#fce8b2';
const RED = '#f4c7c3';
const GREY = '#efefef';

function plan(report: AuditReport = fullReport()): SheetPlan {
  return buildAuditPlan(report, { tabName: 'Sales Process Audit' });
}

function block(p: SheetPlan, id: string): CellRange {
  const found = p.blocks.find((b) => b.id === id);
  if (!found) throw new Error(`no block ${id}`);
  return found.range;
}

/** 1-based row of the first cell in column 1 (within a block, when given) whose value is `text`. */
function rowOf(p: SheetPlan, text: string, within?: CellRange, column = 1): number {
  const first = within ? within.row : 1;
  const last = within ? within.row + within.numRows - 1 : p.values.length;
  for (let row = first; row <= last; row++) if (p.values[row - 1][column - 1] === text) return row;
  throw new Error(`"${text}" not found`);
}

/** The cells of a row from column 1, trimmed to `width`. */
function rowValues(p: SheetPlan, row: number, width: number) {
  return p.values[row - 1].slice(0, width);
}

describe('summary page', () => {
  const p = plan();
  const overview = block(p, 'overview');

  test('title, period and run time sit in rows 1–3', () => {
    expect(p.name).toBe('Sales Process Audit');
    expect(rowValues(p, 1, 2)).toEqual(['Sales Process Audit', null]);
    expect(p.fontWeights[0][0]).toBe('bold');
    expect(rowValues(p, 2, 2)).toEqual(['Audit period: All data (up to 2024-06-03)', null]);
    // Text in the 300 px column A: as a date-time value in the 90 px column B it showed as ###.
    expect(rowValues(p, 3, 2)).toEqual(['Run at: 2024-06-03 09:15', null]);
    expect(rowValues(p, 4, 4)).toEqual([null, null, null, null]);
  });

  test('the title rows are frozen and the title is merged over columns A–F', () => {
    expect(p.frozenRows).toBe(3);
    expect(p.merges[0]).toEqual({ row: 1, column: 1, numRows: 1, numColumns: 6 });
  });

  test('a run time that is not ISO is shown as written', () => {
    const report = fullReport();
    report.generatedAt = 'yesterday';
    expect(plan(report).values[2][0]).toBe('Run at: yesterday');
  });

  test('columns A–F, all the summary page uses, are at most 750 px wide together', () => {
    const summaryWidth = p.columnWidths.slice(0, 6).reduce((sum, width) => sum + width, 0);
    expect(summaryWidth).toBe(300 + 5 * 90);
    expect(summaryWidth).toBeLessThanOrEqual(750);
    for (const id of ['overview', 'summary', 'actions']) {
      const range = block(p, id);
      for (const row of p.values.slice(range.row - 1, range.row - 1 + range.numRows)) {
        expect(row.slice(6).every((value) => value === null)).toBe(true);
      }
    }
  });

  test('the overall score and the four areas are rows: score, ▲ / ▼ change, rating chip', () => {
    expect(rowValues(p, 5, 4)).toEqual(['Area', 'Score (0–100)', 'Change since last audit', 'Rating']);
    expect(rowValues(p, 6, 4)).toEqual(['Overall score', 52.8, expect.closeTo(-6.2, 10), 'Needs attention']);
    expect(p.numberFormats[5].slice(1, 3)).toEqual(['0', '"▲ "0;"▼ "0;"= "0']);
    expect(rowValues(p, 7, 4)).toEqual(['Acquisition', 50, -12.5, 'Needs attention']);
    expect(rowValues(p, 9, 4)).toEqual(['Sales conversations', 25, null, 'Critical']); // no previous score
    const aftersales = rowOf(p, 'After-sales service', overview);
    expect(rowValues(p, aftersales, 4)).toEqual([
      'After-sales service',
      83.3,
      expect.closeTo(8.3, 10),
      'Good',
    ]);
    const relationships = rowOf(p, 'Relationship management', overview);
    expect(rowValues(p, relationships, 4)).toEqual([
      'Relationship management',
      null,
      null,
      'Not enough data',
    ]);
    const chips = [6, 7, 9, aftersales, relationships].map((row) => p.backgrounds[row - 1][3]);
    expect(chips).toEqual([AMBER, AMBER, RED, GREEN, GREY]);
  });

  test("each area's attention items are named below it, in verdict wording", () => {
    expect(p.values[7][0]).toBe('Pulls it down: Cold calls');
    expect(p.values[9][0]).toMatch(/^Pulls it down: Piotr, .+, Salespeople ask for the order$/);
    expect(p.wraps[9][0]).toBe(true);
  });

  test('an area with more than three attention items names three, then "and N more"', () => {
    const report = fullReport();
    const conversations = report.areas.find((area) => area.id === 'conversations')!;
    conversations.attention.push(
      { kind: 'channel', subject: 'Trade fairs' },
      { kind: 'owner', subject: 'Anna' },
    );
    const line = plan(report).values[9][0] as string;
    expect(line).toMatch(/^Pulls it down: Piotr, .+, Salespeople ask for the order and 2 more$/);
    expect(line).not.toContain('Anna');
  });

  test('the overview block spans the title to the last area', () => {
    expect(overview.row).toBe(1);
    expect(p.values[overview.row + overview.numRows - 2][0]).toBe('Relationship management');
  });

  test('"are we selling enough": won value, won deals, the monthly average against the target', () => {
    const range = block(p, 'summary');
    expect(p.values[range.row - 1][0]).toBe('Are we selling enough?');
    expect(rowValues(p, range.row + 1, 2)).toEqual(['Won value', 504000]);
    expect(p.numberFormats[range.row][1]).toBe(numberFormatFor('currency', 'PLN', 'en'));
    expect(rowValues(p, range.row + 2, 2)).toEqual(['Won deals', 42]);
    expect(rowValues(p, range.row + 3, 2)).toEqual(['Average won value per complete month', 38000]);
    expect(p.backgrounds[range.row + 2][1]).toBe(RED);
    expect(rowValues(p, range.row + 4, 3)).toEqual(['Monthly target', 50000, 'Critical']);
    expect(p.backgrounds[range.row + 3][2]).toBe(RED);
  });

  test('without a monthly target a hint points to the settings tab', () => {
    const report = fullReport();
    report.summary = { ...report.summary, monthlyTarget: null, targetRating: 'unrated' };
    const q = plan(report);
    const range = block(q, 'summary');
    expect(q.values[range.row + 3][0]).toBe(
      'No monthly target yet: set one in the settings tab to rate the monthly average.',
    );
    expect(q.backgrounds[range.row + 2][1]).toBe(GREY);
  });

  test('"what to do first": the actions in order, numbered, with the money at stake as currency', () => {
    const range = block(p, 'actions');
    expect(p.values[range.row - 1][0]).toBe('What to do first');
    expect(rowValues(p, range.row + 1, 2)).toEqual(['Action', 'Money at stake']);
    const rows = p.values.slice(range.row + 1, range.row + 5).map((row) => row.slice(0, 3));
    expect(rows).toEqual([
      [
        '1. Coach Piotr on needs analysis and closing: wins 16.7% of closed deals against 26% for the team',
        59904,
        null,
      ],
      [
        '2. Rework Trade fairs before adding budget: PLN 24,000 spent this period for 6 customers who brought PLN 90,000',
        24000,
        null,
      ],
      ['3. Stop or rework Cold calls: PLN 9,000 spent this period without a single new customer', 9000, null],
      [
        '4. Put in place what was answered No: Someone from outside reviews the process at least yearly',
        '—',
        null,
      ],
    ]);
    const currency = numberFormatFor('currency', 'PLN', 'en');
    expect(p.numberFormats.slice(range.row + 1, range.row + 4).map((row) => row[1])).toEqual([
      currency,
      currency,
      currency,
    ]);
    expect(p.wraps[range.row + 1].slice(0, 2)).toEqual([true, true]);
    // Then the number of data issues, as the sidebar and the console state it.
    expect(p.values[range.row + 5][0]).toBe('60 data issues');
    expect(range.numRows).toBe(2 + 4 + 1);
  });

  test('without actions, one line says there is nothing urgent', () => {
    const report = fullReport();
    report.actions = [];
    const q = plan(report);
    const range = block(q, 'actions');
    expect(range.numRows).toBe(3);
    expect(q.values[range.row][0]).toBe(
      'Nothing urgent: no channel to drop, no red metric, no overdue list.',
    );
    expect(q.values[range.row + 1][0]).toBe('60 data issues');
  });

  test('column widths come in three runs of equal widths, one Spreadsheet call each', () => {
    const runs = p.columnWidths.filter((width, i) => i === 0 || width !== p.columnWidths[i - 1]);
    expect(runs).toEqual([300, 90, 480]);
  });
});

describe('area sections', () => {
  const p = plan();

  test('table headers wrap; findings and other cells overflow instead', () => {
    const range = block(p, 'area.conversations');
    expect(p.wraps[range.row].slice(0, 6)).toEqual([true, true, true, true, true, true]);
    expect(p.wraps[range.row + 1].slice(0, 6)).toEqual([false, false, false, false, false, false]);
  });

  test('the section title row carries the area score and rating', () => {
    const range = block(p, 'area.conversations');
    expect(rowValues(p, range.row, 3)).toEqual(['Sales conversations', 25, 'Critical']);
    expect(p.backgrounds[range.row - 1].slice(1, 3)).toEqual([RED, RED]);
    expect(rowValues(p, range.row + 1, 6)).toEqual([
      'Metric',
      'Value',
      'Change since last audit',
      'Target',
      'Rating',
      'Finding',
    ]);
    expect(p.fontWeights[range.row].slice(0, 6)).toEqual(Array(6).fill('bold'));
  });

  test('a rated metric row: value as a number with a percent format, target, rating color, finding', () => {
    const row = rowOf(p, 'Win rate', block(p, 'area.conversations'));
    expect(rowValues(p, row, 6)).toEqual([
      'Win rate',
      0.21,
      expect.closeTo(-0.03, 10),
      '≥ 25%',
      'Needs attention',
      'About 1 in 5 closed deals is won.',
    ]);
    // 0.21 is shown as 21%, as the sentence beside it writes it; the change −0.03 as ▼ 3%.
    expect(p.numberFormats[row - 1].slice(1, 3)).toEqual(['0%', '"▲ "0%;"▼ "0%;"= "0%']);
    expect(p.backgrounds[row - 1][1]).toBe(AMBER);
    expect(p.backgrounds[row - 1][4]).toBe(AMBER);
  });

  test('unrated metrics with a previous value show the change ▲ / ▼ in their own unit', () => {
    const acquisition = block(p, 'area.acquisition');
    const leads = rowOf(p, 'Leads (inquiries)', acquisition);
    expect(rowValues(p, leads, 5)).toEqual(['Leads (inquiries)', 236, 26, null, 'Not rated']);
    expect(p.numberFormats[leads - 1][2]).toBe('"▲ "#,##0;"▼ "#,##0;"= "#,##0');
    expect(p.backgrounds[leads - 1][4]).toBe(GREY);

    const conversations = block(p, 'area.conversations');
    const days = rowOf(p, 'Average time to win a customer', conversations);
    expect(p.values[days - 1][1]).toBe(34.6);
    expect(p.values[days - 1][2]).toBeCloseTo(-6.4, 10);
    expect(p.numberFormats[days - 1][2]).toBe('"▲ "#,##0.0" days";"▼ "#,##0.0" days";"= "#,##0.0" days"');

    const unchanged = rowOf(p, 'Average sale value', conversations);
    expect(p.values[unchanged - 1][2]).toBe(0);

    const noPrevious = rowOf(p, 'Median time to win a customer', conversations);
    expect(p.values[noPrevious - 1][2]).toBeNull();
  });

  test('a fractional count keeps one decimal', () => {
    const row = rowOf(p, 'Conversations per win, in the won deal only', block(p, 'area.conversations'));
    expect(p.values[row - 1][1]).toBe(4.3);
    expect(p.numberFormats[row - 1][1]).toBe('#,##0.0');
  });

  test('each rating gets its color: green, amber, red, and grey for not enough data / no data / unrated', () => {
    const aftersales = block(p, 'area.aftersales');
    const colorOf = (label: string) => p.backgrounds[rowOf(p, label, aftersales) - 1][4];
    expect(colorOf('Customers contacted after delivery')).toBe(GREEN);
    expect(colorOf('Customer satisfaction (CSAT)')).toBe(GREY);
    expect(colorOf('Customers with a first line of contact')).toBe(GREY);
    expect(colorOf('Average satisfaction score')).toBe(GREY);
    const conversations = block(p, 'area.conversations');
    expect(p.backgrounds[rowOf(p, 'Open deals to reconsider', conversations) - 1][4]).toBe(RED);
    expect(RATING_COLORS).toEqual({
      green: GREEN,
      amber: AMBER,
      red: RED,
      insufficient: GREY,
      nodata: GREY,
      unrated: GREY,
    });
  });

  test('a no-data metric has an empty value and its hint as the finding', () => {
    const row = rowOf(p, 'Customers with a first line of contact', block(p, 'area.aftersales'));
    expect(rowValues(p, row, 6)).toEqual([
      'Customers with a first line of contact',
      null,
      null,
      '≥ 95%',
      'No data',
      'Add an Account manager column to Customers.',
    ]);
  });

  test('every unit gets its number format (PLN report)', () => {
    const formatOf = (area: string, label: string) => p.numberFormats[rowOf(p, label, block(p, area)) - 1][1];
    const nbsp = (format: string) => format.replace(/\u00a0/g, ' ');
    expect(nbsp(formatOf('area.acquisition', 'Customer acquisition cost (CAC), all channels'))).toBe(
      '#,##0" zł"',
    );
    expect(formatOf('area.acquisition', 'CLV:CAC, all channels')).toMatch(/^#,##0(\.0{1,2})?"×"$/);
    expect(nbsp(formatOf('area.conversations', 'Sales velocity (value per day)'))).toBe('#,##0" zł/day"');
    expect(formatOf('area.aftersales', 'Net Promoter Score (NPS)')).toMatch(
      /^"\+"#,##0" pts";"-"#,##0" pts";#,##0" pts"$/,
    );
    expect(formatOf('area.aftersales', 'Average satisfaction score')).toMatch(/^#,##0(\.0)?$/);
    expect(formatOf('area.aftersales', 'Days from delivery to contact (median)')).toMatch(
      /^#,##0(\.0)?" days?"$/,
    );
  });

  test('every metric of the fixture has a label from the catalog, not its id', () => {
    const p2 = plan();
    for (const area of fullReport().areas) {
      const range = block(p2, `area.${area.id}`);
      const labels = p2.values.slice(range.row + 1, range.row - 1 + range.numRows).map((row) => row[0]);
      expect(labels).toHaveLength(area.metrics.length);
      for (const label of labels) expect(String(label)).not.toMatch(/^[a-z]+\.[A-Za-z]+$/);
    }
  });
});

describe('channels and chart', () => {
  const p = plan();
  const range = block(p, 'channels');
  const header = range.row + 1;

  test('the channel table has one row per channel with numbers, formats and verdict colors', () => {
    expect(p.values[header - 1].slice(0, 16)).toEqual([
      'Channel',
      'Leads',
      'Share of leads',
      'Won',
      'Lost',
      'Conversion (lead → win)',
      'Win rate',
      'Cost',
      'New customers',
      'CAC',
      'Avg CLV',
      'Profit per customer',
      'CLV:CAC',
      'Conversations per win, lost deals included',
      'Verdict',
      'Why',
    ]);
    const google = p.values[header];
    expect(google.slice(0, 5)).toEqual(['Google Ads', 90, 90 / 236, 24, 40]);
    expect(google[7]).toBe(30000);
    expect(google[12]).toBe(3.6);
    expect(google[14]).toBe('Strengthen (expensive)');
    expect(p.numberFormats[header].slice(1, 8)).toEqual([
      '#,##0',
      '0.0%',
      '#,##0',
      '#,##0',
      '0.0%',
      '0.0%',
      '#,##0"\u00a0zł"',
    ]);
    const verdicts = [1, 2, 3, 4, 5].map((i) => [
      p.values[header - 1 + i][14],
      p.backgrounds[header - 1 + i][14],
    ]);
    expect(verdicts).toEqual([
      ['Strengthen (expensive)', GREEN],
      ['Strengthen', GREEN],
      ['Modify', AMBER],
      ['Drop', RED],
      ['Not enough data', GREY],
    ]);
  });

  test('channel rows wrap, so the verdict and its reason are read whole instead of cut off', () => {
    expect(p.wraps[header].slice(0, 16)).toEqual(Array(16).fill(true));
    expect(p.columnWidths[15]).toBe(480);
  });

  test('a channel named like a formula is kept verbatim as a string', () => {
    expect(p.values[header + 4][0]).toBe('=IMPORTXML("http://x","//a")');
    expect(p.numberFormats[header + 4][0]).toBe('');
  });

  const chart = p.charts.find((c) => c.id === 'channels') as BubbleChartPlan;

  test('chart 3 reads a titled table below the channel table: channels with a cost per customer, by verdict', () => {
    expect(chart.type).toBe('bubble');
    expect(chart.title).toBe('Cost per customer and conversion by channel (bubble size: leads)');
    const { header, first, last } = chart.rows;
    expect(p.values[header - 2][0]).toBe('Channels on the chart');
    const cells = p.values.slice(header - 1, last).map((row) => row.slice(0, 5));
    // Cold calls (spent, no customer) and the formula-named channel (no cost) have no cost per customer.
    expect(cells).toEqual([
      ['Channel', 'Conversion (lead → win)', 'CAC', 'Verdict', 'Leads'],
      ['Google Ads', 24 / 90, 1250, 'Strengthen', 90],
      ['Referrals', 15 / 50, 0, 'Strengthen', 50],
      ['Trade fairs', 6 / 40, 4000, 'Modify', 40],
    ]);
    expect(first).toBe(header + 1);
    expect(p.values[last][0]).toBe(
      '2 channels without a cost per customer (or beyond the 15 busiest) are not on the chart.',
    );
    expect(p.backgrounds[first - 1][3]).toBe(GREEN);
    expect(p.numberFormats[first - 1].slice(1, 3)).toEqual(['0.0%', '#,##0"\u00a0zł"']);
    // Google's bubble order: label, x, y, the color group, the size.
    expect(chartColumns(chart).map((c) => c.column)).toEqual([1, 2, 3, 4, 5]);
    expect(chart.groups).toEqual([
      { label: 'Strengthen', color: GREEN },
      { label: 'Modify', color: AMBER },
    ]);
    expect(chart.currency).toBe('PLN');
  });

  test('the chart sits below its table inside the channels block, with empty rows under it', () => {
    expect(chart.anchor).toEqual({ row: chart.rows.last + 2, column: 1 });
    expect(chart.size.width).toBeLessThanOrEqual(750);
    const covered = p.values.slice(
      chart.anchor.row - 1,
      chart.anchor.row - 1 + rowsCovered(chart.size.height),
    );
    expect(covered.every((row) => row.every((value) => value === null))).toBe(true);
    expect(chart.anchor.row + rowsCovered(chart.size.height) - 1).toBeLessThanOrEqual(
      range.row + range.numRows,
    );
  });

  test('the chart shows at most 15 channels, the ones with the most leads', () => {
    const report = fullReport();
    report.channels = Array.from({ length: 30 }, (_, i) => ({
      ...report.channels[0],
      channel: `C${i}`,
      leads: i,
    }));
    const p2 = plan(report);
    const { rows } = p2.charts.find((c) => c.id === 'channels')!;
    expect(rows.last - rows.first + 1).toBe(15);
    expect(p2.values[rows.first - 1][0]).toBe('C29');
    expect(p2.values[rows.last - 1][0]).toBe('C15');
  });
});

describe('owner, deal, customer and status tables', () => {
  const p = plan();

  test('owners: numbers per salesperson, flags joined and highlighted', () => {
    const range = block(p, 'owners');
    expect(p.values[range.row - 1][0]).toBe('Salespeople');
    const piotr = rowOf(p, 'Piotr', range);
    expect(rowValues(p, piotr, 9)).toEqual([
      'Piotr',
      96,
      12,
      60,
      12 / 72,
      52,
      5.2,
      9900,
      'Win rate 17% is below 60% of the team’s 26%.; Takes 52 days to win; the team takes 34.',
    ]);
    expect(p.numberFormats[piotr - 1].slice(4, 8)).toEqual([
      '0.0%',
      '#,##0" days"',
      '#,##0.0',
      '#,##0"\u00a0zł"',
    ]);
    expect(p.backgrounds[piotr - 1][8]).toBe(AMBER);
    const anna = rowOf(p, 'Anna', range);
    expect(p.values[anna - 1][8]).toBeNull();
    expect(p.backgrounds[anna - 1][8]).toBeNull();
    expect(rowOf(p, '@ola', range)).toBe(anna + 2);
  });

  test('deals to reconsider: the 20 oldest, oldest first, then "and 6 more"', () => {
    const range = block(p, 'staleDeals');
    const first = range.row + 2;
    const ages = p.values.slice(first - 1, first - 1 + 20).map((row) => row[6]);
    const expected = fullReport()
      .staleDeals.map((d) => d.ageDays)
      .sort((a, b) => b - a)
      .slice(0, 20);
    expect(ages).toEqual(expected);
    expect(p.values[first - 1 + 20][0]).toBe('…and 6 more');
    // The block ends with the "more" line.
    expect(range.row + range.numRows - 1).toBe(first + 20);
    const oldest = fullReport().staleDeals.find((d) => d.ageDays === expected[0])!;
    expect(rowValues(p, first - 1, 12)).toEqual([
      'Deal',
      'Customer',
      'Stage',
      'Value',
      'Salesperson',
      'Created',
      'Open for (days)',
      'Conversations',
      'Channel',
      'ID',
      'Row',
      'Why',
    ]);
    expect(rowValues(p, first, 12)).toEqual([
      oldest.name,
      oldest.customer,
      oldest.stage,
      oldest.value,
      oldest.owner,
      isoDateToSerial(oldest.created),
      oldest.ageDays,
      oldest.conversations,
      'Google Ads',
      oldest.id,
      oldest.row,
      'Open longer than twice the median time to win.',
    ]);
    // Value in the report's currency, created as a date.
    expect(p.numberFormats[first - 1][3]).toBe(numberFormatFor('currency', 'PLN', 'en'));
    expect(p.numberFormats[first - 1][5]).toBe('yyyy-mm-dd');
  });

  test('a deal to reconsider without a name is named by its ID', () => {
    const report = fullReport();
    report.staleDeals = [
      { ...report.staleDeals[0], name: null, id: 'D-7', ageDays: 90, customer: null, value: null },
    ];
    const p2 = plan(report);
    const first = block(p2, 'staleDeals').row + 2;
    expect(rowValues(p2, first, 4)).toEqual(['D-7', null, 'Negotiation', null]);
    expect(p2.values[first - 1][9]).toBe('D-7');
  });

  test('customers to contact: never contacted first, then the 19 most overdue, then "and 4 more"', () => {
    const range = block(p, 'overdueCustomers');
    const first = range.row + 2;
    expect(rowValues(p, first - 1, 8)).toEqual([
      'Customer',
      'Status',
      'CLV',
      'Account manager',
      'Last contact',
      'Days since contact',
      'Contact every (days)',
      'Overdue by (days)',
    ]);
    expect(rowValues(p, first, 8)).toEqual(['Never Called Ltd', 'New', null, null, 'never', null, 14, null]);
    const overdue = p.values.slice(first, first + 19).map((row) => row[7] as number);
    expect(overdue).toEqual([...overdue].sort((a, b) => b - a));
    expect(overdue[0]).toBe(103);
    expect(p.values[first - 1 + 20][0]).toBe('…and 4 more');
    // Customer 13, 103 days overdue: CLV 5,000 + 250 × 13 = 8,250, looked after by Marek.
    expect(rowValues(p, first + 1, 4)).toEqual(['Customer 13', 'Active', 8250, 'Marek']);
    expect(p.numberFormats[first][2]).toBe(numberFormatFor('currency', 'PLN', 'en'));
    // Last contact is a date serial, not text: 2024-01-15 is 45306.
    expect(p.values[first][4]).toBe(45306);
    expect(p.numberFormats[first][4]).toBe('yyyy-mm-dd');
  });

  test('statuses: customers, share, cadence (or "no plan"), median and overdue', () => {
    const range = block(p, 'statuses');
    expect(rowValues(p, range.row + 1, 6)).toEqual([
      'Status',
      'Customers',
      'Share of customers',
      'Contact every (days)',
      'Median days since contact',
      'Overdue',
    ]);
    expect(rowValues(p, range.row + 2, 6)).toEqual(['VIP', 12, 0.1, 30, 21, 3]);
    expect(rowValues(p, range.row + 5, 6)).toEqual(['Partner', 8, 8 / 120, 'no plan', 40, 0]);
  });
});

describe('questionnaire and data quality', () => {
  const p = plan();

  test('questionnaire answers per area, colored by their rating', () => {
    const range = block(p, 'questionnaire');
    expect(p.values[range.row - 1][0]).toBe('Questionnaire answers');
    const conversations = rowOf(p, 'Sales conversations', range);
    expect(rowValues(p, conversations + 1, 3)).toEqual(['Question', 'Answer', 'Note']);
    expect(rowValues(p, conversations + 2, 3)).toEqual([
      'We analyse the customer’s needs before offering',
      'Yes',
      null,
    ]);
    expect(rowValues(p, conversations + 3, 3)).toEqual([
      'Salespeople handle objections well',
      'Partly',
      'Only the two seniors',
    ]);
    expect(rowValues(p, conversations + 5, 2)).toEqual(['Every offer is followed up', 'Not answered yet']);
    // Questions wrap in their column; the note, last in the row, overflows to the right instead.
    expect(p.wraps[conversations + 2].slice(0, 3)).toEqual([true, true, false]);
    const answerColors = [2, 3, 4, 5].map((i) => p.backgrounds[conversations - 1 + i][1]);
    expect(answerColors).toEqual([GREEN, AMBER, RED, GREY]);
    // Acquisition asks nothing (its numbers say it all), so it gets no empty table.
    expect(p.values[range.row][0]).toBe('Sales conversations');
    expect(() => rowOf(p, 'Acquisition', range)).toThrow();
    const aftersales = rowOf(p, 'After-sales service', range);
    expect(rowValues(p, aftersales + 3, 2)).toEqual([
      'We have a support process with response times',
      'Not applicable',
    ]);
  });

  test('questions about the audit itself come last in the questionnaire, and only when there are some', () => {
    const range = block(p, 'questionnaire');
    const process = rowOf(p, 'The audit itself (not counted in any score)', range);
    expect(rowValues(p, process + 3, 3)).toEqual([
      'Someone from outside reviews the process at least yearly',
      'No',
      'Never so far',
    ]);
    expect(range.row + range.numRows - 1).toBe(process + 3);
    const empty = plan(emptyReport());
    const emptyRange = block(empty, 'questionnaire');
    expect(() => rowOf(empty, 'The audit itself (not counted in any score)', emptyRange)).toThrow();
  });

  test('a report without any question says so in one line', () => {
    const report = fullReport();
    for (const area of report.areas) area.questions = [];
    report.processQuestions = [];
    const p2 = plan(report);
    const range = block(p2, 'questionnaire');
    expect(p2.values.slice(range.row - 1, range.row + 1).map((row) => row[0])).toEqual([
      'Questionnaire answers',
      'There are no questions to answer.',
    ]);
  });

  test('the input tabs and the rows read from each open the data quality section', () => {
    const range = block(p, 'dataQuality');
    const header = rowOf(p, 'Input', range);
    expect(header).toBe(range.row + 1);
    expect(rowValues(p, header, 5)).toEqual(['Input', 'Tab', 'Rows read', 'Rows used', null]);
    expect(p.fontWeights[header - 1].slice(0, 4)).toEqual(['bold', 'bold', 'bold', 'bold']);
    expect(rowValues(p, header + 1, 4)).toEqual(['Deals', 'Deals', 240, 236]);
    expect(rowValues(p, header + 2, 4)).toEqual(['Channels', 'Channels', 14, 14]);
    expect(rowValues(p, header + 3, 4)).toEqual(['Customers', 'not found', 0, 0]);
    expect(p.numberFormats[header][2]).toBe('#,##0');
    expect(() => rowOf(p, 'Input', block(p, 'overview'))).toThrow();
  });

  test('open stages are listed as read, so the user can check the mapping', () => {
    const range = block(p, 'dataQuality');
    const title = rowOf(
      p,
      'Stages read as open (check them; change the stage mapping in the Audit settings tab)',
      range,
    );
    expect(p.values.slice(title, title + 4).map((row) => row[0])).toEqual([
      'Qualified',
      'Proposal sent',
      'Negotiation',
      '+48 call back',
    ]);
  });

  test('issues are counted per code, most frequent first', () => {
    const range = block(p, 'dataQuality');
    const title = rowOf(p, 'Issues by type', range);
    expect(rowValues(p, title + 1, 2)).toEqual(['Issue', 'Count']);
    expect(p.values.slice(title + 1, title + 5).map((row) => row.slice(0, 2))).toEqual([
      ['Unreadable date', 24],
      ['Unreadable number', 12],
      ['Date in the future', 12],
      ['Customer not in the Customers tab', 12],
    ]);
  });

  test('the first 50 of 60 issues are listed with tab, row, column, type and message, then "and 10 more"', () => {
    const range = block(p, 'dataQuality');
    const title = rowOf(p, 'Issues (row by row)', range);
    expect(rowValues(p, title + 1, 5)).toEqual(['Tab', 'Row', 'Column', 'Issue', 'What was found and done']);
    expect(rowValues(p, title + 2, 5)).toEqual([
      'Deals',
      2,
      'Created',
      'Unreadable date',
      'Row 2: bad_date — the row was skipped.',
    ]);
    expect(rowValues(p, title + 51, 5)).toEqual([
      'Customers',
      51,
      'Created',
      'Customer not in the Customers tab',
      'Row 51: unknown_customer — the row was skipped.',
    ]);
    expect(p.values[title + 51][0]).toBe('…and 10 more');
    expect(range.row + range.numRows - 1).toBe(title + 52);
    expect(p.values).toHaveLength(title + 52);
  });
});

describe('plan structure', () => {
  const reports: [string, AuditReport][] = [
    ['full', fullReport()],
    ['empty', emptyReport()],
    ['polish', { ...fullReport(), language: 'pl' }],
  ];

  test.each(reports)('%s: every rectangle has the shape of values', (_, report) => {
    const p = plan(report);
    const width = p.values[0].length;
    expect(width).toBe(p.columnWidths.length);
    for (const rect of [p.values, p.numberFormats, p.backgrounds, p.fontWeights, p.fontColors]) {
      expect(rect).toHaveLength(p.values.length);
      for (const row of rect) expect(row).toHaveLength(width);
    }
  });

  test.each(reports)('%s: only the title is merged, inside the sheet', (_, report) => {
    const p = plan(report);
    expect(p.merges).toHaveLength(1);
    const taken = new Set<string>();
    for (const m of p.merges) {
      expect(m.row).toBeGreaterThanOrEqual(1);
      expect(m.column).toBeGreaterThanOrEqual(1);
      expect(m.row + m.numRows - 1).toBeLessThanOrEqual(p.values.length);
      expect(m.column + m.numColumns - 1).toBeLessThanOrEqual(p.values[0].length);
      // A merge must not cross the frozen rows' edge: Sheets refuses that.
      expect(m.row > p.frozenRows || m.row + m.numRows - 1 <= p.frozenRows).toBe(true);
      for (let r = m.row; r < m.row + m.numRows; r++) {
        for (let c = m.column; c < m.column + m.numColumns; c++) {
          expect(taken.has(`${r}:${c}`)).toBe(false);
          taken.add(`${r}:${c}`);
        }
      }
    }
  });

  test.each(reports)(
    '%s: every block the sidebar jumps to exists, in order, inside the sheet',
    (_, report) => {
      const p = plan(report);
      expect(p.blocks.map((b) => b.id)).toEqual([
        'overview',
        'summary',
        'actions',
        'monthlySales',
        'scoreTrend',
        'area.acquisition',
        'channels',
        'area.conversations',
        'owners',
        'pipeline',
        'lostReasons',
        'movement',
        'staleDeals',
        'area.aftersales',
        'area.relationships',
        'overdueCustomers',
        'statuses',
        'questionnaire',
        'dataQuality',
      ]);
      let previousEnd = 0;
      for (const { range } of p.blocks) {
        expect(range.row).toBeGreaterThan(previousEnd);
        expect(range.numRows).toBeGreaterThanOrEqual(1);
        expect(range.column).toBe(1);
        expect(range.row + range.numRows - 1).toBeLessThanOrEqual(p.values.length);
        expect(range.column + range.numColumns - 1).toBeLessThanOrEqual(p.values[0].length);
        previousEnd = range.row + range.numRows - 1;
      }
    },
  );

  test('numbers are numbers: no cell of a numeric column holds a pre-formatted string', () => {
    const p = plan();
    p.values.forEach((row, r) =>
      row.forEach((value, c) => {
        if (p.numberFormats[r][c] !== '' && value !== null) expect(typeof value).toBe('number');
      }),
    );
  });

  test('the plan size does not grow with the data', () => {
    const small = plan(fullReport());
    const big = fullReport();
    const deal = big.staleDeals[0];
    big.staleDeals = Array.from({ length: 100_000 }, (_, i) => ({ ...deal, ageDays: i % 977 }));
    big.overdueCustomers = Array.from({ length: 20_000 }, (_, i) => ({
      ...big.overdueCustomers[0],
      overdueDays: i,
    }));
    big.issues = Array.from({ length: 50_000 }, () => big.issues[0]);
    big.channels = Array.from({ length: 500 }, (_, i) => ({ ...big.channels[0], channel: `C${i}` }));
    big.owners = Array.from({ length: 500 }, (_, i) => ({ ...big.owners[0], owner: `O${i}` }));
    big.statuses = Array.from({ length: 500 }, (_, i) => ({ ...big.statuses[0], status: `S${i}` }));
    big.openStages = Array.from({ length: 500 }, (_, i) => `Stage ${i}`);
    big.pipeline = big.openStages.map((stage) => ({ stage, deals: 1, value: 10, medianAgeDays: 5 }));
    const p = plan(big);
    const caps =
      LIST_LIMITS.channels +
      LIST_LIMITS.owners +
      LIST_LIMITS.statuses +
      LIST_LIMITS.openStages +
      LIST_LIMITS.pipeline;
    expect(p.values.length).toBeLessThanOrEqual(small.values.length + caps + 10);
    const stale = block(p, 'staleDeals');
    expect(stale.numRows).toBe(2 + 20 + 1);
    expect(p.values[stale.row + 1][6]).toBe(976);
    expect(p.values[stale.row + 21][0]).toBe('…and 99980 more');
  });
});

describe('empty report', () => {
  const p = plan(emptyReport());

  test('no channel chart without channels, and each empty list says why in one line', () => {
    expect(p.charts.filter((c) => c.id === 'channels')).toEqual([]);
    const lines = (id: string) => {
      const range = block(p, id);
      return p.values.slice(range.row - 1, range.row - 1 + range.numRows).map((row) => row[0]);
    };
    expect(lines('channels').at(-1)).toBe(
      'No channel data: add a Channel (or Source) column to the Deals tab.',
    );
    expect(lines('owners').at(-1)).toBe('No salesperson data: add an Owner column to the Deals tab.');
    expect(lines('staleDeals').at(-1)).toBe(
      'No open deal has stayed longer or taken more conversations than usual.',
    );
    expect(lines('overdueCustomers').at(-1)).toBe('No customer is overdue for contact.');
    expect(lines('statuses').at(-1)).toBe('No customer statuses: add a Status column to the Customers tab.');
    expect(lines('area.acquisition')).toEqual([
      'Acquisition',
      'Metric',
      'Nothing could be measured in this area.',
    ]);
    expect(lines('dataQuality')).toEqual([
      'Data quality',
      'Input',
      'Deals',
      'Channels',
      'Customers',
      null,
      'Stages read as open (check them; change the stage mapping in the Audit settings tab)',
      'No deal is open.',
      null,
      'No data issues found.',
    ]);
  });

  test('areas without scores are grey with no change', () => {
    expect(rowValues(p, 6, 4)).toEqual(['Overall score', null, null, 'No data']);
    const overview = block(p, 'overview');
    const acquisition = rowOf(p, 'Acquisition', overview);
    expect(p.values[acquisition - 1].slice(1, 3)).toEqual([null, null]);
    expect(p.backgrounds[acquisition - 1][3]).toBe(GREY);
  });
});

describe('Polish plan', () => {
  const report = fullReport();
  report.language = 'pl';
  const p = plan(report);

  test('texts come from the Polish catalog', () => {
    expect(p.values[0][0]).toBe('Audyt procesu sprzedaży');
    expect(p.values[1][0]).toMatch(/^Okres audytu: /);
    expect(p.values[2][0]).toMatch(/^Data uruchomienia: \d\d\.\d\d\.\d{4} \d\d:\d\d$/);
    expect(rowValues(p, 5, 4)).toEqual(['Obszar', 'Wynik (0–100)', 'Zmiana od poprzedniego audytu', 'Ocena']);
    expect(rowValues(p, 6, 4)).toEqual(['Ocena ogólna', 52.8, expect.closeTo(-6.2, 10), 'Do poprawy']);
    expect(rowValues(p, 9, 4)).toEqual(['Rozmowy sprzedażowe', 25, null, 'Krytyczny']);
    expect(p.values[7][0]).toBe('Obniża ocenę: Cold calls');
    expect(p.values[block(p, 'summary').row - 1][0]).toBe('Czy sprzedajemy wystarczająco?');
    const actions = block(p, 'actions');
    expect(p.values[actions.row - 1][0]).toBe('Co zrobić najpierw');
    expect(rowValues(p, actions.row + 1, 2)).toEqual(['Co zrobić', 'Stawka']);
    const conversations = block(p, 'area.conversations');
    expect(p.values[conversations.row - 1][0]).toBe('Rozmowy sprzedażowe');
    expect(rowOf(p, 'Skuteczność zamykania', conversations)).toBeGreaterThan(conversations.row);
    const channels = block(p, 'channels');
    expect(p.values[channels.row][14]).toBe('Rekomendacja');
    expect(p.values[channels.row + 1][14]).toBe('Wzmocnić (drogi)');
    expect(p.values[channels.row + 4][14]).toBe('Zrezygnować');
    expect(p.charts.find((c) => c.id === 'channels')!.title).toBe(
      'Koszt pozyskania klienta i konwersja według kanałów (wielkość: zapytania)',
    );
  });

  test('counted lines and day formats are Polish', () => {
    const stale = block(p, 'staleDeals');
    expect(p.values[stale.row + 21][0]).toBe('…i jeszcze 6 pozycji');
    const overdue = block(p, 'overdueCustomers');
    expect(p.values[overdue.row + 21][0]).toBe('…i jeszcze 4 pozycje');
    const days = rowOf(p, 'Średni czas pozyskania klienta', block(p, 'area.conversations'));
    // 34,6 dnia: the fraction takes the genitive, as the sentence beside it writes it.
    expect(p.numberFormats[days - 1][1]).toBe('#,##0.0" dnia"');
    const velocity = rowOf(p, 'Tempo sprzedaży (wartość na dzień)', block(p, 'area.conversations'));
    expect(p.numberFormats[velocity - 1][1]).toBe('#,##0"\u00a0zł/dzień"');
    const quality = block(p, 'dataQuality');
    expect(rowOf(p, 'Problemy według rodzaju', quality)).toBeGreaterThan(quality.row);
    expect(rowOf(p, 'Nieczytelna data', quality)).toBeGreaterThan(quality.row);
  });
});
