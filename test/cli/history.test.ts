// The runner continues a history written by 0.1.0: read by the ids in its headers, extended under them.
import ExcelJS from 'exceljs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCli, readReport, readWorkbook, ROOT, runCli } from './runCli';
import { HISTORY_HEADER_0_1_0 } from '../fixtures/history010';

const TODAY = '2026-11-27';

const RUNS_0_1_0 = [
  ['2026-09-30T09:00:00+02:00', 'Last 3 months', 48, 40, 55, 50, 47, 0.25, 0.18, 900, 2.1, 30, 3900],
  ['2026-10-31T09:00:00+01:00', 'Last 3 months', 52, 45, 60, 50, 53, 0.27, 0.19, 880, 2.3, 28, 4000],
];

let out: string;
let workbook: ExcelJS.Workbook;
let history: ExcelJS.Worksheet;

beforeAll(async () => {
  buildCli();
  out = mkdtempSync(join(tmpdir(), 'spa-history-'));
  const input = await readWorkbook(join(ROOT, 'examples/sample-sales.xlsx'));
  const old = input.addWorksheet('Audit history');
  old.addRow(HISTORY_HEADER_0_1_0);
  for (const run of RUNS_0_1_0) old.addRow(run);
  await input.xlsx.writeFile(join(out, 'with-history.xlsx'));
  const run = runCli([join(out, 'with-history.xlsx'), '--out', join(out, 'audit.xlsx'), '--today', TODAY]);
  expect(run).toMatchObject({ status: 0, stderr: '' });
  workbook = await readWorkbook(join(out, 'audit.xlsx'));
  history = workbook.getWorksheet('Audit history')!;
});

it('reads the 0.1.0 history: the change is against its last run, and the score trend charts all three runs', () => {
  const report = readReport(join(out, 'audit.json'));
  expect(report.overall.previousScore).toBe(52);
  const trend = workbook.getWorksheet('Sales Process Audit')!;
  const titles = trend.getColumn(1).values;
  const tableRow = titles.findIndex((value) => value === 'Score trend');
  expect(trend.getCell(tableRow + 1, 1).value).toBe('Run at');
  expect([2, 3, 4].map((r) => trend.getCell(tableRow + r, 2).value)).toEqual([48, 52, report.overall.score]);
});

it('extends it without rewriting a row: the new run under the same ids, a new column for the metric 0.1.0 lacked', () => {
  expect(history.actualRowCount).toBe(4);
  expect(history.getRow(1).values).toEqual([
    undefined,
    ...HISTORY_HEADER_0_1_0,
    'Conversations per win, lost deals included [conversations.conversationsPerWin]',
  ]);
  expect(history.getCell(2, 1).value).toBe('2026-09-30T09:00:00+02:00');
  expect(history.getCell(3, 3).value).toBe(52);
  const report = readReport(join(out, 'audit.json'));
  const metric = (id: string) => report.areas.flatMap((area) => area.metrics).find((m) => m.id === id)!.value;
  expect(history.getCell(4, 1).value).toEqual(new Date(`${TODAY}T12:00:00.000Z`));
  expect(history.getCell(4, 3).value).toBe(report.overall.score);
  expect(history.getCell(4, 13).value).toBe(metric('conversations.avgDealValue'));
  expect(history.getCell(4, 21).value).toBe(metric('conversations.conversationsPerWin'));
});
