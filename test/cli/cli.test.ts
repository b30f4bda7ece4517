// End to end: the built runner on the example workbooks and CSV files, checked against the core audit.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { worksheetGrid } from '../../src/cli/xlsxCells';
import { auditSpreadsheet } from '../../src/core/audit';
import { OWN_TAB_NAMES } from '../../src/core/input/tabs';
import type { AuditReport, AuditRequest, NamedGrid, SheetPlan } from '../../src/core/types';
import { buildCli, readReport, readWorkbook, ROOT, runCli } from './runCli';

const TODAY = '2026-11-27';
const EXAMPLE_EN = join(ROOT, 'examples/sample-sales.xlsx');
const EXAMPLE_PL = join(ROOT, 'examples/sample-sales-pl.xlsx');
const EXAMPLE_CSV = join(ROOT, 'examples/csv');

let out: string;
beforeAll(() => {
  buildCli();
  out = mkdtempSync(join(tmpdir(), 'spa-cli-'));
});

/** The input tabs of a workbook as the runner hands them to the core, read independently here. */
async function requestFor(path: string, report: AuditReport, locale: string): Promise<AuditRequest> {
  const workbook = await readWorkbook(path);
  const grid = (name: string | null | undefined): NamedGrid | null => {
    const sheet = name ? workbook.getWorksheet(name) : undefined;
    return sheet ? { name: sheet.name, values: worksheetGrid(sheet) } : null;
  };
  const settingsName = [OWN_TAB_NAMES.en.settings, OWN_TAB_NAMES.pl.settings].find((n) =>
    workbook.getWorksheet(n),
  );
  return {
    deals: grid(report.input.deals.tab),
    channels: grid(report.input.channels.tab),
    customers: grid(report.input.customers.tab),
    settings: grid(settingsName),
    history: null,
    today: TODAY,
    generatedAt: report.generatedAt,
    timeZone: 'UTC',
    locale,
  };
}

/** The manual row breaks of every sheet of an .xlsx file (only the audit sheet has any). */
async function manualRowBreaks(path: string): Promise<number[]> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const sheets = zip.file(/^xl\/worksheets\/sheet\d+\.xml$/);
  const xml = await Promise.all(sheets.map((file) => file.async('string')));
  return xml.flatMap((text) => [...text.matchAll(/<brk id="(\d+)"[^>]*man="1"/g)].map((m) => Number(m[1])));
}

function toSerial(date: Date): number {
  return date.getTime() / 86_400_000 + 25_569;
}

function expectPlanInSheet(plan: SheetPlan, sheet: ExcelJS.Worksheet): void {
  plan.values.forEach((row, r) =>
    row.forEach((value, c) => {
      const cell = sheet.getCell(r + 1, c + 1);
      const where = `${plan.name}!${cell.address}`;
      if (cell.isMerged && cell.master !== cell) return;
      // ExcelJS reads a number under a date format back as a Date; the plan writes date-times as serials.
      if (cell.value instanceof Date && typeof value === 'number') {
        expect(toSerial(cell.value)).toBeCloseTo(value, 6);
      } else {
        expect([where, cell.value ?? null]).toEqual([where, value === '' ? null : value]);
      }
      if (plan.numberFormats[r][c]) expect([where, cell.numFmt]).toEqual([where, plan.numberFormats[r][c]]);
      const background = plan.backgrounds[r][c];
      const fill = cell.fill as ExcelJS.FillPattern | undefined;
      expect([where, fill?.fgColor?.argb ?? null]).toEqual([
        where,
        background ? `FF${background.slice(1).toUpperCase()}` : null,
      ]);
      expect([where, Boolean(cell.font?.bold)]).toEqual([where, plan.fontWeights[r][c] === 'bold']);
    }),
  );
  for (const merge of plan.merges)
    expect(sheet.getCell(merge.row, merge.column).isMerged).toBe(merge.numColumns * merge.numRows > 1);
}

