// Merged cells in the input tabs (issue 14): the runner reads an .xlsx merge with its value in every cell
// (ExcelJS), Sheets hands the add-on the top-left value only (the stand-in too). Both fill each merge in
// core and say it once per tab, so the same merged input gives the same audit in both adapters.
import ExcelJS from 'exceljs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadInput, locateInput } from '../../src/cli/input';
import { auditSpreadsheet } from '../../src/core/audit';
import { a1Range } from '../../src/core/cells/merges';
import type { SidebarState } from '../../src/core/server-api';
import { sidebarReport } from '../../src/core/sidebarReport';
import type { Grid } from '../../src/core/types';
import { appsScriptGlobals } from '../support/appsScriptGlobals';
import { FakeSpreadsheet } from '../support/fakeSpreadsheet';
import { loadBundle } from '../support/loadBundle';
import { GENERATED_AT, NOW, TODAY } from '../support/scenarios';

const DEALS: Grid = [
  ['Deal ID', 'Created', 'Stage', 'Channel', 'Customer', 'Value', 'Closed'],
  ['D1', '2024-01-05', 'Won', 'Fairs', 'Acme', 1000, '2024-02-01'],
  ['D2', '2024-01-10', 'Lost', 'Fairs', 'Beta', 2000, '2024-02-10'],
  ['D3', '2024-02-01', 'Won', 'Fairs', 'Gamma', 3000, '2024-03-01'],
  ['D4', '2024-02-15', 'Won', 'Ads', 'Delta', 4000, '2024-03-15'],
  ['D5', '2024-03-01', 'Proposal', 'Ads', 'Acme', 5000, ''],
  ['D6', '2024-03-10', 'Won', 'Referral', 'Acme', 6000, '2024-04-10'],
  ['D7', '2024-04-01', 'Lost', 'Referral', 'Acme', 7000, '2024-05-01'],
];
/** Channel merged over D1–D3 and D4–D5, customer over D5–D7. */
const DEAL_MERGES = ['D2:D4', 'D5:D6', 'E6:E8'];
const CHANNELS: Grid = [
  ['Channel', 'Cost'],
  ['Fairs', 900],
  ['Ads', 400],
  ['Referral', 0],
];

/** The grid as Sheets keeps a merged tab: the cells of a merge other than its top-left are empty. */
function asSheetsKeepsIt(grid: Grid, merges: string[]): Grid {
  const kept = grid.map((row) => [...row]);
  for (const merge of merges.map(a1Range)) {
    for (let r = merge!.row; r < merge!.row + merge!.numRows; r++)
      for (let c = merge!.column; c < merge!.column + merge!.numColumns; c++)
        if (r !== merge!.row || c !== merge!.column) kept[r - 1][c - 1] = '';
  }
  return kept;
}

/** Text as text (a date-like text is not turned into a date), as in the workbook. */
const literal = (grid: Grid) =>
  grid.map((row) => row.map((cell) => (typeof cell === 'string' && cell !== '' ? `'${cell}` : cell)));

async function runnerAudit() {
  const folder = mkdtempSync(join(tmpdir(), 'spa-merged-'));
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Deals').addRows(asSheetsKeepsIt(DEALS, DEAL_MERGES));
  for (const merge of DEAL_MERGES) workbook.getWorksheet('Deals')!.mergeCells(merge);
  workbook.addWorksheet('Channels').addRows(CHANNELS);
  await workbook.xlsx.writeFile(join(folder, 'merged.xlsx'));
  const silent = { file: () => undefined, rows: () => undefined };
  const input = await loadInput('merged.xlsx', locateInput('merged.xlsx', folder), silent);
  return auditSpreadsheet({
    ...input.tabs,
    today: TODAY,
    generatedAt: GENERATED_AT,
    timeZone: 'UTC',
    locale: 'en-US',
    readIssues: input.readIssues,
  }).report;
}

function addonAudit(): SidebarState {
  const doc = new FakeSpreadsheet({ timeZone: 'Europe/Warsaw', locale: 'en_US' });
  const deals = doc.addSheet('Deals').fill(literal(DEALS));
  // Merging in Sheets keeps the top-left value only.
  deals.merges = DEAL_MERGES.map((merge) => a1Range(merge)!);
  doc.addSheet('Channels').fill(literal(CHANNELS));
  const bundle = loadBundle(doc, { now: NOW });
  const state = bundle.call<SidebarState>('sidebarRunAudit');
  // One getMergedRanges per input tab read, whatever the number of merges.
  expect(bundle.log.count('Range.getMergedRanges')).toBe(2);
  return state;
}

