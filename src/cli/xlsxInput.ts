// Reads an .xlsx workbook into the runner's input: whole (so the copy keeps its formatting) when it is small,
// row by row (xlsxStream) when it is big (the copy then holds the audit's tabs only).
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
import { openStreamedWorkbook, type SheetXml } from './xlsxStream';

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
  const tabs = {} as LoadedInput['tabs'];
  const readIssues: ReadIssue[] = [];
  let rowsRead = 0;
  let wanted: ReturnType<typeof detectTabs>;
  try {
    const workbook = await openStreamedWorkbook(fullPath);
    wanted = detectTabs(workbook.sheetNames);
    for (const role of TAB_ROLES) {
      const name = wanted[role];
      tabs[role] = null;
      if (name === null || wanted.deals === null) continue;
      const input = INPUT_ROLES.includes(role);
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
        if (++rowsRead % PROGRESS_EVERY_ROWS === 0) progress.rows(rowsRead);
      }
      const values = rectangular(grid);
      tabs[role] = { name, values };
      // The merge list follows the rows, so the rows already read are filled now, where they are.
      if (input) readIssues.push(...settleInputTab(name, values, { merges, uncalculated }));
    }
  } catch {
    throw new CliError('cli.error.unreadableXlsx', { path });
  }
  if (wanted.deals === null) throw new CliError('cli.error.noDealsTab', { path });
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
