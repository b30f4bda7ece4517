// What Excel refuses in a workbook, for tests of what the runner writes: ExcelJS writes anything, while Excel
// reports a cell of more than 32,767 characters or a number written as `Infinity` as damaged content.
import type ExcelJS from 'exceljs';

/** "Total number of characters that a cell can contain: 32,767" (Excel specifications and limits). */
export const EXCEL_CELL_TEXT_LIMIT = 32_767;

function cellText(value: ExcelJS.CellValue): string | null {
  if (typeof value === 'string') return value;
  if (value !== null && typeof value === 'object' && 'richText' in value)
    return value.richText.map((run) => run.text).join('');
  return null;
}

/** Throws, as Excel would refuse to open it, when a cell of the workbook is one Excel cannot hold. */
export function expectExcelOpens(workbook: ExcelJS.Workbook): void {
  workbook.eachSheet((sheet) =>
    sheet.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        const text = cellText(cell.value);
        if (text !== null && text.length > EXCEL_CELL_TEXT_LIMIT)
          throw new Error(
            `${sheet.name}!${cell.address} holds ${text.length} characters; Excel holds ${EXCEL_CELL_TEXT_LIMIT}`,
          );
        if (typeof cell.value === 'number' && !Number.isFinite(cell.value))
          throw new Error(
            `${sheet.name}!${cell.address} holds the number ${cell.value}, which Excel cannot read`,
          );
      }),
    ),
  );
}
