// Creates and rewrites the add-on's own tabs. A rewrite is built completely in a staging tab and then
// copied onto the kept tab in one call (SPEC §6), so the tab keeps its sheet id (a user's formula, link
// or named range pointing at it keeps working) and a failure before the copy leaves it as it was.
import type { HistoryAppend, SheetPlan } from '../core/types';
import {
  isOwned,
  markOwned,
  writeRecord,
  type OwnedRole,
  type OwnedTarget,
  type TabRecord,
} from './ownership';
import {
  rangeThatFits,
  layoutKey,
  literalValues,
  planExtent,
  writeCells,
  writeLayout,
  widthRuns,
  writePlan,
} from './planWriter';
import { writeCharts } from './chartWriter';
import { listAllTabs } from './tabListing';
import { freeTabName, sheetNamed, type Workbook } from './workbook';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Suffix of the tab a rewrite is built in; never translated, so a leftover is found in any language. */
const BUILDING_SUFFIX = '(building)';
/** The staging tab being built, so the next run can remove one an interrupted run left behind. */
const STAGING_PROPERTY = 'salesProcessAudit.staging';

/** Inserts a tab of this name after the last one (a new tab becomes the active one). */
export function insertTab(workbook: Workbook, name: string): Sheet {
  const sheet = workbook.spreadsheet.insertSheet(name, workbook.sheetCount);
  workbook.sheets.set(name, sheet);
  workbook.sheetCount++;
  return sheet;
}

/**
 * Inserts a tab named `base`, or `base (2)`, … when a tab has the name. Without the full listing a name is
 * checked with getSheetByName, which Google does not say compares case-insensitively as tab names are
 * unique: should Sheets refuse the name, the tabs are listed and a free name taken.
 */
export function insertFreeTab(workbook: Workbook, base: string): { name: string; sheet: Sheet } {
  const name = freeTabName(workbook, base);
  try {
    return { name, sheet: insertTab(workbook, name) };
  } catch (error) {
    if (workbook.listed) throw error;
    listAllTabs(workbook);
    const free = freeTabName(workbook, base);
    return { name: free, sheet: insertTab(workbook, free) };
  }
}

function deleteTab(workbook: Workbook, name: string, sheet: Sheet): void {
  workbook.spreadsheet.deleteSheet(sheet);
  workbook.sheets.delete(name);
  workbook.sheetCount--;
}

function recordOf(sheet: Sheet, plan: SheetPlan, id = sheet.getSheetId()): TabRecord {
  return { id, ...planExtent(plan), layout: layoutKey(plan) };
}

/** Creates a new tab of ours from a plan, at the end; returns its name (`base`, or `base (2)`… when taken). */
export function createTab(workbook: Workbook, base: string, plan: SheetPlan, role: OwnedRole): string {
  const { name, sheet } = insertFreeTab(workbook, base);
  markOwned(sheet, role);
  writePlan(sheet, plan);
  writeRecord(role, base, recordOf(sheet, plan));
  return name;
}

/**
 * Removes a staging tab an interrupted run left: the one the property names while it is set (a run
 * clears it when done), or one of 0.1.0, which marked its building tabs.
 */
function removeLeftover(workbook: Workbook, buildingName: string, role: OwnedRole): void {
  const properties = PropertiesService.getDocumentProperties();
  const recorded = properties.getProperty(STAGING_PROPERTY);
  const leftover = recorded === null ? undefined : sheetNamed(workbook, recorded);
  if (recorded !== null && leftover) deleteTab(workbook, recorded, leftover);
  const named = sheetNamed(workbook, buildingName);
  if (named && isOwned(named, role)) deleteTab(workbook, buildingName, named);
}

/** Runs `build`; on a failure removes the tab it was building and rethrows. */
function building(workbook: Workbook, name: string, sheet: Sheet, build: () => void): void {
  try {
    build();
  } catch (error) {
    try {
      deleteTab(workbook, name, sheet);
    } catch {
      // The write error is the one worth reporting; a leftover staging tab is removed by the next run.
    }
    throw error;
  }
}

/**
 * Writes the plan as the target tab. `beforeSwap` runs once the new content is complete and before it
 * replaces the old (writes that must succeed for the new tab to count). Until then a failure leaves the
 * target as it was. A first run builds the new tab in place (nothing to keep whole yet); later runs build in a
 * staging tab and copy its cells onto the kept tab (values, formulas, formats and merges: CopyPasteType
 * PASTE_NORMAL, https://developers.google.com/apps-script/reference/spreadsheet/copy-paste-type). What a
 * copy does not carry is set on the kept tab itself: widths and frozen rows when the plan changes them,
 * the chart. Returns the written tab.
 */
