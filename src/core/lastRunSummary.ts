// The last run's summary (SPEC §6, issue 14): what the sidebar's first view shows, kept by the add-on in
// document properties after each audit, so that opening the sidebar while the last audit is current reads
// no input tab. "Current" is decided by a fingerprint that costs two calls per input tab to take again:
//
// - each input tab's name and its last row and column with content (Sheet.getLastRow / getLastColumn),
// - the settings the tab gives, as parsed (the tab is read whole at every opening anyway: it is small),
// - the spreadsheet's locale and time zone, and this summary's format.
//
// Sheets' Spreadsheet service has no cheap "last modified" time of a spreadsheet or a tab (Drive's File
// getLastUpdated would need a Drive scope, which the add-on does not ask for), and document properties
// belong to the one document, so they describe no other spreadsheet. What the fingerprint misses: an edit
// inside the input tabs that leaves every tab's extent as it was (a stage typed over, a value corrected).
// The sidebar says the figures are the last audit's, from when, and that such edits need a new run.
import type { SidebarReport } from './sidebarReport';
import { sidebarReport } from './sidebarReport';
import type { LastRunSummary } from './server-api';
import {
  TAB_KINDS,
  type AuditReport,
  type Grid,
  type Settings,
  type TabKind,
  type TrendPoint,
} from './types';

/** Changes whenever what is stored changes shape: an older summary then counts as missing. */
const SUMMARY_FORMAT = 1;

export interface TabExtent {
  name: string;
  rows: number;
  columns: number;
}

export interface InputFingerprint {
  format: number;
  tabs: Record<TabKind, TabExtent | null>;
  settings: string;
  locale: string;
  timeZone: string;
}

export interface StoredSummary {
  fingerprint: InputFingerprint;
  report: SidebarReport;
  lastRun: LastRunSummary | null;
  scoreTrend: TrendPoint[];
}

/**
 * A tab's last row and column with content, as getLastRow and getLastColumn give them, from the values its
 * data range held: the data range of an empty tab is one empty cell, where both give 0.
 */
export function gridExtent(name: string, values: Grid): TabExtent {
  const empty = values.length === 1 && values[0].length === 1 && values[0][0] === '';
  return { name, rows: empty ? 0 : values.length, columns: empty ? 0 : (values[0]?.length ?? 0) };
}

/** FNV-1a over the text: settings differ in a few characters, and a 32-bit hash tells them apart. */
function hashText(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `${(hash >>> 0).toString(16)}.${text.length}`;
}

export function inputFingerprint(
  tabs: Partial<Record<TabKind, TabExtent | null>>,
  settings: Settings,
  locale: string,
  timeZone: string,
): InputFingerprint {
  const byKind = {} as Record<TabKind, TabExtent | null>;
  for (const kind of TAB_KINDS) byKind[kind] = tabs[kind] ?? null;
  return {
    format: SUMMARY_FORMAT,
    tabs: byKind,
    settings: hashText(JSON.stringify(settings)),
    locale,
    timeZone,
  };
}

export function sameFingerprint(a: InputFingerprint, b: InputFingerprint): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Document properties hold at most 9 KB a value and 500 KB a store, keys included
 * (https://developers.google.com/apps-script/guides/services/quotas: "Properties value size 9 KB / val",
 * "Properties total storage 500 KB / property store"; measured, a value stops at 8,066 bytes:
 * https://tanaikech.github.io/2023/05/22/report-specification-of-properties-service-for-google-apps-script/).
 * The summary takes pieces of at most PIECE_BYTES and at most SUMMARY_BYTES in all, a fifth of the store.
 */
export const PIECE_BYTES = 8_000;
export const SUMMARY_BYTES = 100_000;

/** The list lengths tried, longest first: the sidebar's own, then shorter until the summary fits. */
const TRIM_STEPS = [
  { list: 50, rows: 20, movement: 10 },
  { list: 20, rows: 10, movement: 5 },
  { list: 10, rows: 5, movement: 3 },
  { list: 5, rows: 3, movement: 2 },
];

function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    // A surrogate pair is one 4-byte character: 2 + 2.
    else if (code >= 0xd800 && code < 0xe000) bytes += 2;
    else bytes += 3;
  }
  return bytes;
}

/** The text cut into pieces of at most `limit` UTF-8 bytes, never inside a surrogate pair. */
function pieces(text: string, limit: number): string[] {
  const out: string[] = [];
  let start = 0;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const size = code < 0x80 ? 1 : code < 0x800 ? 2 : code >= 0xd800 && code < 0xdc00 ? 4 : 3;
    if (code >= 0xdc00 && code < 0xe000) continue;
    if (bytes + size > limit) {
      out.push(text.slice(start, i));
      start = i;
      bytes = 0;
    }
    bytes += size;
  }
  out.push(text.slice(start));
  return out;
}

/**
 * The summary as property values of at most `pieceBytes` each and `totalBytes` in all (keys counted as
 * `keyBytes` each): the report's lists as the sidebar gets them, or shorter until it fits; null when even
 * the shortest does not (the sidebar then reads the tabs, as without a summary).
 */
export function encodeSummary(
  summary: Omit<StoredSummary, 'report'> & { report: AuditReport },
  limits = { pieceBytes: PIECE_BYTES, totalBytes: SUMMARY_BYTES, keyBytes: 40 },
): string[] | null {
  for (const step of TRIM_STEPS) {
    const stored: StoredSummary = { ...summary, report: sidebarReport(summary.report, step) };
    const text = JSON.stringify(stored);
    const parts = pieces(text, limits.pieceBytes);
    if (utf8Bytes(text) + parts.length * limits.keyBytes <= limits.totalBytes) return parts;
  }
  return null;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The stored summary from its pieces; null when one is missing or the whole does not read as a summary. */
export function decodeSummary(parts: (string | null | undefined)[]): StoredSummary | null {
  if (parts.length === 0 || parts.some((part) => typeof part !== 'string')) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(parts.join(''));
  } catch {
    return null;
  }
  if (!isObject(parsed) || !isObject(parsed.fingerprint) || !isObject(parsed.report)) return null;
  if (parsed.fingerprint.format !== SUMMARY_FORMAT || !Array.isArray(parsed.report.areas)) return null;
  if (!Array.isArray(parsed.scoreTrend) || !(parsed.lastRun === null || isObject(parsed.lastRun)))
    return null;
  return parsed as unknown as StoredSummary;
}
