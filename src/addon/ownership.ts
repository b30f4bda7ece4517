// SPEC §4.1: the add-on marks the tabs it creates and never writes into a same-named tab a user made.
// A tab of ours is found by the sheet id recorded in the document properties (getSheetById hands out a
// reference; ids survive renames and re-runs, since a re-run copies onto the tab instead of replacing it), else by
// name and developer-metadata mark (tabs made by 0.1.0, a copy of the spreadsheet whose properties did not
// come along), which records the id for the next run.
import { listAllTabs } from './tabListing';
import type { Workbook } from './workbook';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export type OwnedRole = 'audit' | 'history' | 'settings' | 'snapshots';

/** The role is in the key, so checking a mark reads only keys: each read is a Spreadsheet call. */
export function ownerKey(role: OwnedRole): string {
  return `salesProcessAudit.${role}`;
}

export function isOwned(sheet: Sheet, role: OwnedRole): boolean {
  const key = ownerKey(role);
  return sheet.getDeveloperMetadata().some((entry) => entry.getKey() === key);
}

export function markOwned(sheet: Sheet, role: OwnedRole): void {
  sheet.addDeveloperMetadata(ownerKey(role), role);
}

/**
 * What the add-on remembers of one of its tabs between runs (a document property, far below the 9 KB a
 * value may hold): its sheet id, the extent it last wrote (so a smaller audit blanks the rest without
 * asking the sheet) and the layout it last set (widths and frozen rows are set again only when they change,
 * so a user's own widths stay).
 */
export interface TabRecord {
  id: number;
  rows: number;
  columns: number;
  layout: string;
}

function recordKey(role: OwnedRole, base: string): string {
  return `${ownerKey(role)}.tab.${base}`;
}

export function readRecord(role: OwnedRole, base: string): TabRecord | null {
  const json = PropertiesService.getDocumentProperties().getProperty(recordKey(role, base));
  if (!json) return null;
  try {
    const record = JSON.parse(json) as TabRecord;
    return Number.isInteger(record.id) ? record : null;
  } catch {
    return null;
  }
}

export function writeRecord(role: OwnedRole, base: string, record: TabRecord): void {
  PropertiesService.getDocumentProperties().setProperty(recordKey(role, base), JSON.stringify(record));
}

export interface OwnedTarget {
  /**
   * The name the add-on's tab has or gets: `base`, or `base (2)`, `base (3)`… past users' tabs. A tab found
   * by its recorded id is asked for its name (one call) only when this is read: the history and snapshots
   * tabs are read and written through `existing` and never need it.
   */
  readonly name: string;
  /** The add-on's existing tab, or null when there is none yet. */
  existing: Sheet | null;
  /** The name the tab is recorded under (`base`): one record per role and language. */
  base: string;
  record: TabRecord | null;
}

/**
 * Finds where the add-on's tab of a role lives: the recorded tab when it still exists (under whatever name
 * the user gave it), else the first of `base`, `base (2)`, … that is either free or carries our mark.
 * Sheets treats tab names case-insensitively, so the lookup does too.
 */
export function ownedTarget(workbook: Workbook, base: string, role: OwnedRole): OwnedTarget {
  const record = readRecord(role, base);
  const recorded = record ? workbook.spreadsheet.getSheetById(record.id) : null;
  if (record && recorded) {
    let name: string | null = null;
    return {
      get name() {
        return (name ??= recorded.getName());
      },
      existing: recorded,
      base,
      record,
    };
  }
  listAllTabs(workbook);
  const byLowerName = new Map<string, Sheet>();
  workbook.sheets.forEach((sheet, name) => byLowerName.set(name.toLowerCase(), sheet));
  for (let n = 1; ; n++) {
    const name = n === 1 ? base : `${base} (${n})`;
    const sheet = byLowerName.get(name.toLowerCase());
    if (!sheet) return { name, existing: null, base, record: null };
    if (isOwned(sheet, role)) {
      const found: TabRecord = { id: sheet.getSheetId(), rows: 0, columns: 0, layout: '' };
      writeRecord(role, base, found);
      return { name, existing: sheet, base, record: found };
    }
  }
}
