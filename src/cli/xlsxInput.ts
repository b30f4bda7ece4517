// Reads an .xlsx workbook into the runner's input: whole (so the copy keeps its formatting) when it is small,
// tab by tab and row by row (xlsxStream) when it is big or when ExcelJS cannot load it whole.
import ExcelJS from 'exceljs';
import { statSync } from 'node:fs';
import { basename } from 'node:path';
import { a1Range, fillMergedCellsInPlace, mergedCellsIssue } from '../core/cells/merges';
import { detectTabs } from '../core/input/tabs';
import type { Cell, Grid, ReadIssue } from '../core/types';
import { CliError } from './errors';
import {
  auditTabsOnlyNotice,
  AUDIT_OWN_ROLES,
  countRows,
  INPUT_ROLES,
  TAB_ROLES,
  valuesCopy,
  type LoadedInput,
  type Notice,
  type ReadingProgress,
} from './input';
import {
  noteUncalculated,
  rectangular,
  rowCells,
  sheetFindings,
  worksheetGrid,
  type SheetFindings,
  type UncalculatedFormulas,
} from './xlsxCells';
import { tapMergeList } from './xlsxMergeList';
import { openStreamedWorkbook, type SheetXml, type StreamedWorkbook } from './xlsxStream';

/**
 * A workbook this big (zipped) holds some 100,000 rows or more: loading it whole would take ExcelJS
 * minutes and gigabytes, so its values are streamed instead.
 */
export const STREAM_FROM_BYTES = 5 * 2 ** 20;
const PROGRESS_EVERY_ROWS = 10_000;

export async function loadWorkbook(
  fullPath: string,
  path: string,
  progress: ReadingProgress,
  copyRowLimit: number,
  streamFromBytes = STREAM_FROM_BYTES,
): Promise<LoadedInput> {
  const bytes = statSync(fullPath).size;
  progress.file(basename(fullPath), bytes);
  if (bytes >= streamFromBytes) {
    const read = await readTabByTab(fullPath, path, progress);
    // A row limit of 0: the copy of a streamed workbook holds the audit's own tabs only, and says so.
    return { ...read, ...valuesCopy(read.tabs, 0, path) };
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(fullPath);
  } catch {
    // A damaged part fails ExcelJS's whole load; read tab by tab, an optional tab may be all that is lost.
    // Encrypted workbooks are OLE files, not zips, and fail there too.
    const read = await readTabByTab(fullPath, path, progress);
    const copy = valuesCopy(read.tabs, copyRowLimit, path);
    const readAsValues: Notice = { key: 'cli.notice.readAsValues', params: { input: path } };
    return { ...read, workbook: copy.workbook, notices: [readAsValues, ...copy.notices] };
  }
  const names = detectTabs(workbook.worksheets.map((sheet) => sheet.name));
  if (names.deals === null) throw new CliError('cli.error.noDealsTab', { path });
  const tabs = {} as LoadedInput['tabs'];
  const readIssues: ReadIssue[] = [];
  for (const role of TAB_ROLES) {
    const sheet = names[role] && workbook.getWorksheet(names[role]!);
    if (!sheet || !INPUT_ROLES.includes(role)) {
      tabs[role] = sheet ? { name: sheet.name, values: worksheetGrid(sheet) } : null;
      continue;
    }
    const values = worksheetGrid(sheet);
    tabs[role] = { name: sheet.name, values };
    // ExcelJS repeats a merge's value already; the add-on's rule, shared, keeps the two the same.
    readIssues.push(...settleInputTab(sheet.name, values, sheetFindings(sheet)));
  }
  const rowCount = countRows(tabs);
  progress.rows(rowCount);
  const notices = rowCount > copyRowLimit ? [auditTabsOnlyNotice(rowCount, path)] : [];
  // The whole workbook is in memory already; writing its data tabs again is what would take minutes.
  if (notices.length) {
    const kept = new Set(AUDIT_OWN_ROLES.map((role) => names[role]));
    for (const sheet of [...workbook.worksheets])
      if (!kept.has(sheet.name)) workbook.removeWorksheet(sheet.id);
  }
  return { workbook, tabs, rowCount, decimalCommaFiles: [], notices, readIssues };
}

