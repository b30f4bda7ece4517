// Creates and replaces the add-on's own tabs. A replacement is built completely in a new tab before the
// old one is deleted, so a failure half-way leaves the previous tab as it was.
import type { AuditResult, SheetPlan } from '../core/types';
import { freeName, isOwned, markOwned, type OwnedRole, type OwnedTarget } from './ownership';
import { literalValues, writePlan } from './planWriter';
import type { Workbook } from './workbook';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Suffix of the tab a replacement is built in; never translated, so a leftover is found in any language. */
const BUILDING_SUFFIX = '(building)';

function insertOwned(workbook: Workbook, name: string, role: OwnedRole, index: number): Sheet {
  const sheet = workbook.spreadsheet.insertSheet(name, index);
  markOwned(sheet, role);
  workbook.sheets.set(name, sheet);
  return sheet;
}

function deleteTab(workbook: Workbook, name: string, sheet: Sheet): void {
  workbook.spreadsheet.deleteSheet(sheet);
  workbook.sheets.delete(name);
}

/** Creates a new tab of ours from a plan, at the end; returns its name (`name`, or `name (2)`… when taken). */
export function createTab(workbook: Workbook, name: string, plan: SheetPlan, role: OwnedRole): string {
  const free = freeName(workbook.sheets.keys(), name);
  writePlan(insertOwned(workbook, free, role, workbook.sheets.size), plan);
  return free;
}

/**
 * Writes the plan as the target tab: builds it in `<name> (building)`, runs `beforeSwap` (writes that must
 * succeed for the new tab to count), then deletes the old tab and takes its name and place. Until the swap
 * a failure leaves the old tab as it was. A leftover building tab of an interrupted run is removed first.
 */
export function replaceTab(
  workbook: Workbook,
  target: OwnedTarget,
  plan: SheetPlan,
  role: OwnedRole,
  beforeSwap: () => void = () => undefined,
): Sheet {
  const buildingName = `${target.name} ${BUILDING_SUFFIX}`;
  const leftover = workbook.sheets.get(buildingName);
  if (leftover && isOwned(leftover, role)) deleteTab(workbook, buildingName, leftover);

  // The map keeps getSheets() order, so the old tab's position is known without asking Sheets.
  const index = target.existing
    ? [...workbook.sheets.values()].indexOf(target.existing)
    : workbook.sheets.size;
  const name = freeName(workbook.sheets.keys(), buildingName);
  const sheet = insertOwned(workbook, name, role, index);
  try {
    writePlan(sheet, plan);
    beforeSwap();
  } catch (error) {
    try {
      deleteTab(workbook, name, sheet);
    } catch {
      // The write error is the one worth reporting; a leftover building tab is removed by the next run.
    }
    throw error;
  }
  if (target.existing) deleteTab(workbook, target.name, target.existing);
  sheet.setName(target.name);
  workbook.sheets.delete(name);
  workbook.sheets.set(target.name, sheet);
  return sheet;
}

/** The extent of the history tab's data this run read: where the next row goes, at no call. */
export interface GridRead {
  rows: number;
  columns: number;
}

/**
 * Makes room for a row after `read` on an existing tab. A user may have deleted the empty rows below the
 * history (tidy tabs are common), and Sheets refuses to write past a tab's grid.
 */
function roomForRow(sheet: Sheet, read: GridRead, width: number): void {
  const maxRows = sheet.getMaxRows();
  if (read.rows + 1 > maxRows) sheet.insertRowsAfter(maxRows, read.rows + 1 - maxRows);
  // Data as wide as the row proves the columns are there; only a wider row needs to ask.
  if (width > read.columns) {
    const maxColumns = sheet.getMaxColumns();
    if (width > maxColumns) sheet.insertColumnsAfter(maxColumns, width - maxColumns);
  }
}

/**
 * Appends one formatted row to the history tab, creating it (header and frozen header row) on the first
 * run. `read` is the extent of the existing tab's data this run read.
 */
export function appendHistoryRow(
  workbook: Workbook,
  target: OwnedTarget,
  history: Pick<AuditResult, 'historyHeader' | 'historyRow' | 'historyFormats'>,
  read: GridRead,
): void {
  const { historyHeader: header, historyRow: row, historyFormats: formats } = history;
  const width = Math.max(header.length, row.length);
  const pad = <T>(cells: T[], filler: T): T[] => [...cells, ...Array<T>(width - cells.length).fill(filler)];
  if (target.existing) {
    roomForRow(target.existing, read, width);
    target.existing
      .getRange(read.rows + 1, 1, 1, width)
      .setValues(literalValues([pad(row, null)]))
      .setNumberFormats([pad(formats, '')]);
    return;
  }
  const sheet = insertOwned(workbook, target.name, 'history', workbook.sheets.size);
  sheet
    .getRange(1, 1, 2, width)
    .setValues(literalValues([pad<string | number | null>(header, null), pad(row, null)]))
    .setNumberFormats([pad([], ''), pad(formats, '')]);
  sheet.setFrozenRows(1);
}
