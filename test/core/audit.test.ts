// End to end through the core: a generated 1,000-deal workbook, audited, checked against a plain
// recomputation of the headline numbers straight from the grids.
import { auditSpreadsheet } from '../../src/core/audit';
import { generateSalesData } from '../../src/core/sample/generator';
import type { AuditReport, Grid, NamedGrid } from '../../src/core/types';
import { UserError } from '../../src/core/userError';
import { firstAuditRequest, type InputTabs } from '../support/firstAudit';

const TODAY = '2026-11-27';

const request = (data: InputTabs) => firstAuditRequest(data, TODAY);

function metric(report: AuditReport, id: string): number | null {
  for (const area of report.areas) {
    const found = area.metrics.find((m) => m.id === id);
    if (found) return found.value;
  }
  throw new Error(`no metric ${id}`);
}

/** Rows of a grid as objects keyed by header. */
function records(grid: Grid): Record<string, unknown>[] {
  const [header, ...rows] = grid;
  return rows.map((row) => Object.fromEntries(header.map((name, i) => [String(name), row[i]])));
}

describe('auditSpreadsheet on a generated 1,000-deal workbook', () => {
  const data = generateSalesData({ seed: 7, deals: 1000, today: TODAY });
  const result = auditSpreadsheet(request(data));
  const { report } = result;
  const deals = records(data.deals.values);
  const won = deals.filter((d) => d.Stage === 'Won');
  const lost = deals.filter((d) => d.Stage === 'Lost');

  it('reads every generated deal; the one issue in the deals tab is the misspelt stage', () => {
    expect(report.input.deals).toMatchObject({ found: true, tab: 'Deals', rows: 1000, used: 1000 });
    expect(report.issues.filter((issue) => issue.tab === 'Deals').map((issue) => issue.code)).toEqual([
      'suspect_stage',
    ]);
  });

  it('matches a plain recomputation of the headline metrics', () => {
    expect(metric(report, 'acquisition.leads')).toBe(1000);
    expect(metric(report, 'conversations.winRate')).toBeCloseTo(won.length / (won.length + lost.length), 10);
    expect(metric(report, 'acquisition.leadToWinRate')).toBeCloseTo(won.length / 1000, 10);
    const wonValues = won.map((d) => Number(d.Value));
    expect(metric(report, 'conversations.avgDealValue')).toBeCloseTo(
      wonValues.reduce((a, b) => a + b, 0) / wonValues.length,
      6,
    );
    // Period "all": every cost row counts; every customer with a won deal is a new customer.
    const totalCost = records(data.channels.values).reduce((sum, row) => sum + Number(row.Cost), 0);
    const buyers = new Set(won.map((d) => String(d.Customer).trim().toLowerCase()));
    expect(metric(report, 'acquisition.blendedCac')).toBeCloseTo(totalCost / buyers.size, 6);
  });

  it('lists every channel once, with leads adding up to all deals', () => {
    const channelNames = new Set(deals.map((d) => d.Channel));
    expect(report.channels.map((c) => c.channel).sort()).toEqual([...channelNames].sort());
    expect(report.channels.reduce((sum, c) => sum + c.leads, 0)).toBe(1000);
  });

  it('rates all four areas and turns the report into a plan, a history row and a settings tab', () => {
    expect(report.areas.map((a) => a.id)).toEqual([
      'acquisition',
      'conversations',
      'aftersales',
      'relationships',
    ]);
    expect(report.overall.score).not.toBeNull();
    expect(result.auditPlan.name).toBe('Sales Process Audit');
    expect(result.history.row).toHaveLength(result.history.header.rows[0].length);
    expect(result.settingsPlan?.name).toBe('Audit settings');
  });

  it('writes no NaN or Infinity into the JSON report', () => {
    expect(JSON.stringify(report)).not.toMatch(/NaN|Infinity/);
  });

  it('compares with the previous run from the history tab', () => {
    const history: NamedGrid = {
      name: 'Audit history',
      values: [...result.history.header.rows, result.history.row],
    };
    const again = auditSpreadsheet({ ...request(data), history });
    expect(again.report.overall.previousScore).toBe(report.overall.score);
    // The trend has the history's run and this one; a first run has only itself, and the tab a note.
    expect(again.scoreTrend.map((point) => point.overall)).toEqual([
      report.overall.score,
      report.overall.score,
    ]);
    expect(result.scoreTrend).toHaveLength(1);
    expect(again.auditPlan.charts.map((chart) => chart.id)).toContain('scoreTrend');
    expect(result.auditPlan.charts.map((chart) => chart.id)).not.toContain('scoreTrend');
  });
});

describe('auditSpreadsheet when there is nothing to audit', () => {
  it('explains a missing Deals tab in the audit language', () => {
    const run = () =>
      auditSpreadsheet({ ...request({ deals: null, channels: null, customers: null }), locale: 'pl-PL' });
    expect(run).toThrow(UserError);
    expect(run).toThrow(/Transakcje|Deals/);
  });

  it('explains a Deals tab without a created column', () => {
    const deals: NamedGrid = {
      name: 'Deals',
      values: [
        ['Stage', 'Value'],
        ['Won', 100],
      ],
    };
    expect(() => auditSpreadsheet(request({ deals, channels: null, customers: null }))).toThrow(UserError);
  });

  it('uses the language of the settings tab over the locale', () => {
    const data = generateSalesData({ seed: 3, deals: 50, today: TODAY });
    const first = auditSpreadsheet(request(data));
    const settingsValues = first.settingsPlan!.values.map((row) =>
      row.map((cell) => (cell === 'auto' ? 'pl' : cell)),
    );
    const polish = auditSpreadsheet({
      ...request(data),
      settings: { name: 'Audit settings', values: settingsValues },
    });
    expect(polish.report.language).toBe('pl');
    expect(polish.auditPlan.name).toBe('Audyt procesu sprzedaży');
  });
});
