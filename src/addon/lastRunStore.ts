// The last run's summary in the document properties (see core/lastRunSummary.ts): every audit run leaves
// it, and the sidebar opens from it while the input tabs are as the run read them.
import { historyWithRun, lastRunOf } from '../core/history';
import {
  decodeSummary,
  encodeSummary,
  gridExtent,
  inputFingerprint,
  type InputFingerprint,
  type StoredSummary,
  type TabExtent,
} from '../core/lastRunSummary';
import { TAB_KINDS, type AuditRequest, type AuditResult, type Settings, type TabKind } from '../core/types';
import { sheetNamed, type Workbook } from './workbook';

/** The number of pieces; the pieces are `<this>.0`, `<this>.1`, … */
const SUMMARY_PROPERTY = 'salesProcessAudit.lastRun';
/** More pieces than this cannot be ours (the summary is capped far below): the count is corrupt. */
const MAX_PIECES = 50;

const pieceKey = (index: number) => `${SUMMARY_PROPERTY}.${index}`;

/** The fingerprint of the tabs a run read, from the values it read: no call. */
export function runFingerprint(
  workbook: Workbook,
  request: AuditRequest,
  settings: Settings,
): InputFingerprint {
  const tabs: Partial<Record<TabKind, TabExtent>> = {};
  for (const kind of TAB_KINDS) {
    const grid = request[kind];
    if (grid) tabs[kind] = gridExtent(grid.name, grid.values);
  }
  return inputFingerprint(tabs, settings, workbook.locale, workbook.timeZone);
}

/** The fingerprint of the input tabs as they are: two calls per input tab, whatever its size. */
export function currentFingerprint(workbook: Workbook, settings: Settings): InputFingerprint {
  const tabs: Partial<Record<TabKind, TabExtent>> = {};
  for (const kind of TAB_KINDS) {
    const name = workbook.tabs[kind];
    const sheet = name === null ? undefined : sheetNamed(workbook, name);
    if (sheet && name !== null)
      tabs[kind] = { name, rows: sheet.getLastRow(), columns: sheet.getLastColumn() };
  }
  return inputFingerprint(tabs, settings, workbook.locale, workbook.timeZone);
}

/** What the sidebar shows right after a run: this report, compared with the run before it. */
export function runSummary(
  workbook: Workbook,
  request: AuditRequest,
  result: AuditResult,
): Omit<StoredSummary, 'report'> & { report: AuditResult['report'] } {
  return {
    // The settings the run used: the tab's, or the defaults it writes into a new settings tab.
    fingerprint: runFingerprint(workbook, request, result.settings),
    report: result.report,
    lastRun: lastRunOf(historyWithRun(request.history?.values ?? null, result.history), workbook.timeZone),
    scoreTrend: result.scoreTrend,
  };
}

/**
 * Stores the summary in one setProperties call and removes pieces an earlier, longer summary left. One too
 * large to store (see encodeSummary) leaves none: the sidebar then reads the tabs. So does a store the
 * other properties have filled: the summary only saves the sidebar time, so it never fails a run, and an
 * older one is removed rather than shown for this run.
 */
export function saveSummary(summary: Parameters<typeof encodeSummary>[0]): void {
  const properties = PropertiesService.getDocumentProperties();
  const before = Number(properties.getProperty(SUMMARY_PROPERTY)) || 0;
  const parts = encodeSummary(summary) ?? [];
  const values: Record<string, string> = { [SUMMARY_PROPERTY]: String(parts.length) };
  parts.forEach((part, index) => (values[pieceKey(index)] = part));
  let kept = parts.length;
  try {
    properties.setProperties(values);
  } catch {
    properties.deleteProperty(SUMMARY_PROPERTY);
    kept = 0;
  }
  for (let index = kept; index < Math.min(Math.max(before, parts.length), MAX_PIECES); index++)
    properties.deleteProperty(pieceKey(index));
}

/** The stored summary; null when there is none or it does not read whole. */
export function loadSummary(): StoredSummary | null {
  const all = PropertiesService.getDocumentProperties().getProperties();
  const count = Number(all[SUMMARY_PROPERTY]);
  if (!Number.isInteger(count) || count < 1 || count > MAX_PIECES) return null;
  return decodeSummary(Array.from({ length: count }, (_, index) => all[pieceKey(index)]));
}
