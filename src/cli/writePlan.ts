// Writes a SheetPlan into an ExcelJS worksheet: the same plan the add-on applies to a Google Sheets tab.
import type ExcelJS from 'exceljs';
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

/** Points: room for two lines of wrapped header text. */
const WRAPPED_ROW_HEIGHT = 30;

export function writePlan(worksheet: ExcelJS.Worksheet, plan: SheetPlan): void {
  plan.columnWidths.forEach((pixels, i) => {
    worksheet.getColumn(i + 1).width = pixelsToExcelWidth(pixels);
  });
  plan.values.forEach((rowValues, r) => {
    const row = worksheet.getRow(r + 1);
    // Sheets grows a row to fit wrapped text; spreadsheet programs reading an .xlsx keep the default height.
    if (plan.wraps[r].some(Boolean)) row.height = WRAPPED_ROW_HEIGHT;
    rowValues.forEach((value, c) => {
      const cell = row.getCell(c + 1);
      // A string is always stored as a string cell: ExcelJS only writes a formula for a {formula} object,
      // so user text such as "=HYPERLINK(…)" stays literal text (SPEC §6).
      cell.value = value;
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
  for (const merge of plan.merges) {
    worksheet.mergeCells(
      merge.row,
      merge.column,
      merge.row + merge.numRows - 1,
      merge.column + merge.numColumns - 1,
    );
  }
}