describe('merged cells in an input tab', () => {
  it('reach the add-on as Sheets hands them: the top-left value only, and the merges in one call', () => {
    const doc = new FakeSpreadsheet();
    doc.addSheet('Deals').fill(literal(DEALS)).merges = DEAL_MERGES.map((merge) => a1Range(merge)!);
    const { globals, log } = appsScriptGlobals(doc);
    const range = globals.SpreadsheetApp.getActive().getSheetByName('Deals')!.getDataRange();
    expect(range.getValues().map((row) => row[3])).toEqual([
      'Channel',
      'Fairs',
      '',
      '',
      'Ads',
      '',
      'Referral',
      'Referral',
    ]);
    expect(range.getMergedRanges().map((merge) => merge.getA1Notation())).toEqual(DEAL_MERGES);
    expect(log.documentCalls()).toBe(2);
  });

  it('give the same audit in the runner and the add-on, each merge counted for every row it spans', async () => {
    const runner = sidebarReport(await runnerAudit());
    const addon = addonAudit().report!;
    expect(addon.areas).toEqual(runner.areas);
    expect(addon.channels).toEqual(runner.channels);
    // Fairs brought three deals, Ads two, Referral two: the merged cells counted for every row.
    expect(
      addon.channels.map((channel) => [channel.channel, channel.leads, channel.won, channel.lost]),
    ).toEqual(
      expect.arrayContaining([
        ['Fairs', 3, 2, 1],
        ['Ads', 2, 1, 0],
        ['Referral', 2, 1, 1],
      ]),
    );
    const merged = (report: typeof addon) => report.issues.filter((issue) => issue.code === 'merged_cells');
    expect(merged(addon)).toEqual(merged(runner));
    expect(merged(addon)).toEqual([
      {
        tab: 'Deals',
        row: null,
        column: null,
        code: 'merged_cells',
        message: '3 merged ranges (the first D2:D4) are read with their value in every row they span.',
      },
    ]);
  });
});

describe('a tab with more merges than the add-on reads', () => {
  /** 500 deals from Fairs, the channel merged over each pair of rows: 250 merges, D2:D3 to D500:D501. */
  function pairedDeals(): { grid: Grid; merges: string[] } {
    const grid: Grid = [['Deal ID', 'Created', 'Stage', 'Channel', 'Value']];
    const merges: string[] = [];
    for (let deal = 1; deal <= 500; deal++) {
      const top = deal % 2 === 1;
      grid.push([`D${deal}`, '2024-01-05', 'Won', top ? 'Fairs' : '', 100]);
      if (top) merges.push(`D${deal + 1}:D${deal + 2}`);
    }
    return { grid, merges };
  }

  function audit(locale: string) {
    const { grid, merges } = pairedDeals();
    const doc = new FakeSpreadsheet({ timeZone: 'Europe/Warsaw', locale });
    doc.addSheet('Deals').fill(literal(grid)).merges = merges.map((merge) => a1Range(merge)!);
    const bundle = loadBundle(doc, { now: NOW });
    const report = bundle.call<SidebarState>('sidebarRunAudit').report!;
    return {
      report,
      log: bundle.log,
      merged: report.issues.filter((issue) => issue.code === 'merged_cells'),
    };
  }

  it('reads 200 of them, one getA1Notation each, and says to unmerge the rest', () => {
    const { report, log, merged } = audit('en_US');
    expect(log.count('Range.getMergedRanges')).toBe(1);
    expect(log.bySheet.get('Deals')?.get('Range.getA1Notation')).toBe(200);
    // The first 200 merges fill rows 2–401; the other 50 count for their top row only.
    expect(report.channels.find((channel) => channel.channel === 'Fairs')?.leads).toBe(450);
    expect(merged).toEqual([
      {
        tab: 'Deals',
        row: null,
        column: null,
        code: 'merged_cells',
        message:
          '250 merged ranges, more than the add-on reads: 200 of them are read with their value in every row they ' +
          'span, the rest count for their first row only. Unmerge the cells (Format → Merge cells → Unmerge), fill ' +
          'in the emptied cells and run the audit again.',
      },
    ]);
  });

  it('says so in Polish', () => {
    expect(audit('pl_PL').merged.map((issue) => issue.message)).toEqual([
      '250 scalonych zakresów to więcej, niż dodatek odczytuje: 200 z nich odczytano z wartością w każdym ' +
        'wierszu, który obejmują, pozostałe liczą się tylko w pierwszym wierszu. Rozdziel scalone komórki ' +
        '(Formatuj → Scal komórki), uzupełnij puste komórki i uruchom audyt ponownie.',
    ]);
  });
});
