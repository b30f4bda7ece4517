// The charts of the audit tab as the plan describes them: their tables, columns, colors and places.
import { buildAuditPlan } from '../../../src/core/plan/auditPlan';
import { CHART_COLORS, chartColumns, rowsCovered } from '../../../src/core/plan/charts';
import type { CategoryChartPlan, SheetPlan, TrendPoint } from '../../../src/core/types';
import { fullReport } from './fixtures';

const TAB = 'Sales Process Audit';

function rowsOf(plan: SheetPlan, first: number, last: number, columns: number): unknown[][] {
  return plan.values.slice(first - 1, last).map((row) => row.slice(0, columns));
}

describe('score trend (chart 2)', () => {
  const point = (serial: number, overall: number): TrendPoint => ({
    serial,
    overall,
    areas: { acquisition: overall - 10, conversations: overall + 5, aftersales: null, relationships: 70 },
  });

  it('on the first run is a one-line note saying when it appears, with no chart', () => {
    const plan = buildAuditPlan(fullReport(), { tabName: TAB, scoreTrend: [point(46_353.5, 60)] });
    const block = plan.blocks.find((b) => b.id === 'scoreTrend')!;
    expect(rowsOf(plan, block.range.row, block.range.row + 1, 1)).toEqual([
      ['Score trend'],
      ['The score trend appears from the second audit on.'],
    ]);
    expect(plan.charts.map((chart) => chart.id)).not.toContain('scoreTrend');
  });

  it('from the second run is a table of the runs and a line per score over the run times', () => {
    const points = [point(46_322.375, 48), point(46_353.5, 60)];
    const plan = buildAuditPlan(fullReport(), { tabName: TAB, scoreTrend: points });
    const chart = plan.charts.find((c) => c.id === 'scoreTrend') as CategoryChartPlan;
    expect(chart.type).toBe('line');
    expect(chart.title).toBe('Scores over the audits');
    const { header, first, last } = chart.rows;
    expect([first, last]).toEqual([header + 1, header + 2]);
    expect(rowsOf(plan, header, last, 6)).toEqual([
      [
        'Run at',
        'Overall',
        'Acquisition',
        'Sales conversations',
        'After-sales service',
        'Relationship management',
      ],
      [46_322.375, 48, 38, 53, null, 70],
      [46_353.5, 60, 50, 65, null, 70],
    ]);
    expect(plan.numberFormats[first - 1][0]).toBe('yyyy-mm-dd hh:mm');
    expect(chart.domain).toEqual({ column: 1, label: 'Run at', unit: 'text', dates: true });
    expect(chart.series.map((s) => [s.column, s.unit, s.mark, s.color])).toEqual([
      [2, 'score', 'line', CHART_COLORS.overall],
      [3, 'score', 'line', CHART_COLORS.acquisition],
      [4, 'score', 'line', CHART_COLORS.conversations],
      [5, 'score', 'line', CHART_COLORS.aftersales],
      [6, 'score', 'line', CHART_COLORS.relationships],
    ]);
    expect(chartColumns(chart).map((c) => c.column)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(chart.anchor).toEqual({ row: last + 1, column: 1 });
    const covered = plan.values.slice(
      chart.anchor.row - 1,
      chart.anchor.row - 1 + rowsCovered(chart.size.height),
    );
    expect(covered.flat().every((value) => value === null)).toBe(true);
  });
});

describe('printing', () => {
  it('starts the detail sections on a new page, right after the summary page', () => {
    const plan = buildAuditPlan(fullReport(), { tabName: TAB });
    const summary = plan.blocks.find((b) => b.id === 'monthlySales')!.range;
    expect(plan.pageBreaks).toEqual([summary.row + summary.numRows + 1]);
    expect(plan.blocks.find((b) => b.id === 'scoreTrend')!.range.row).toBe(plan.pageBreaks[0]);
  });
});

describe('monthly won value and win rate (chart 1)', () => {
  const plan = buildAuditPlan(fullReport(), { tabName: TAB });
  const chart = plan.charts.find((c) => c.id === 'monthly') as CategoryChartPlan;

  it('reads a titled table of the 13 months on the summary page, before the page break', () => {
    const { header, first, last } = chart.rows;
    expect(plan.values[header - 2][0]).toBe('Sales by month');
    expect(last - first + 1).toBe(13);
    expect(rowsOf(plan, header, first + 1, 6)).toEqual([
      ['Month', 'Leads', 'Won', 'Won value', 'Lost', 'Win rate'],
      ['2023-06', 15, 3, 36000, 8, 3 / 11],
      ['2023-07', 16, 4, 48000, 9, 4 / 13],
    ]);
    // The month with nothing closed has no win rate: an empty cell, a gap in the line.
    expect(plan.values[first - 1 + 7].slice(0, 6)).toEqual(['2024-01', 22, 0, 0, 0, null]);
    expect(chart.anchor.row + rowsCovered(chart.size.height)).toBeLessThanOrEqual(plan.pageBreaks[0]);
  });

  it('draws won value as bars on the left axis and win rate as a line on the right, within columns A–F', () => {
    expect(chart.type).toBe('combo');
    expect(chart.series.map((s) => [s.column, s.unit, s.mark, s.axis])).toEqual([
      [4, 'currency', 'bars', 0],
      [6, 'ratio', 'line', 1],
    ]);
    expect(chart.size.width).toBeLessThanOrEqual(750);
    expect(chart.anchor.column).toBe(1);
  });
});

describe('pipeline and lost reasons (charts 4 and 5)', () => {
  const plan = buildAuditPlan(fullReport(), { tabName: TAB });

  it('charts open deals by stage from the pipeline table: value as bars, the deal count as a line', () => {
    const chart = plan.charts.find((c) => c.id === 'pipeline') as CategoryChartPlan;
    const { header, last } = chart.rows;
    expect(rowsOf(plan, header, last, 3)).toEqual([
      ['Stage', 'Open deals', 'Value'],
      ['Qualified', 14, 98000],
      ['Proposal sent', 9, 121500.5],
      ['Negotiation', 5, 64000],
      ['+48 call back', 2, null],
    ]);
    expect(chart.series.map((s) => [s.column, s.mark, s.axis])).toEqual([
      [3, 'bars', 0],
      [2, 'line', 1],
    ]);
  });

  it('charts lost deals by reason as horizontal bars, in the table’s order', () => {
    const chart = plan.charts.find((c) => c.id === 'lostReasons') as CategoryChartPlan;
    expect(chart.type).toBe('bar');
    const { header, first, last } = chart.rows;
    expect(last - first + 1).toBe(5);
    expect(plan.values[header - 1][0]).toBe('Reason');
    expect(plan.values[first - 1][0]).toBe('Price too high');
    expect(plan.values[first - 1 + 2][0]).toBe('=No budget');
    expect(chart.series.map((s) => [s.column, s.unit])).toEqual([[2, 'count']]);
  });

  it('puts the five charts in the tab’s order, each clear of the others and of every table', () => {
    const ids = buildAuditPlan(fullReport(), {
      tabName: TAB,
      scoreTrend: [
        { serial: 1, overall: 1, areas: {} },
        { serial: 2, overall: 2, areas: {} },
      ],
    }).charts.map((c) => c.id);
    expect(ids).toEqual(['monthly', 'scoreTrend', 'channels', 'pipeline', 'lostReasons']);
    for (const chart of plan.charts) {
      const covered = plan.values.slice(
        chart.anchor.row - 1,
        chart.anchor.row - 1 + rowsCovered(chart.size.height),
      );
      expect(covered.flat().every((value) => value === null)).toBe(true);
    }
  });
});
