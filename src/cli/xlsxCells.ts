// Turns ExcelJS cells into the plain values Sheets' getValues() would give: what the user sees in the cell.
import type ExcelJS from 'exceljs';
import type { Cell, Grid } from '../core/types';

/** A formula saved without its result (files written by a library, never opened in a spreadsheet program). */
export function isUncalculatedFormula(value: ExcelJS.CellValue | undefined): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    ('formula' in value || 'sharedFormula' in value) &&
    (value.result === undefined || value.result === null)
  );
}

export function plainValue(value: ExcelJS.CellValue | undefined): Cell {
  if (value === null || value === undefined) return '';
  if (value instanceof Date || typeof value !== 'object') return value;
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  // A formula's cached result is what the user sees; a formula never calculated has none.
  if ('formula' in value || 'sharedFormula' in value) return plainValue(value.result as ExcelJS.CellValue);
  if ('hyperlink' in value) return plainValue(value.text as ExcelJS.CellValue);
  if ('error' in value) return value.error;
  return '';
}

/** The worksheet as a rectangular grid; row i of the grid is the sheet's row i + 1, blank rows included. */
export function worksheetGrid(worksheet: ExcelJS.Worksheet): Grid {
  const rows: Cell[][] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    rows[rowNumber - 1] = rowCells(row);
  });
  return rectangular(rows);
}

/** What a grid does not show: merged ranges (their value is repeated in every cell) and formulas without results. */
export interface SheetFindings {
  merges: string[];
  uncalculated: UncalculatedFormulas;
}

/** Per column letter, the uncalculated formulas' count and first cell. */
export type UncalculatedFormulas = Map<string, { count: number; first: string }>;

export function sheetFindings(worksheet: ExcelJS.Worksheet): SheetFindings {
  const merges = ((worksheet.model as { merges?: string[] }).merges ?? []).slice();
  const uncalculated: UncalculatedFormulas = new Map();
  worksheet.eachRow({ includeEmpty: false }, (row) => noteUncalculated(row, uncalculated));
  return { merges, uncalculated };
}

/** Adds the row's formulas without results to the per-column tally. */
export function noteUncalculated(row: ExcelJS.Row, uncalculated: UncalculatedFormulas): void {
  row.eachCell({ includeEmpty: false }, (cell) => {
    if (!isUncalculatedFormula(cell.value)) return;
    const column = cell.address.replace(/\d+$/, '');
    const seen = uncalculated.get(column);
    if (seen) seen.count++;
    else uncalculated.set(column, { count: 1, first: cell.address });
  });
}

/** A row's cells from column A, as plain values. */
export function rowCells(row: ExcelJS.Row): Cell[] {
  const values = row.values as ExcelJS.CellValue[];
  const cells: Cell[] = [];
  for (let column = 1; column < values.length; column++) cells.push(plainValue(values[column]));
  return cells;
}

/** Rows of a sheet as a grid: missing rows blank, every row as wide as the widest. */
export function rectangular(rows: Cell[][]): Grid {
  let width = 0;
  for (let r = 0; r < rows.length; r++) if (rows[r]) width = Math.max(width, rows[r].length);
  const grid: Grid = new Array(rows.length);
  for (let r = 0; r < rows.length; r++) {
    const cells = rows[r] ?? [];
    while (cells.length < width) cells.push('');
    grid[r] = cells;
  }
  return grid;
}
