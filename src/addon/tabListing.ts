// Which tab is which, without asking every tab its name on every run. Listing the tabs costs one call per
// tab (Apps Script has no call that returns all the names), so a spreadsheet with many tabs of the owner's
// own would push a run past SPEC §6's budget. A run that succeeded remembers the tabs it used and how many
// tabs there were; the next one reuses that while the count is the same and every remembered name still
// finds its tab (getSheetByName hands out a reference: one call for the count, none per tab), and lists the
// tabs otherwise. An input tab that was missing makes every run list, so a tab the owner renames to
// "Channels" after the audit said there was none is found on the next run.
import { detectTabs, type TabNames } from '../core/input/tabs';
import type { Workbook } from './workbook';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const TABS_PROPERTY = 'salesProcessAudit.tabs';

interface RememberedTabs {
  /** How many tabs the spreadsheet had when the run ended. */
  count: number;
  tabs: TabNames;
}

/** The tabs a run finds by name; history and snapshots are found through their records (ownership.ts). */
const NAMED_ROLES = ['deals', 'channels', 'customers', 'settings'] as const;

export interface TabLookup {
  sheets: Map<string, Sheet>;
  tabs: TabNames;
  count: number;
  /** Whether `sheets` holds every tab (else only those of `tabs`). */
  listed: boolean;
}

/** Every tab by name, and which is which: one call for the listing and one per tab. */
export function listTabs(spreadsheet: Spreadsheet): TabLookup {
  const sheets = new Map<string, Sheet>();
  for (const sheet of spreadsheet.getSheets()) sheets.set(sheet.getName(), sheet);
  return { sheets, tabs: detectTabs([...sheets.keys()]), count: sheets.size, listed: true };
}

function remembered(): RememberedTabs | null {
  const json = PropertiesService.getDocumentProperties().getProperty(TABS_PROPERTY);
  if (!json) return null;
  try {
    const stored = JSON.parse(json) as RememberedTabs;
    return Number.isInteger(stored.count) && typeof stored.tabs === 'object' && stored.tabs ? stored : null;
  } catch {
    return null;
  }
}

/** The tabs the last run used, when they are all still there under their names; else null. */
export function recallTabs(spreadsheet: Spreadsheet): TabLookup | null {
  const stored = remembered();
  if (!stored || NAMED_ROLES.some((role) => typeof stored.tabs[role] !== 'string')) return null;
  if (spreadsheet.getNumSheets() !== stored.count) return null;
  const sheets = new Map<string, Sheet>();
  for (const role of NAMED_ROLES) {
    const name = stored.tabs[role] as string;
    const sheet = spreadsheet.getSheetByName(name);
    if (!sheet) return null;
    sheets.set(name, sheet);
  }
  return { sheets, tabs: stored.tabs, count: stored.count, listed: false };
}

/** Remembers the tabs a run used and how many tabs the spreadsheet has (called once the run succeeded). */
export function rememberTabs(count: number, tabs: TabNames): void {
  const stored: RememberedTabs = { count, tabs };
  PropertiesService.getDocumentProperties().setProperty(TABS_PROPERTY, JSON.stringify(stored));
}

/** Lists every tab, when the workbook was opened from the tabs the last run used: for the rarer paths. */
export function listAllTabs(workbook: Workbook): void {
  if (workbook.listed) return;
  const all = listTabs(workbook.spreadsheet);
  workbook.sheets = all.sheets;
  workbook.sheetCount = all.count;
  workbook.listed = true;
}
