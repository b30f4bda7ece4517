// The audit sheet as it prints (SPEC §4.1): A4 portrait, one page wide, the title rows on every page, and
// the summary page on a page of its own before the detail sections.
import type ExcelJS from 'exceljs';
import type { SheetPlan } from '../core/types';

/** ExcelJS's paperSize code for A4 (the OOXML ST_PaperSize value). */
const A4 = 9;

export function setUpPrinting(worksheet: ExcelJS.Worksheet, plan: SheetPlan): void {
  worksheet.pageSetup = {
    ...worksheet.pageSetup,
    paperSize: A4,
    orientation: 'portrait',
    fitToPage: true,
    fitToWidth: 1,
    // 0: as many pages down as the content needs.
    fitToHeight: 0,
    horizontalCentered: false,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    ...(plan.frozenRows > 0 ? { printTitlesRow: `1:${plan.frozenRows}` } : {}),
  };
  // ExcelJS puts a break below the row it is given.
  for (const row of plan.pageBreaks) if (row > 1) worksheet.getRow(row - 1).addPageBreak();
}
