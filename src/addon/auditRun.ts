// "Run audit": read the tabs, audit, write the audit tab, append history, create settings on the first run.
import { t } from '../core/i18n/catalog';
import { OWN_TAB_NAMES } from '../core/input/tabs';
import type { AuditRequest, AuditResult, NamedGrid, SheetPlan } from '../core/types';
import { runSummary, saveSummary } from './lastRunStore';
import { ownedTarget, type OwnedTarget } from './ownership';
import { writeSnapshots } from './snapshotWriter';
import { rememberTabs } from './tabListing';
import { appendHistoryRow, createTab, replaceTab, type GridRead } from './tabWriter';
import { auditRequest, type Workbook } from './workbook';

/** Where runAudit leaves the audit tab's blocks for sidebarSelectBlock (recomputing would mean a full audit). */
export const BLOCKS_PROPERTY = 'salesProcessAudit.blocks';

export interface StoredBlocks {
  tab: string;
  blocks: SheetPlan['blocks'];
}

export interface AuditInput {
  request: AuditRequest;
  /** The history tab runs append to: the one found by name when it is ours, else ours beside it. */
  history: OwnedTarget | null;
  /** The snapshots tab (SPEC §1.7), found the same way. */
  snapshots: OwnedTarget | null;
}

/** Reads every tab the audit needs. A user's tab named like our history or snapshots tab is not read as ours. */
export function readAuditInput(workbook: Workbook): AuditInput {
  const own = (name: string | null, role: 'history' | 'snapshots') =>
    name === null ? null : ownedTarget(workbook, name, role);
  const history = own(workbook.tabs.history, 'history');
  const snapshots = own(workbook.tabs.snapshots, 'snapshots');
  const tabOf = (target: OwnedTarget | null) =>
    target?.existing ? { sheet: target.existing, base: target.base } : null;
  return {
    request: auditRequest(workbook, { history: tabOf(history), snapshots: tabOf(snapshots) }),
    history,
    snapshots,
  };
}

/** Where the next row of a tab goes: the extent of what this run read of it, at no call. */
function extent(grid: NamedGrid | null | undefined): GridRead {
  const values = grid?.values ?? [];
  return { rows: values.length, columns: values[0]?.length ?? 0 };
}

export interface AuditRun {
  result: AuditResult;
  auditTab: string;
}

/** Writes a computed audit; the caller holds the document lock. */
export function writeAudit(workbook: Workbook, input: AuditInput, result: AuditResult): AuditRun {
  const names = OWN_TAB_NAMES[result.report.language];
  if (result.settingsPlan)
    workbook.tabs.settings = createTab(workbook, result.settingsPlan.name, result.settingsPlan, 'settings');
  const target = ownedTarget(workbook, names.audit, 'audit');
  const history = input.history ?? ownedTarget(workbook, names.history, 'history');
  const snapshots = input.snapshots ?? ownedTarget(workbook, names.snapshots, 'snapshots');
  // The snapshot and the history row are written before the old audit tab goes, so a failed write leaves
  // the previous audit; the snapshot first, as a re-run of the same day replaces it.
  const auditSheet = replaceTab(workbook, target, result.auditPlan, 'audit', () => {
    writeSnapshots(workbook, snapshots, result.snapshot, extent(input.request.snapshots));
    appendHistoryRow(workbook, history, result.history, extent(input.request.history));
  });
  // A tab becomes active when inserted (the staging tab, a new history tab): the user lands on the audit.
  workbook.spreadsheet.setActiveSheet(auditSheet);

  const stored: StoredBlocks = { tab: target.name, blocks: result.auditPlan.blocks };
  PropertiesService.getDocumentProperties().setProperty(BLOCKS_PROPERTY, JSON.stringify(stored));
  saveSummary(runSummary(workbook, input.request, result));
  // The next run finds the history and snapshots tabs through the records kept under these names.
  rememberTabs(workbook.sheetCount, { ...workbook.tabs, history: history.base, snapshots: snapshots.base });
  return { result, auditTab: target.name };
}

export function auditDoneMessage(run: AuditRun): string {
  const { language: lang, overall } = run.result.report;
  if (overall.score === null) return t(lang, 'addon.auditDoneUnrated', { tab: run.auditTab });
  return t(lang, 'addon.auditDone', {
    rating: t(lang, `rating.${overall.rating}`),
    score: Math.round(overall.score),
    tab: run.auditTab,
  });
}
