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
 * Writes a PDF of the one tab `sheetName` of `xlsxFile` and returns its path. Sheets
 * shows the tab in Arial 10, so the copy does too (the xlsx carries Calibri, which LibreOffice would
 * replace by whatever font it finds). An xlsx has no locale: LibreOffice formats numbers in the one of
 * its environment, so `posixLocale` (e.g. pl_PL.UTF-8) plays the spreadsheet's.
 */
export async function auditTabPdf(
  xlsxFile: string,
  sheetName: string,
  posixLocale: string,
  workDir: string,
): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(xlsxFile);
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
  return join(workDir, 'audit-tab.pdf');
}

const POINTS_PER_INCH = 72;

/**
 * How far down the PDF's first page, in pixels at screen resolution, the line starting with `text` is (a
 * section's heading): the crops follow the tab's layout instead of fixed offsets. pdftotext -bbox lists
 * every word with its box in points.
 */
export function lineTop(pdf: string, text: string): number {
  const xhtml = execFileSync('pdftotext', ['-f', '1', '-l', '1', '-bbox', pdf, '-'], { encoding: 'utf8' });
  const lines = new Map<number, string[]>();
  for (const [, yMin, word] of xhtml.matchAll(/<word [^>]*yMin="([\d.]+)"[^>]*>([^<]*)<\/word>/g)) {
    const top = Number(yMin);
    lines.set(top, [...(lines.get(top) ?? []), decodeEntities(word)]);
  }
  for (const [top, words] of [...lines].sort(([a], [b]) => a - b))
    if (words.join(' ').startsWith(text)) return Math.round((top * SCREEN_DPI) / POINTS_PER_INCH);
  throw new Error(`The audit tab's render has no line starting with "${text}".`);
}

function decodeEntities(text: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
  return text.replace(/&(#\d+|\w+);/g, (entity, name: string) =>
    name.startsWith('#') ? String.fromCodePoint(Number(name.slice(1))) : (named[name] ?? entity),
  );
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
