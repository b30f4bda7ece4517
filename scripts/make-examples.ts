// Writes the example inputs under examples/: the demo workbook in English and Polish, and the same
// English tabs as CSV files. Run with `npm run examples`; the data is seeded, so reruns give the same cells.
import '../test/support/registerAllMessages';
import ExcelJS from 'exceljs';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { addPlanSheet } from '../src/cli/writePlan';
import { auditSpreadsheet } from '../src/core/audit';
import { generateSalesData } from '../src/core/sample/generator';
import type { Cell, Lang, NamedGrid } from '../src/core/types';

const TODAY = '2026-11-27';
const SEED = 2026;
const DEALS = 400;
const MONTHS = 18;
const EXAMPLES = 'examples';

function sampleData(lang: Lang) {
  return generateSalesData({ seed: SEED, deals: DEALS, months: MONTHS, today: TODAY, lang });
}

/** An input tab as a person would type it: bold frozen header, dates formatted as dates. */
export function addInputSheet(workbook: ExcelJS.Workbook, grid: NamedGrid): void {
  const sheet = workbook.addWorksheet(grid.name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRows(grid.values as ExcelJS.CellValue[][]);
  sheet.getRow(1).font = { bold: true };
  grid.values[0].forEach((header, i) => {
    const column = sheet.getColumn(i + 1);
    column.width = Math.max(12, String(header).length + 4);
    if (grid.values.some((row) => row[i] instanceof Date)) column.numFmt = 'yyyy-mm-dd';
  });
}

async function writeWorkbook(lang: Lang, file: string): Promise<void> {
  const data = sampleData(lang);
  // The settings tab is the one the audit creates on a first run, so the example shows the defaults.
  const { settingsPlan } = auditSpreadsheet({
    ...data,
    settings: null,
    history: null,
    today: TODAY,
    generatedAt: `${TODAY}T09:00:00.000Z`,
    timeZone: 'UTC',
    locale: lang === 'pl' ? 'pl-PL' : 'en-US',
  });
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Sales Process Audit';
  workbook.created = workbook.modified = new Date(`${TODAY}T09:00:00.000Z`);
  for (const grid of [data.deals, data.channels, data.customers]) addInputSheet(workbook, grid);
  if (settingsPlan) addPlanSheet(workbook, settingsPlan);
  await workbook.xlsx.writeFile(join(EXAMPLES, file));
}

function csvCell(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  const text = cell instanceof Date ? cell.toISOString().slice(0, 10) : String(cell);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function writeCsvFiles(): void {
  const folder = join(EXAMPLES, 'csv');
  mkdirSync(folder, { recursive: true });
  const data = sampleData('en');
  for (const grid of [data.deals, data.channels, data.customers]) {
    const lines = grid.values.map((row) => row.map(csvCell).join(','));
    writeFileSync(join(folder, `${grid.name}.csv`), `${lines.join('\n')}\n`);
  }
}

export async function makeExamples(): Promise<void> {
  mkdirSync(EXAMPLES, { recursive: true });
  await writeWorkbook('en', 'sample-sales.xlsx');
  await writeWorkbook('pl', 'sample-sales-pl.xlsx');
  writeCsvFiles();
}
