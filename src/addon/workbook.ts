// Reads what the add-on needs from the open spreadsheet: sheet names once, then one getValues per tab.
import { detectTabs, type TabNames } from '../core/input/tabs';
import type { AuditRequest, NamedGrid } from '../core/types';
import { isoDateIn, isoDateTimeIn } from './clock';
import { ownedTarget } from './ownership';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface Workbook {
  spreadsheet: Spreadsheet;
  sheets: Map<string, Sheet>;
  tabs: TabNames;
  /** BCP 47, e.g. `pl-PL` (Sheets says `pl_PL`). */
  locale: string;
  timeZone: string;
}

export function spreadsheetLocale(spreadsheet: Spreadsheet): string {
  return spreadsheet.getSpreadsheetLocale().replace(/_/g, '-');
}

export function openWorkbook(spreadsheet: Spreadsheet, locale: string): Workbook {
  const sheets = new Map<string, Sheet>();
  for (const sheet of spreadsheet.getSheets()) sheets.set(sheet.getName(), sheet);
  const workbook: Workbook = {
    spreadsheet,
    sheets,
    tabs: detectTabs([...sheets.keys()]),
    locale,
    timeZone: spreadsheet.getSpreadsheetTimeZone(),
  };
  // Beside a settings tab a user typed, ours is `<name> (2)` (see rewriteSettings): ours is the one read.
  const settings = workbook.tabs.settings;
  const names = new Set([...sheets.keys()].map((name) => name.toLowerCase()));
  if (settings && names.has(`${settings} (2)`.toLowerCase())) {
    const ours = ownedTarget(workbook, settings, 'settings');
    if (ours.existing) workbook.tabs.settings = ours.name;
  }
  return workbook;
}

export function readTab(workbook: Workbook, name: string | null): NamedGrid | null {
  const sheet = name === null ? undefined : workbook.sheets.get(name);
  return sheet && name !== null ? { name, values: sheet.getDataRange().getValues() } : null;
}

/** Everything the audit reads; `today` and the run time are the spreadsheet zone's. */
export function auditRequest(
  workbook: Workbook,
  own: { history: string | null; snapshots: string | null },
): AuditRequest {
  const now = new Date();
  return {
    deals: readTab(workbook, workbook.tabs.deals),
    channels: readTab(workbook, workbook.tabs.channels),
    customers: readTab(workbook, workbook.tabs.customers),
    settings: readTab(workbook, workbook.tabs.settings),
    history: readTab(workbook, own.history),
    snapshots: readTab(workbook, own.snapshots),
    today: isoDateIn(workbook.timeZone, now),
    generatedAt: isoDateTimeIn(workbook.timeZone, now),
    timeZone: workbook.timeZone,
    locale: workbook.locale,
  };
}
