// Values real files carry that are not what they seem: mistyped years, a follow-up still ahead, a deal listed
// twice, numbers too big to add up. Each was audited silently before (issue 14).
import { isoToDay } from '../../../src/core/days';
import type { AuditReport, Grid } from '../../../src/core/types';
import { auditDealsGrid, parseDealsGrid } from './parseFixtures';

const TODAY = '2026-11-27';
const parseDeals = (values: Grid) => parseDealsGrid(values, { today: isoToDay(TODAY)! });
const audit = (values: Grid) => auditDealsGrid(values, TODAY);

const metric = (report: AuditReport, id: string) =>
  report.areas.flatMap((area) => area.metrics).find((m) => m.id === id)!;

describe('dates no sales record has', () => {
  it('a created date in the year 224 is an issue, not 109,583 days to win', () => {
    const report = audit([
      ['Created', 'Stage', 'Closed'],
      ['0224-03-06', 'Won', '2024-03-16'],
      ['2024-03-01', 'Won', '2024-03-11'],
      ['2024-03-01', 'Won', '2024-03-21'],
    ]);
    expect(metric(report, 'conversations.avgDaysToWin').value).toBe(15);
    expect(report.issues).toContainEqual({
      tab: 'Deals',
      row: 2,
      column: 'Created',
      code: 'implausible_date',
      message:
        'The date 0224-03-06 is before 1900 or more than ten years after today; the year is probably mistyped. The row is not used.',
    });
  });

  it('a follow-up dated 2042 is an issue, and one next month is not a follow-up yet', () => {
    const parsed = parseDeals([
      ['Created', 'Stage', 'Closed', 'Follow-up'],
      ['2026-10-01', 'Won', '2026-10-05', '2042-10-10'],
      ['2026-10-01', 'Won', '2026-10-05', '2026-12-10'],
      ['2026-10-01', 'Won', '2026-10-05', '2026-10-12'],
    ]);
    expect(parsed.deals.map((deal) => deal.followUp)).toEqual([null, null, isoToDay('2026-10-12')]);
    expect(parsed.issues.map((issue) => [issue.row, issue.code])).toEqual([[2, 'implausible_date']]);
  });
});

describe('a deal ID listed twice', () => {
  it('counts the deal once and reports the second row: its customer is not a repeat customer', () => {
    const values = [
      ['Deal ID', 'Created', 'Stage', 'Closed', 'Customer', 'Value'],
      ['D-1', '2026-03-01', 'Won', '2026-03-10', 'Acme', '1000'],
      ['D-2', '2026-03-02', 'Won', '2026-03-12', 'Beta', '500'],
      ['d-1 ', '2026-03-01', 'Won', '2026-03-10', 'Acme', '1000'],
    ];
    const parsed = parseDeals(values);
    expect(parsed.deals.map((deal) => deal.id)).toEqual(['D-1', 'D-2']);
    expect(parsed.issues).toEqual([
      {
        tab: 'Deals',
        row: 4,
        column: 'Deal ID',
        code: 'duplicate_deal_id',
        message: '"d-1" in "Deal ID" is already used in row 2; the deal is counted once, from that row.',
      },
    ]);
    expect(metric(audit(values), 'aftersales.repeatRate').value).toBe(0);
  });
});

describe('numbers too big to add up', () => {
  it('reports a cost of 1e308 and a 400-digit value instead of summing them to Infinity', () => {
    const parsed = parseDeals([
      ['Created', 'Stage', 'Value'],
      ['2026-03-01', 'Won', 1e308],
      ['2026-03-01', 'Won', 1e308],
      ['2026-03-01', 'Won', '9'.repeat(400)],
      ['2026-03-01', 'Won', 2500],
    ]);
    expect(parsed.deals.map((deal) => deal.value)).toEqual([null, null, null, 2500]);
    expect(parsed.issues.map((issue) => [issue.row, issue.code])).toEqual([
      [2, 'bad_number'],
      [3, 'bad_number'],
      [4, 'bad_number'],
    ]);
    expect(parsed.issues[0].message).toBe(
      'The number 1e+308 is too large to be an amount or a count; check the cell. The cell is ignored.',
    );
  });
});