export function replaceTab(
  workbook: Workbook,
  target: OwnedTarget,
  plan: SheetPlan,
  role: OwnedRole,
  beforeSwap: () => void = () => undefined,
): Sheet {
  const buildingName = `${target.name} ${BUILDING_SUFFIX}`;
  removeLeftover(workbook, buildingName, role);
  const kept = target.existing;
  if (!kept) {
    // Nothing to keep whole: the tab is built under its own name and removed if the build fails. A run
    // cut short by Apps Script's time limit leaves it half written and marked; the next run rewrites it.
    const sheet = insertTab(workbook, target.name);
    building(workbook, target.name, sheet, () => {
      markOwned(sheet, role);
      writePlan(sheet, plan);
      beforeSwap();
    });
    writeRecord(role, target.base, recordOf(sheet, plan));
    return sheet;
  }

  // The old content to blank: what the last run wrote, or (first run after 0.1.0) what the tab holds.
  const old = target.record?.rows
    ? target.record
    : { rows: kept.getLastRow(), columns: kept.getLastColumn() };
  const extent = planExtent(plan);
  const cover = { rows: Math.max(extent.rows, old.rows), columns: Math.max(extent.columns, old.columns) };
  const { name, sheet: staging } = insertFreeTab(workbook, buildingName);
  PropertiesService.getDocumentProperties().setProperty(STAGING_PROPERTY, name);
  building(workbook, name, staging, () => {
    writeCells(staging, plan, cover);
    beforeSwap();
    // One call: it either lands whole or leaves the kept tab as it was.
    staging
      .getRange(1, 1, cover.rows, cover.columns)
      .copyTo(kept.getRange(1, 1), SpreadsheetApp.CopyPasteType.PASTE_NORMAL, false);
  });
  const layout = layoutKey(plan);
  if (target.record?.layout !== layout) writeLayout(kept, plan);
  // Charts are not copied with the cells: the kept tab's are rebuilt in place from its new cells.
  writeCharts(kept, plan.charts, true);
  deleteTab(workbook, name, staging);
  PropertiesService.getDocumentProperties().deleteProperty(STAGING_PROPERTY);
  writeRecord(role, target.base, { id: target.record?.id ?? kept.getSheetId(), ...extent, layout });
  return kept;
}

/** The extent of a tab's data this run read: where the next row goes, at no call. */
export interface GridRead {
  rows: number;
  columns: number;
}

/**
 * Appends the run's row to the history tab. A new tab gets its header first: the labels (bold, wrapped),
 * the row of ids (hidden: it is for programs), both frozen, and widths that show the labels. An existing
 * tab gets header cells for the columns it lacks, if any. `read` is the extent of its data this run read.
 */
export function appendHistoryRow(
  workbook: Workbook,
  target: OwnedTarget,
  history: HistoryAppend,
  read: GridRead,
): void {
  const { row, formats } = history;
  if (target.existing) {
    // A user may have deleted the empty rows below the history (tidy tabs are common).
    rangeThatFits(target.existing, read.rows + 1, 1, 1, row.length)
      .setValues(literalValues([row]))
      .setNumberFormats([formats]);
    if (history.added) {
      const { row: top, column, values } = history.added;
      rangeThatFits(target.existing, top, column, values.length, values[0].length).setValues(
        literalValues(values),
      );
    }
    return;
  }
  const { rows: header, idRow, columnWidths } = history.header;
  const sheet = insertTab(workbook, target.name);
  markOwned(sheet, 'history');
  writeRecord('history', target.base, { id: sheet.getSheetId(), rows: 0, columns: 0, layout: '' });
  const width = row.length;
  const fill = <T>(value: T) => Array<T>(width).fill(value);
  const below = [...header.slice(1), row];
  const weights = [fill<'bold' | 'normal'>('bold'), ...below.map(() => fill<'bold' | 'normal'>('normal'))];
  rangeThatFits(sheet, 1, 1, header.length + 1, width)
    .setValues(literalValues([...header, row]))
    .setNumberFormats([...header.map(() => fill('')), formats])
    .setFontWeights(weights)
    .setWraps([fill(true), ...below.map(() => fill(false))]);
  sheet.hideRows(idRow);
  sheet.setFrozenRows(header.length);
  for (const run of widthRuns(columnWidths)) sheet.setColumnWidths(run.start, run.count, run.width);
}
