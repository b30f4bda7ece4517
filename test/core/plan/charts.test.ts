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
    const overview = plan.blocks.find((b) => b.id === 'overview')!.range;
    expect(plan.pageBreaks).toEqual([overview.row + overview.numRows + 1]);
    expect(plan.blocks.find((b) => b.id === 'scoreTrend')!.range.row).toBe(plan.pageBreaks[0]);
  });
});
