// "Run audit": read the tabs, audit, write the audit tab, append history, create settings on the first run.
import { t } from '../core/i18n/catalog';
import { OWN_TAB_NAMES } from '../core/input/tabs';
import type { AuditRequest, AuditResult, SheetPlan } from '../core/types';
import { ownedTarget, type OwnedTarget } from './ownership';
import { appendHistoryRow, createTab, replaceTab } from './tabWriter';
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
}

/** Reads every tab the audit needs. A user's tab named like our history tab is not read as history. */
export function readAuditInput(workbook: Workbook): AuditInput {
  const history =
    workbook.tabs.history === null ? null : ownedTarget(workbook, workbook.tabs.history, 'history');
  return { request: auditRequest(workbook, history?.existing ? history.name : null), history };
}

export interface AuditRun {
  result: AuditResult;
  auditTab: string;
}

/** Writes a computed audit; the caller holds the document lock. */
export function writeAudit(workbook: Workbook, input: AuditInput, result: AuditResult): AuditRun {
  const names = OWN_TAB_NAMES[result.report.language];
  if (result.settingsPlan) createTab(workbook, result.settingsPlan.name, result.settingsPlan, 'settings');
  const target = ownedTarget(workbook, names.audit, 'audit');
  const history = input.history ?? ownedTarget(workbook, names.history, 'history');
  const read = input.request.history?.values ?? [];
  // The history row is written before the old audit tab goes, so a failed write leaves the previous audit.
  const auditSheet = replaceTab(workbook, target, result.auditPlan, 'audit', () =>
    appendHistoryRow(workbook, history, result.history, { rows: read.length, columns: read[0]?.length ?? 0 }),
  );
  // A tab becomes active when inserted (the staging tab, a new history tab): the user lands on the audit.
  workbook.spreadsheet.setActiveSheet(auditSheet);

  const stored: StoredBlocks = { tab: target.name, blocks: result.auditPlan.blocks };
  PropertiesService.getDocumentProperties().setProperty(BLOCKS_PROPERTY, JSON.stringify(stored));
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
