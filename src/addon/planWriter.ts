// Writes a SheetPlan onto a sheet with one call per attribute, so the number of calls does not grow
// with the number of rows (SPEC §6).
import type { CellRange, SheetPlan } from '../core/types';
import { writeCharts } from './chartWriter';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type WrittenValue = string | number | boolean | Date;

/**
 * Sheets parses a written string as typed input (a formula, a number, a date) unless it starts with an
 * apostrophe, which it drops and keeps the rest as text. Every plan string is literal text (user data
 * such as `=IMPORTXML(…)` or `+48 600…` included), so each one gets the apostrophe.
 */
export function literalValues(values: SheetPlan['values']): WrittenValue[][] {
  return values.map((row) =>
    row.map((value) => {
      if (value === null) return '';
      if (typeof value === 'string') return value === '' ? '' : `'${value}`;
      return value;
    }),
  );
}

/** Consecutive columns of the same width, as setColumnWidths(start, count, width) calls. */
export function widthRuns(widths: number[]): { start: number; count: number; width: number }[] {
  const runs: { start: number; count: number; width: number }[] = [];
  widths.forEach((width, index) => {
    const last = runs[runs.length - 1];
    if (last && last.width === width) last.count++;
    else runs.push({ start: index + 1, count: 1, width });
  });
  return runs;
}

function rangeOf(sheet: Sheet, range: CellRange) {
  return sheet.getRange(range.row, range.column, range.numRows, range.numColumns);
}

/**
 * The grid insertSheet gives a new tab. Sheets refuses a range reaching past a tab's grid, so a plan
 * larger than this (a settings tab keeping a user's wide rows, say) first grows the tab; knowing the size
 * saves asking for it on every run.
 */
export const NEW_SHEET_SIZE = { rows: 1000, columns: 26 };

function growNewSheet(sheet: Sheet, rows: number, columns: number): void {
  if (rows > NEW_SHEET_SIZE.rows) sheet.insertRowsAfter(NEW_SHEET_SIZE.rows, rows - NEW_SHEET_SIZE.rows);
  if (columns > NEW_SHEET_SIZE.columns)
    sheet.insertColumnsAfter(NEW_SHEET_SIZE.columns, columns - NEW_SHEET_SIZE.columns);
}

/** Writes the plan onto a sheet just inserted (empty, NEW_SHEET_SIZE). */
export function writePlan(sheet: Sheet, plan: SheetPlan): void {
  const rows = plan.values.length;
  const columns = rows ? plan.values[0].length : 0;
  // A chart's anchor cell must lie inside the grid too.
  growNewSheet(
    sheet,
    Math.max(rows, ...plan.charts.map((chart) => chart.anchor.row)),
    Math.max(columns, plan.columnWidths.length, ...plan.charts.map((chart) => chart.anchor.column)),
  );
  if (rows && columns) {
    sheet
      .getRange(1, 1, rows, columns)
      .setValues(literalValues(plan.values))
      .setNumberFormats(plan.numberFormats)
      .setBackgrounds(plan.backgrounds)
      .setFontWeights(plan.fontWeights)
      .setFontColors(plan.fontColors)
      .setWraps(plan.wraps);
  }
  // Each merge is one call; plans keep them few (the audit tab has one).
  for (const merge of plan.merges) rangeOf(sheet, merge).merge();
  for (const run of widthRuns(plan.columnWidths)) sheet.setColumnWidths(run.start, run.count, run.width);
  if (plan.frozenRows > 0) sheet.setFrozenRows(plan.frozenRows);
  writeCharts(sheet, plan.charts, false);
}
