// SPEC §4.1: the add-on marks the tabs it creates and never writes into a same-named tab a user made.
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export type OwnedRole = 'audit' | 'history' | 'settings';

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

export interface OwnedTarget {
  /** The name the add-on's tab has or gets: `base`, or `base (2)`, `base (3)`… past users' tabs. */
  name: string;
  /** The add-on's existing tab of that name, or null when the name is free. */
  existing: Sheet | null;
}

/**
 * Finds where the add-on's tab of a role lives: the first of `base`, `base (2)`, … that is either free or
 * carries our mark. Sheets treats tab names case-insensitively, so the lookup does too.
 */
export function ownedTarget(sheetsByName: Map<string, Sheet>, base: string, role: OwnedRole): OwnedTarget {
  const byLowerName = new Map<string, Sheet>();
  sheetsByName.forEach((sheet, name) => byLowerName.set(name.toLowerCase(), sheet));
  for (let n = 1; ; n++) {
    const name = n === 1 ? base : `${base} (${n})`;
    const sheet = byLowerName.get(name.toLowerCase());
    if (!sheet) return { name, existing: null };
    if (isOwned(sheet, role)) return { name, existing: sheet };
  }
}

/** A name no tab has yet: `base`, else `base (2)`, … */
export function freeName(names: Iterable<string>, base: string): string {
  const taken = new Set([...names].map((name) => name.toLowerCase()));
  for (let n = 1; ; n++) {
    const name = n === 1 ? base : `${base} (${n})`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}
