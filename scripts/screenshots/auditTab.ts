// Renders the audit tab of the demo workbook the local runner wrote: only that tab, through LibreOffice
// (xlsx → a PDF page as large as the sheet) and pdftoppm (PDF → PNG crops at screen resolution).
import ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import { mkdirSync, renameSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** 96 dpi: one sheet pixel is one image pixel, as the tab looks at 100 % zoom. */
const SCREEN_DPI = 96;
// SinglePageSheets exports each sheet as one page of its own size, so nothing is split or shrunk to paper.
const PDF_FILTER = 'pdf:calc_pdf_Export:{"SinglePageSheets":{"type":"boolean","value":"true"}}';

export interface Crop {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Writes a PDF of the one tab `sheetName` of `xlsxFile`; also returns the workbook's tab names. Sheets
 * shows the tab in Arial 10, so the copy does too (the xlsx carries Calibri, which LibreOffice would
 * replace by whatever font it finds). An xlsx has no locale: LibreOffice formats numbers in the one of
 * its environment, so `posixLocale` (e.g. pl_PL.UTF-8) plays the spreadsheet's.
 */
export async function auditTabPdf(
  xlsxFile: string,
  sheetName: string,
  posixLocale: string,
  workDir: string,
): Promise<{ pdf: string; tabs: string[] }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(xlsxFile);
  const tabs = workbook.worksheets.map((worksheet) => worksheet.name);
  const sheet = workbook.getWorksheet(sheetName);
  if (!sheet) throw new Error(`${xlsxFile} has no tab "${sheetName}". Run \`npm run demo\` first.`);
  for (const other of [...workbook.worksheets]) if (other !== sheet) workbook.removeWorksheet(other.id);
  sheet.eachRow({ includeEmpty: true }, (row) =>
    row.eachCell({ includeEmpty: true }, (cell) => {
      cell.font = { ...cell.font, name: 'Arial', size: 10 };
    }),
  );
  mkdirSync(workDir, { recursive: true });
  const tabOnly = join(workDir, 'audit-tab.xlsx');
  await workbook.xlsx.writeFile(tabOnly);
  execFileSync('soffice', ['--headless', '--convert-to', PDF_FILTER, '--outdir', workDir, tabOnly], {
    stdio: 'ignore',
    env: { ...process.env, LC_ALL: posixLocale, LANG: posixLocale },
  });
  return { pdf: join(workDir, 'audit-tab.pdf'), tabs };
}

/** Writes `crop` of the PDF's first page as a PNG (pixels at screen resolution). */
export function pdfCropPng(pdf: string, crop: Crop, outFile: string): string {
  mkdirSync(dirname(outFile), { recursive: true });
  const stem = join(dirname(outFile), basename(outFile, '.png'));
  const area = ['-x', crop.x, '-y', crop.y, '-W', crop.width, '-H', crop.height].map(String);
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    String(SCREEN_DPI),
    '-f',
    '1',
    '-l',
    '1',
    ...area,
    '-singlefile',
    pdf,
    stem,
  ]);
  // pdftoppm adds the extension itself.
  if (`${stem}.png` !== outFile) renameSync(`${stem}.png`, outFile);
  return outFile;
}
