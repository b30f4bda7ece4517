// Writes a SheetPlan into an ExcelJS worksheet: the same plan the add-on applies to a Google Sheets tab.
import type ExcelJS from 'exceljs';
import { writableCell } from '../core/cells/writing';
import { a1Notation } from '../core/cells/merges';
import type { SheetPlan } from '../core/types';

/** '#b7e1cd' → 'FFB7E1CD' (ExcelJS colors are opaque ARGB). */
export function argb(color: string): string {
  const hex = color.replace('#', '');
  const full = hex.length === 3 ? hex.replace(/./g, (digit) => digit + digit) : hex;
  return `FF${full.toUpperCase()}`;
}

/** Sheets measures columns in pixels, Excel in widths of the digit 0 (about 7 px plus 5 px padding). */
export function pixelsToExcelWidth(pixels: number): number {
  return Math.max(1, Math.round(((pixels - 5) / 7) * 100) / 100);
}

export function addPlanSheet(
  workbook: ExcelJS.Workbook,
  plan: SheetPlan,
  name = plan.name,
): ExcelJS.Worksheet {
  const worksheet = workbook.addWorksheet(name, {
    views: plan.frozenRows > 0 ? [{ state: 'frozen', ySplit: plan.frozenRows }] : [],
  });
  writePlan(worksheet, plan);
  return worksheet;
}

/**
 * Excel refuses (or "repairs", dropping content) a cell of more text than this: "Total number of characters
 * that a cell can contain: 32,767" (https://support.microsoft.com/en-us/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3).
 */
export const XLSX_CELL_TEXT_LIMIT = 32_767;

/**
 * Every value the runner writes into the .xlsx: text within Excel's limit, and a number that is not finite
 * as an empty cell (ExcelJS writes a number as it prints, so Infinity would become `<v>Infinity</v>`, which
 * Excel reports as a damaged file).
 */
export function writableValue<T>(value: T): T | string | null {
  return writableCell(value, XLSX_CELL_TEXT_LIMIT);
}

/** A row of values as the .xlsx takes them (see writableValue). */
export function writableRow<T>(row: readonly T[]): (T | string | null)[] {
  return row.map(writableValue);
}

/** Points per line of 10-pt text, and the average width of a character in pixels, for estimating wraps. */
const LINE_HEIGHT = 15;
const CHARACTER_WIDTH = 7;

/**
 * Sheets grows a row to fit wrapped text, but spreadsheet programs reading an .xlsx keep the default
 * height; so a row gets the height of its longest wrapped text, estimated from its length and column width.
 */
function wrappedRowHeight(plan: SheetPlan, r: number): number | null {
  let lines = 1;
  plan.wraps[r].forEach((wraps, c) => {
    const value = plan.values[r][c];
    if (wraps && typeof value === 'string') {
      lines = Math.max(lines, Math.ceil((value.length * CHARACTER_WIDTH) / plan.columnWidths[c]));
    }
  });
  return lines > 1 ? lines * LINE_HEIGHT : null;
}

export function writePlan(worksheet: ExcelJS.Worksheet, plan: SheetPlan): void {
  plan.columnWidths.forEach((pixels, i) => {
    worksheet.getColumn(i + 1).width = pixelsToExcelWidth(pixels);
  });
  plan.values.forEach((rowValues, r) => {
    const row = worksheet.getRow(r + 1);
    const height = wrappedRowHeight(plan, r);
    if (height !== null) row.height = height;
    rowValues.forEach((value, c) => {
      const cell = row.getCell(c + 1);
      // A string is always stored as a string cell: ExcelJS only writes a formula for a {formula} object,
      // so user text such as "=HYPERLINK(…)" stays literal text (SPEC §6).
      cell.value = writableValue(value);
      const format = plan.numberFormats[r][c];
      if (format) cell.numFmt = format;
      const background = plan.backgrounds[r][c];
      if (background) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(background) } };
      const bold = plan.fontWeights[r][c] === 'bold';
      const color = plan.fontColors[r][c];
      // The font is named because a spreadsheet program falls back to a serif face for a nameless bold font.
      if (bold || color)
        cell.font = { name: 'Arial', bold, ...(color ? { color: { argb: argb(color) } } : {}) };
      if (plan.wraps[r][c]) cell.alignment = { wrapText: true, vertical: 'top' };
    });
  });
  writeDropdowns(worksheet, plan.dropdowns);
  for (const merge of plan.merges) {
    worksheet.mergeCells(
      merge.row,
      merge.column,
      merge.row + merge.numRows - 1,
      merge.column + merge.numColumns - 1,
    );
  }
}

type WorksheetWithValidations = ExcelJS.Worksheet & {
  dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void };
};

/** Excel keeps a list's values as one quoted, comma-separated text of at most 255 characters. */
const EXCEL_LIST_LIMIT = 255;

/**
 * The plan's dropdowns as Excel list validations over the same ranges. A value holding a comma or a quote
 * cannot be written in such a list, and a list past Excel's limit is refused when the file opens: such a
 * dropdown is left out rather than written wrong (a dropdown only offers values; the cells take any).
 */
function writeDropdowns(worksheet: ExcelJS.Worksheet, dropdowns: SheetPlan['dropdowns']): void {
  for (const dropdown of dropdowns) {
    const list = dropdown.values.join(',');
    if (dropdown.values.some((value) => /[,"]/.test(value)) || list.length > EXCEL_LIST_LIMIT) continue;
    const validation: ExcelJS.DataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: [`"${list}"`],
      showErrorMessage: true,
      // A warning lets a value outside the list stay, as Sheets' setAllowInvalid(true) does.
      errorStyle: dropdown.allowOthers ? 'warning' : 'stop',
    };
    // One validation per range. Set cell by cell, as ExcelJS's README shows, a column of them is written as
    // overlapping ranges (it sorts addresses as text: G10 before G2), which Excel repairs on opening; the
    // worksheet's collection (lib/doc/data-validations.js, missing from its typings) takes a range whole.
    (worksheet as WorksheetWithValidations).dataValidations.add(a1Notation(dropdown.range), validation);
  }
}
