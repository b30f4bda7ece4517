// Reads an .xlsx workbook into the runner's input: whole (so the copy keeps its formatting) when it is small,
// row by row with ExcelJS's streaming reader when it is big (the copy then holds the audit's tabs only).
import ExcelJS from 'exceljs';
import { statSync } from 'node:fs';
import { basename } from 'node:path';
import { a1Range, fillMergedCellsInPlace, mergedCellsIssue } from '../core/cells/merges';
import { detectTabs } from '../core/input/tabs';
import type { Cell, Grid, ReadIssue } from '../core/types';
import { CliError } from './errors';
import {
  addInputTabs,
  auditTabsOnlyNotice,
  AUDIT_OWN_ROLES,
  countRows,
  INPUT_ROLES,
  TAB_ROLES,
  type LoadedInput,
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
  if (bytes >= streamFromBytes) return streamWorkbook(fullPath, path, progress);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(fullPath);
  } catch {
    // Encrypted workbooks are OLE files, not zips; ExcelJS then fails inside its zip reader.
    throw new CliError('cli.error.unreadableXlsx', { path });
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

async function streamWorkbook(
  fullPath: string,
  path: string,
  progress: ReadingProgress,
): Promise<LoadedInput> {
  const grids = new Map<string, Grid>();
  const readIssues: ReadIssue[] = [];
  let wanted: ReturnType<typeof detectTabs> | null = null;
  let rowsRead = 0;
  try {
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(fullPath, {
      sharedStrings: 'cache',
      styles: 'cache',
      hyperlinks: 'ignore',
      worksheets: 'emit',
      entries: 'ignore',
    });
    for await (const sheet of reader) {
      // The sheet names are known once the workbook part is read, which comes before the sheets.
      const names = (reader as unknown as { model: { sheets?: { name: string }[] } }).model.sheets ?? [];
      wanted ??= detectTabs(names.map((entry) => entry.name));
      // ExcelJS sets the name from the workbook part but leaves it out of its typings.
      const name = (sheet as unknown as { name: string }).name;
      const role = TAB_ROLES.find((r) => wanted![r] === name);
      const input = role !== undefined && INPUT_ROLES.includes(role);
      const mergeList = input ? tapSheetXml(sheet) : null;
      const uncalculated: UncalculatedFormulas = new Map();
      const grid: Cell[][] = [];
      for await (const row of sheet) {
        if (!role) continue;
        grid[row.number - 1] = rowCells(row);
        if (input) noteUncalculated(row, uncalculated);
        if (++rowsRead % PROGRESS_EVERY_ROWS === 0) progress.rows(rowsRead);
      }
      if (!role) continue;
      const values = rectangular(grid);
      grids.set(name, values);
      // The merge list follows the rows, so the rows already read are filled now, where they are.
      if (mergeList) readIssues.push(...settleInputTab(name, values, { merges: mergeList, uncalculated }));
    }
  } catch {
    throw new CliError('cli.error.unreadableXlsx', { path });
  }
  if (wanted === null || wanted.deals === null) throw new CliError('cli.error.noDealsTab', { path });
  const tabs = {} as LoadedInput['tabs'];
  for (const role of TAB_ROLES) {
    const name = wanted[role];
    const values = name === null ? undefined : grids.get(name);
    tabs[role] = name !== null && values ? { name, values } : null;
  }
  const rowCount = countRows(tabs);
  progress.rows(rowCount);
  const workbook = new ExcelJS.Workbook();
  addInputTabs(workbook, tabs, AUDIT_OWN_ROLES);
  return {
    workbook,
    tabs,
    rowCount,
    decimalCommaFiles: [],
    notices: [auditTabsOnlyNotice(rowCount, path)],
    readIssues,
  };
}

/**
 * Has ExcelJS's streaming reader pull the sheet's XML through a tap that keeps its merge list (the reader
 * itself drops it). The reader takes its `iterator` when its rows are first asked for, so it is swapped
 * before; the list is whole once the rows are all read.
 */
function tapSheetXml(sheet: object): string[] {
  const reader = sheet as { iterator: Parameters<typeof tapMergeList>[0] };
  const tap = tapMergeList(reader.iterator);
  reader.iterator = tap.chunks;
  return tap.refs;
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
