// Reads what the add-on needs from the open spreadsheet: which tab is which (tabListing.ts), then one
// getValues per tab.
import { a1Range, fillMergedCells, mergedCellsIssue } from '../core/cells/merges';
import type { TabNames } from '../core/input/tabs';
import type { AuditRequest, Grid, NamedGrid, ReadIssue } from '../core/types';
import { isoDateIn, isoDateTimeIn } from './clock';
import { ownedTarget } from './ownership';
import { listTabs, recallTabs } from './tabListing';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface Workbook {
  spreadsheet: Spreadsheet;
  /** Tabs by name: every tab once `listed`, else those the last run used (see tabListing.ts). */
  sheets: Map<string, Sheet>;
  listed: boolean;
  /** How many tabs the spreadsheet has, kept up to date as the add-on inserts and deletes its own. */
  sheetCount: number;
  tabs: TabNames;
  /** BCP 47, e.g. `pl-PL` (Sheets says `pl_PL`). */
  locale: string;
  timeZone: string;
}

export function spreadsheetLocale(spreadsheet: Spreadsheet): string {
  return spreadsheet.getSpreadsheetLocale().replace(/_/g, '-');
}

export function openWorkbook(spreadsheet: Spreadsheet, locale: string): Workbook {
  const recalled = recallTabs(spreadsheet);
  const lookup = recalled ?? listTabs(spreadsheet);
  const workbook: Workbook = {
    spreadsheet,
    sheets: lookup.sheets,
    listed: lookup.listed,
    sheetCount: lookup.count,
    tabs: lookup.tabs,
    locale,
    timeZone: spreadsheet.getSpreadsheetTimeZone(),
  };
  // Beside a settings tab a user typed, ours is `<name> (2)` (see rewriteSettings): ours is the one read.
  // (A recalled settings tab is already the one the last run read.)
  const settings = workbook.tabs.settings;
  if (!recalled && settings && isTaken(workbook, `${settings} (2)`)) {
    const ours = ownedTarget(workbook, settings, 'settings');
    if (ours.existing) workbook.tabs.settings = ours.name;
  }
  return workbook;
}

/** The tab of this name, if any (asked by name when the workbook has not listed every tab). */
export function sheetNamed(workbook: Workbook, name: string): Sheet | undefined {
  const known = workbook.sheets.get(name);
  if (known || workbook.listed) return known;
  const sheet = workbook.spreadsheet.getSheetByName(name);
  if (sheet) workbook.sheets.set(name, sheet);
  return sheet ?? undefined;
}

/** Whether a tab has this name; Sheets compares tab names case-insensitively. */
export function isTaken(workbook: Workbook, name: string): boolean {
  const lower = name.toLowerCase();
  if ([...workbook.sheets.keys()].some((taken) => taken.toLowerCase() === lower)) return true;
  return !workbook.listed && sheetNamed(workbook, name) !== undefined;
}

/** A name no tab has yet: `base`, else `base (2)`, … */
export function freeTabName(workbook: Workbook, base: string): string {
  for (let n = 1; ; n++) {
    const name = n === 1 ? base : `${base} (${n})`;
    if (!isTaken(workbook, name)) return name;
  }
}

export function readTab(workbook: Workbook, name: string | null): NamedGrid | null {
  const sheet = name === null ? undefined : sheetNamed(workbook, name);
  return sheet && name !== null ? { name, values: sheet.getDataRange().getValues() } : null;
}

/**
 * Merges an input tab may hold that the add-on fills: a table merged row by row (thousands of merges) would
 * otherwise cost thousands of calls, a time a run cannot afford. Beyond it the owner is asked to unmerge.
 */
export const MERGES_READ_PER_TAB = 200;

/**
 * An input tab's values with its merged cells filled with their top-left value, as the runner reads them
 * (Sheets' getValues gives the other cells of a merge as empty). The merges take one call per tab:
 * Range.getMergedRanges "returns an array of Range objects representing merged cells that either are fully
 * within the current range, or contain at least one cell in the current range"
 * (https://developers.google.com/apps-script/reference/spreadsheet/range#getMergedRanges()). A merge's
 * getA1Notation is its own address, not the document's state: SPEC §6 does not count it. It is still one
 * Spreadsheet service method per merge ("Returns a string description of the range, in A1 notation", with
 * the spreadsheet scopes: https://developers.google.com/apps-script/reference/spreadsheet/range#getA1Notation()),
 * so a tab's first MERGES_READ_PER_TAB merges are read and the data issue tells the owner of the rest.
 */
function readInputTab(workbook: Workbook, name: string | null, issues: ReadIssue[]): NamedGrid | null {
  const sheet = name === null ? undefined : sheetNamed(workbook, name);
  if (!sheet || name === null) return null;
  const range = sheet.getDataRange();
  const read = range.getValues() as Grid;
  const mergedRanges = range.getMergedRanges();
  const merges = mergedRanges.slice(0, MERGES_READ_PER_TAB).map((merge) => a1Range(merge.getA1Notation()));
  const values = fillMergedCells(read, merges);
  const unread = mergedRanges.length - merges.length;
  const merged = mergedCellsIssue(name, values, merges, unread);
  if (merged) issues.push(merged);
  return { name, values };
}

/** A tab of ours, read through the sheet its recorded id found (its name would cost a call and says nothing). */
export interface OwnTab {
  sheet: Sheet;
  /** The name it is recorded under. */
  base: string;
}

function readOwnTab(tab: OwnTab | null): NamedGrid | null {
  return tab && { name: tab.base, values: tab.sheet.getDataRange().getValues() };
}

/** Everything the audit reads; `today` and the run time are the spreadsheet zone's. */
export function auditRequest(
  workbook: Workbook,
  own: { history: OwnTab | null; snapshots: OwnTab | null },
): AuditRequest {
  const now = new Date();
  const readIssues: ReadIssue[] = [];
  return {
    deals: readInputTab(workbook, workbook.tabs.deals, readIssues),
    channels: readInputTab(workbook, workbook.tabs.channels, readIssues),
    customers: readInputTab(workbook, workbook.tabs.customers, readIssues),
    settings: readTab(workbook, workbook.tabs.settings),
    history: readOwnTab(own.history),
    snapshots: readOwnTab(own.snapshots),
    today: isoDateIn(workbook.timeZone, now),
    generatedAt: isoDateTimeIn(workbook.timeZone, now),
    timeZone: workbook.timeZone,
    locale: workbook.locale,
    readIssues,
  };
}
