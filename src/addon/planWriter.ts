// Writes a SheetPlan onto a sheet with one call per attribute, so the number of calls does not grow
// with the number of rows (SPEC §6).
import type { CellRange, SheetPlan } from '../core/types';
import { writableCell } from '../core/cells/writing';
import { writeCharts } from './chartWriter';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;
type WrittenValue = string | number | boolean | Date;

/**
 * Sheets refuses a whole setValues when one cell's text is longer than this: "Your input contains more than
 * the maximum of 50000 characters in a single cell." (the error Sheets and the Sheets API give; Google's
 * pages state no number).
 */
export const SHEETS_CELL_TEXT_LIMIT = 50_000;

/**
 * Sheets parses a written string as typed input (a formula, a number, a date) unless it starts with an
 * apostrophe, which it drops and keeps the rest as text. Every plan string is literal text (user data
 * such as `=IMPORTXML(…)` or `+48 600…` included), so each one gets the apostrophe, counted in the cell's
 * limit. A number that is not finite is written as an empty cell, as the runner writes it: Google documents
 * nothing for one, and the Sheets API refuses it.
 */
export function literalValues(values: SheetPlan['values']): WrittenValue[][] {
  return values.map((row) =>
    row.map((value) => {
      const cell = writableCell(value, SHEETS_CELL_TEXT_LIMIT - 1);
      if (cell === null) return '';
      if (typeof cell === 'string') return cell === '' ? '' : `'${cell}`;
      return cell;
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
 * The range rows × columns from `row`, growing the tab's grid first when it is smaller. Sheets refuses a
 * range reaching past a tab's grid ("The coordinates of the range are outside the dimensions of the
 * sheet") and documents no size for a new tab (1000 × 26 today; a copy or an import may be smaller), so
 * nothing is assumed: the grid is asked, and only when getRange refuses, so a tab that fits costs no call.
 */
export function rangeThatFits(
  sheet: Sheet,
  row: number,
  column: number,
  rows: number,
  columns: number,
): Range {
  try {
    return sheet.getRange(row, column, rows, columns);
  } catch {
    const lastRow = row + rows - 1;
    const lastColumn = column + columns - 1;
    const maxRows = sheet.getMaxRows();
    if (lastRow > maxRows) sheet.insertRowsAfter(maxRows, lastRow - maxRows);
    const maxColumns = sheet.getMaxColumns();
    if (lastColumn > maxColumns) sheet.insertColumnsAfter(maxColumns, lastColumn - maxColumns);
    return sheet.getRange(row, column, rows, columns);
  }
}

/** The extent the plan covers: its cells, and the charts' anchor cells (which must lie inside the grid). */
export function planExtent(plan: SheetPlan): { rows: number; columns: number } {
  const rows = plan.values.length;
  return {
    rows: Math.max(rows, ...plan.charts.map((chart) => chart.anchor.row)),
    columns: Math.max(
      rows ? plan.values[0].length : 0,
      plan.columnWidths.length,
      ...plan.charts.map((chart) => chart.anchor.column),
    ),
  };
}

type Attribute = 'numberFormats' | 'backgrounds' | 'wraps';

/** What a cell of a new tab has: an attribute grid of only these needs no call. */
const DEFAULTS: Record<Attribute, string | boolean | null> = {
  numberFormats: '',
  backgrounds: null,
  wraps: false,
};

const isDefault = <T>(grid: T[][], value: T) => grid.every((line) => line.every((cell) => cell === value));

function padded<T>(grid: T[][], rows: number, columns: number, filler: T): T[][] {
  return Array.from({ length: rows }, (_, r) =>
    Array.from({ length: columns }, (_, c) => (r < grid.length && c < grid[r].length ? grid[r][c] : filler)),
  );
}

/** Bold and font color as one TextStyle grid: one call for both (Range.setTextStyles). */
function textStyles(
  plan: SheetPlan,
  rows: number,
  columns: number,
): GoogleAppsScript.Spreadsheet.TextStyle[][] {
  const styles = new Map<string, GoogleAppsScript.Spreadsheet.TextStyle>();
  const weights = padded(plan.fontWeights, rows, columns, 'normal');
  const colors = padded(plan.fontColors, rows, columns, null);
  return weights.map((line, r) =>
    line.map((weight, c) => {
      const color = colors[r][c];
      const key = `${weight}|${color ?? ''}`;
      let style = styles.get(key);
      if (!style) {
        const builder = SpreadsheetApp.newTextStyle().setBold(weight === 'bold');
        style = (color ? builder.setForegroundColor(color) : builder).build();
        styles.set(key, style);
      }
      return style;
    }),
  );
}

/**
 * Writes the plan's cells onto a new, empty tab: values, then each attribute in one call (an attribute
 * left at the new tab's default everywhere needs none), then merges. `cover` pads the rectangle with empty
 * cells, so copying it onto a tab blanks what an earlier, larger audit left there.
 */
export function writeCells(sheet: Sheet, plan: SheetPlan, cover = { rows: 0, columns: 0 }): void {
  const rows = Math.max(plan.values.length, cover.rows);
  const columns = Math.max(plan.values[0]?.length ?? 0, cover.columns);
  if (rows && columns) {
    const range = rangeThatFits(sheet, 1, 1, rows, columns);
    range.setValues(literalValues(padded(plan.values, rows, columns, null)));
    const setters: Record<Attribute, (grid: never[][]) => unknown> = {
      numberFormats: (grid) => range.setNumberFormats(grid),
      backgrounds: (grid) => range.setBackgrounds(grid),
      wraps: (grid) => range.setWraps(grid),
    };
    for (const attribute of Object.keys(setters) as Attribute[]) {
      const grid = plan[attribute] as (string | boolean | null)[][];
      if (!isDefault(grid, DEFAULTS[attribute]))
        setters[attribute](padded(grid, rows, columns, DEFAULTS[attribute]) as never[][]);
    }
    if (!isDefault(plan.fontWeights, 'normal') || !isDefault(plan.fontColors, null))
      range.setTextStyles(textStyles(plan, rows, columns));
  }
  // Each merge is one call; plans keep them few (the audit tab has one).
  for (const merge of plan.merges) rangeOf(sheet, merge).merge();
}

/**
 * The plan's dropdowns in one call: Range.setDataValidations takes a rule (or null: none) per cell, in a
 * grid shaped like the range (https://developers.google.com/apps-script/reference/spreadsheet/range#setdatavalidationsrules),
 * so the smallest rectangle holding every dropdown gets them all at once, each rule built once. Meant for a
 * new tab: the nulls between the dropdowns would clear validations a tab had there.
 */
export function writeDropdowns(sheet: Sheet, dropdowns: SheetPlan['dropdowns']): void {
  if (dropdowns.length === 0) return;
  const top = Math.min(...dropdowns.map((d) => d.range.row));
  const left = Math.min(...dropdowns.map((d) => d.range.column));
  const bottom = Math.max(...dropdowns.map((d) => d.range.row + d.range.numRows));
  const right = Math.max(...dropdowns.map((d) => d.range.column + d.range.numColumns));
  const rules: (GoogleAppsScript.Spreadsheet.DataValidation | null)[][] = Array.from(
    { length: bottom - top },
    () => Array<GoogleAppsScript.Spreadsheet.DataValidation | null>(right - left).fill(null),
  );
  for (const dropdown of dropdowns) {
    const rule = SpreadsheetApp.newDataValidation()
      .requireValueInList(dropdown.values, true)
      .setAllowInvalid(dropdown.allowOthers)
      .build();
    const { row, column, numRows, numColumns } = dropdown.range;
    for (let r = row; r < row + numRows; r++)
      for (let c = column; c < column + numColumns; c++) rules[r - top][c - left] = rule;
  }
  sheet.getRange(top, left, bottom - top, right - left).setDataValidations(rules);
}

/** The layout a tab keeps between runs, as the text a record compares. */
export function layoutKey(plan: SheetPlan): string {
  return JSON.stringify([plan.columnWidths, plan.frozenRows]);
}

export function writeLayout(sheet: Sheet, plan: SheetPlan): void {
  for (const run of widthRuns(plan.columnWidths)) sheet.setColumnWidths(run.start, run.count, run.width);
  if (plan.frozenRows > 0) sheet.setFrozenRows(plan.frozenRows);
}

/** Writes the whole plan onto a tab just inserted. */
export function writePlan(sheet: Sheet, plan: SheetPlan): void {
  const extent = planExtent(plan);
  if (extent.rows && extent.columns) rangeThatFits(sheet, 1, 1, extent.rows, extent.columns);
  writeCells(sheet, plan);
  writeDropdowns(sheet, plan.dropdowns);
  writeLayout(sheet, plan);
  writeCharts(sheet, plan.charts, false);
}
