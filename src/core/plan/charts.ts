// The charts of the audit tab (SPEC §4.1) as the plan describes them, for both adapters: which columns of
// the tab they read, in what order, their colors, and the rows they take up below their table.
import type { ChartColumn, ChartPlan } from '../types';
import type { SheetBuilder } from './sheetBuilder';

/** Mark colors, the same in Sheets, in the .xlsx images and in the sidebar. */
export const CHART_COLORS = {
  value: '#4a78b5',
  rate: '#d9822b',
  lost: '#c0504d',
  overall: '#333f48',
  acquisition: '#4a78b5',
  conversations: '#d9822b',
  aftersales: '#4e9a61',
  relationships: '#8e5fa8',
} as const;

/** Within the summary page's columns A–F (at most 750 px), so the tab prints one A4 page wide. */
export const CHART_SIZE = { width: 700, height: 300 } as const;

/**
 * Rows a chart of `height` px covers: a spreadsheet row is 20 px (Excel's 15 pt) or 21 px (Sheets), so
 * counting 20 leaves the chart clear of the next table in both.
 */
export const ROW_PIXELS = 20;

export function rowsCovered(height: number): number {
  return Math.ceil(height / ROW_PIXELS) + 1;
}

/** A chart before it has its place: the builder puts it below the rows so far. */
export type UnplacedChart<T extends ChartPlan = ChartPlan> = T extends ChartPlan
  ? Omit<T, 'anchor' | 'size'>
  : never;

/**
 * Puts the chart at column A of the next row and keeps the rows it covers empty, so that it hides no
 * table in Sheets nor in the .xlsx.
 */
export function placeChart(b: SheetBuilder, chart: UnplacedChart, size = CHART_SIZE): void {
  const anchor = { row: b.nextRow, column: 1 };
  for (let i = 0; i < rowsCovered(size.height); i++) b.addRow();
  b.addChart({ ...chart, anchor, size: { ...size } } as ChartPlan);
}

/** The chart's columns in the order the chart reads them (its ranges in Sheets). */
export function chartColumns(chart: ChartPlan): ChartColumn[] {
  if (chart.type === 'bubble') return [chart.label, chart.x, chart.y, chart.group, chart.sizeBy];
  return [chart.domain, ...chart.series];
}