/**
 * The workbook's tabs read one by one, row by row, without holding the workbook: for a big file, and for one
 * ExcelJS cannot load whole.
 */
async function readTabByTab(
  fullPath: string,
  path: string,
  progress: ReadingProgress,
): Promise<Omit<LoadedInput, 'workbook' | 'notices'>> {
  let workbook: StreamedWorkbook;
  try {
    workbook = await openStreamedWorkbook(fullPath);
  } catch {
    throw new CliError('cli.error.unreadableXlsx', { path });
  }
  const wanted = detectTabs(workbook.sheetNames);
  if (wanted.deals === null) throw new CliError('cli.error.noDealsTab', { path });
  const tabs = {} as LoadedInput['tabs'];
  const readIssues: ReadIssue[] = [];
  let rowsRead = 0;
  const countRow = () => {
    if (++rowsRead % PROGRESS_EVERY_ROWS === 0) progress.rows(rowsRead);
  };
  for (const role of TAB_ROLES) {
    const name = wanted[role];
    tabs[role] = null;
    if (name === null) continue;
    try {
      const tab = await readStreamedTab(workbook, name, INPUT_ROLES.includes(role), countRow);
      tabs[role] = { name, values: tab.values };
      readIssues.push(...tab.issues);
    } catch (error) {
      // As with a folder of CSV files, only an unreadable Deals tab stops the audit.
      if (role === 'deals') throw new CliError('cli.error.unreadableXlsx', { path });
      readIssues.push({
        tab: name,
        row: null,
        column: null,
        code: 'unreadable_tab',
        key: 'input.unreadableSheet',
        params: { tab: name, file: basename(path), reason: (error as Error).message },
      });
    }
  }
  const rowCount = countRows(tabs);
  progress.rows(rowCount);
  return { tabs, rowCount, decimalCommaFiles: [], readIssues };
}

/** One tab of a streamed workbook; an input tab's merges filled in and its formulas without results said. */
async function readStreamedTab(
  workbook: StreamedWorkbook,
  name: string,
  input: boolean,
  countRow: () => void,
): Promise<{ values: Grid; issues: ReadIssue[] }> {
  let merges: string[] = [];
  const tapped = (xml: SheetXml): SheetXml => {
    const tap = tapMergeList(xml);
    merges = tap.refs;
    return tap.chunks;
  };
  const uncalculated: UncalculatedFormulas = new Map();
  const grid: Cell[][] = [];
  for await (const row of workbook.rows(name, input ? tapped : undefined)) {
    grid[row.number - 1] = rowCells(row);
    if (input) noteUncalculated(row, uncalculated);
    countRow();
  }
  const values = rectangular(grid);
  // The merge list follows the rows, so the rows already read are filled now, where they are.
  return { values, issues: input ? settleInputTab(name, values, { merges, uncalculated }) : [] };
}

/**
 * Fills an input tab's merged cells in its grid, which only this reader holds (see core/cells/merges), and
 * returns what the grid does not show: the merges, said once, and the formulas without results.
 */
function settleInputTab(tab: string, values: Grid, findings: SheetFindings): ReadIssue[] {
  const merges = findings.merges.map(a1Range);
  fillMergedCellsInPlace(values, merges);
  const merged = mergedCellsIssue(tab, values, merges);
  return [...(merged ? [merged] : []), ...formulaIssues(tab, findings)];
}

/** A column of formulas without results reads as blank, said once per column. */
function formulaIssues(tab: string, findings: SheetFindings): ReadIssue[] {
  const issues: ReadIssue[] = [];
  for (const [column, { count, first }] of findings.uncalculated) {
    issues.push({
      tab,
      row: null,
      column,
      code: 'formula_without_result',
      key: 'input.formulaWithoutResult',
      params: { count, first },
    });
  }
  return issues;
}
