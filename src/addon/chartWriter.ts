// Draws the plan's charts as native Sheets charts (SPEC §4.1). A tab that already holds charts has them
// rebuilt in place — modify() and updateChart — rather than removed and inserted again, so a run costs one
// call to list them plus one per chart, and charts never pile up over runs.
// https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart-builder
import { chartColumns } from '../core/plan/charts';
import type { ChartPlan, ChartSeries, ChartUnit } from '../core/types';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type ChartBuilder = GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;

/** Axis label formats of Google's charts (ICU patterns; 'percent' multiplies fractions by 100). */
const AXIS_FORMATS: Record<ChartUnit, string> = {
  text: '',
  currency: '#,##0',
  ratio: 'percent',
  count: '#,##0',
  score: '0',
};

function axisTitle(column: { label: string; unit: ChartUnit }, currency: string): string {
  return column.unit === 'currency' && currency ? `${column.label} (${currency})` : column.label;
}

function chartType(plan: ChartPlan): GoogleAppsScript.Charts.ChartType {
  const types = {
    combo: Charts.ChartType.COMBO,
    line: Charts.ChartType.LINE,
    bar: Charts.ChartType.BAR,
    bubble: Charts.ChartType.BUBBLE,
  } as const;
  return types[plan.type];
}

function valueAxes(plan: ChartPlan & { series: ChartSeries[] }): Record<number, object> {
  const axes: Record<number, object> = {};
  for (const series of plan.series) {
    axes[series.axis] ??= {
      title: axisTitle(series, plan.currency),
      format: AXIS_FORMATS[series.unit],
      ...(series.unit === 'score' ? { viewWindow: { min: 0, max: 100 } } : {}),
    };
  }
  return axes;
}

/**
 * Every chart sets the same option keys, with empty values where its type has no use for one: a chart
 * rebuilt with modify() keeps the options of what it was before, and a key left unset would carry over.
 */
export function chartOptions(plan: ChartPlan): Record<string, unknown> {
  const common = {
    title: plan.title,
    width: plan.size.width,
    height: plan.size.height,
    legend: { position: 'bottom' },
  };
  if (plan.type === 'bubble') {
    return {
      ...common,
      colors: plan.groups.map((group) => group.color),
      series: {},
      seriesType: 'bars',
      vAxes: {},
      hAxis: { title: plan.x.label, format: AXIS_FORMATS[plan.x.unit] },
      vAxis: { title: axisTitle(plan.y, plan.currency), format: AXIS_FORMATS[plan.y.unit] },
      bubble: { textStyle: { fontSize: 10 } },
    };
  }
  const series: Record<number, object> = {};
  plan.series.forEach((s, i) => {
    series[i] = {
      color: s.color,
      targetAxisIndex: s.axis,
      ...(plan.type === 'combo' ? { type: s.mark } : {}),
    };
  });
  const axes = valueAxes(plan);
  // A bar chart's value axis runs along the bottom: hAxis, not vAxes.
  return {
    ...common,
    colors: plan.series.map((s) => s.color),
    series,
    seriesType: 'bars',
    vAxes: plan.type === 'bar' ? {} : axes,
    hAxis: plan.type === 'bar' ? axes[0] : {},
    vAxis: {},
    bubble: {},
  };
}

function configure(
  builder: ChartBuilder,
  sheet: Sheet,
  plan: ChartPlan,
): GoogleAppsScript.Spreadsheet.EmbeddedChart {
  builder.setChartType(chartType(plan));
  const { header, last } = plan.rows;
  for (const column of chartColumns(plan))
    builder.addRange(sheet.getRange(header, column.column, last - header + 1, 1));
  builder.setNumHeaders(1).setPosition(plan.anchor.row, plan.anchor.column, 0, 0);
  for (const [key, value] of Object.entries(chartOptions(plan))) builder.setOption(key, value);
  return builder.build();
}

/**
 * Makes the sheet's charts the plan's. `mayHoldCharts` is false for a tab just inserted, which saves
 * asking for its charts. Every chart on the tab is the add-on's: the tab is rebuilt on each run.
 */
export function writeCharts(sheet: Sheet, charts: readonly ChartPlan[], mayHoldCharts: boolean): void {
  const existing = mayHoldCharts ? sheet.getCharts() : [];
  charts.forEach((plan, i) => {
    const old = existing[i];
    if (old) sheet.updateChart(configure(old.modify().clearRanges(), sheet, plan));
    else sheet.insertChart(configure(sheet.newChart(), sheet, plan));
  });
  for (const extra of existing.slice(charts.length)) sheet.removeChart(extra);
}