describe.each([
  ['English', EXAMPLE_EN, 'en', 'en-US'],
  ['Polish', EXAMPLE_PL, 'pl', 'pl-PL'],
])('the %s example workbook', (_label, input, lang, locale) => {
  let report: AuditReport;
  let workbook: ExcelJS.Workbook;
  let stdout: string;

  beforeAll(async () => {
    const xlsx = join(out, `${lang}.xlsx`);
    const run = runCli([
      input,
      '--out',
      xlsx,
      '--today',
      TODAY,
      ...(locale === 'en-US' ? [] : ['--locale', locale]),
    ]);
    expect(run).toMatchObject({ status: 0, stderr: '' });
    stdout = run.stdout;
    report = readReport(join(out, `${lang}.json`));
    workbook = await readWorkbook(xlsx);
  });

  it('writes the same report as the core audit of the same tabs', async () => {
    const expected = auditSpreadsheet(await requestFor(input, report, locale));
    expect(report).toEqual(JSON.parse(JSON.stringify(expected.report)));
    expect(report.language).toBe(lang);
    expect(report.overall.score).not.toBeNull();
  });

  it('writes the audit tab of the plan, with values, formats, fills and bold text', async () => {
    const expected = auditSpreadsheet(await requestFor(input, report, locale));
    const sheet = workbook.getWorksheet(expected.auditPlan.name)!;
    expect(sheet).toBeDefined();
    expectPlanInSheet(expected.auditPlan, sheet);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: expected.auditPlan.frozenRows });
  });

  it('draws each chart of the plan as a PNG picture at the chart’s place, at twice its size in pixels', async () => {
    const expected = auditSpreadsheet(await requestFor(input, report, locale));
    const sheet = workbook.getWorksheet(expected.auditPlan.name)!;
    const images = sheet.getImages();
    expect(images.map((image) => [image.range.tl.nativeRow, image.range.tl.nativeCol])).toEqual(
      expected.auditPlan.charts.map((chart) => [chart.anchor.row - 1, chart.anchor.column - 1]),
    );
    expect(images.length).toBeGreaterThan(0);
    for (const [i, image] of images.entries()) {
      const { size } = expected.auditPlan.charts[i];
      // ExcelJS reads the picture's size back but leaves it out of its typings.
      expect((image.range as { ext?: unknown }).ext).toEqual({ width: size.width, height: size.height });
      const png = workbook.getImage(Number(image.imageId)).buffer as unknown as Buffer;
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      // IHDR: width and height, big-endian, at bytes 16–23.
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size.width * 2, size.height * 2]);
    }
  });

  it('prints the audit tab on A4 portrait, one page wide, title rows repeated, details after the summary page', async () => {
    const expected = auditSpreadsheet(await requestFor(input, report, locale));
    const sheet = workbook.getWorksheet(expected.auditPlan.name)!;
    expect(sheet.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `1:${expected.auditPlan.frozenRows}`,
    });
    // ExcelJS writes page breaks (below a row) but does not read them back: they are read from the XML.
    const breaks = expected.auditPlan.pageBreaks;
    expect(breaks).toHaveLength(1);
    expect(await manualRowBreaks(join(out, `${lang}.xlsx`))).toEqual([breaks[0] - 1]);
  });

  it('leaves the input tabs as they were and appends one history row', async () => {
    const original = await readWorkbook(input);
    for (const tab of [report.input.deals.tab, report.input.channels.tab, report.input.customers.tab]) {
      expect(worksheetGrid(workbook.getWorksheet(tab!)!)).toEqual(
        worksheetGrid(original.getWorksheet(tab!)!),
      );
    }
    const history = workbook.getWorksheet(OWN_TAB_NAMES[lang as 'en' | 'pl'].history)!;
    // Labels in the audit's language, the ids in a hidden row for programs, then the run.
    expect(history.actualRowCount).toBe(3);
    expect(history.getCell(1, 1).value).toBe(lang === 'en' ? 'Run time' : 'Data audytu');
    expect(history.getCell(2, 1).value).toBe('run');
    expect(history.getRow(2).hidden).toBe(true);
    expect(history.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    // --today pins the run time at noon of that day: a date-time value, shown with a date-time format.
    expect(history.getCell(3, 1).value).toEqual(new Date(`${TODAY}T12:00:00.000Z`));
    expect(history.getCell(3, 1).numFmt).toBe(lang === 'en' ? 'yyyy-mm-dd hh:mm' : 'dd.mm.yyyy hh:mm');
    expect(history.getColumn(8).width).toBeGreaterThanOrEqual(18);
  });

  it('prints the overall rating, the four areas, and where the files are', () => {
    expect(stdout).toContain(join(out, `${lang}.xlsx`));
    expect(stdout.split('\n').filter((line) => /^ {2}\S/.test(line)).length).toBeGreaterThanOrEqual(4);
  });
});

describe('a second run on the audited copy', () => {
  it('appends to the history and rebuilds the audit tab instead of adding another', async () => {
    const first = join(out, 'en.xlsx');
    const run = runCli([first, '--out', join(out, 'second.xlsx'), '--today', TODAY]);
    expect(run.status).toBe(0);
    const workbook = await readWorkbook(join(out, 'second.xlsx'));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'Deals',
      'Channels',
      'Customers',
      'Audit settings',
      'Audit history',
      'Sales Process Audit',
      'Audit snapshots',
    ]);
    expect(workbook.getWorksheet('Audit history')!.actualRowCount).toBe(4);
    // The first run's chart pictures are replaced, not kept beside the new ones.
    const charts = workbook.getWorksheet('Sales Process Audit')!.getImages();
    const media = (workbook as unknown as { media: unknown[] }).media;
    expect(media).toHaveLength(charts.length);
    expect(charts.length).toBeGreaterThan(0);
  });
});

describe('the example CSV folder', () => {
  it('gives the same numbers as the workbook with the same data', () => {
    const run = runCli([EXAMPLE_CSV, '--out', join(out, 'csv.xlsx'), '--today', TODAY]);
    expect(run).toMatchObject({ status: 0, stderr: '' });
    const fromCsv = readReport(join(out, 'csv.json'));
    const fromXlsx = readReport(join(out, 'en.json'));
    expect(fromCsv.overall).toEqual(fromXlsx.overall);
    expect(fromCsv.areas).toEqual(fromXlsx.areas);
    expect(fromCsv.channels).toEqual(fromXlsx.channels);
  });

  it('never modifies the input', () => {
    const before = statSync(EXAMPLE_EN).mtimeMs;
    runCli([EXAMPLE_EN, '--out', join(out, 'again.xlsx'), '--today', TODAY]);
    expect(statSync(EXAMPLE_EN).mtimeMs).toBe(before);
    expect(readFileSync(EXAMPLE_EN).length).toBeGreaterThan(0);
  });
});
