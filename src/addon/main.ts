// The Apps Script entry points (SPEC §5). Each export becomes a top-level function of dist/Code.js;
// they stay `export function` because gas-webpack-plugin does not expose `export const`. Only entry
// points are exported here: every top-level function can be called from the sidebar's client.
import './messages';
import type { MappingPatch, SettingsPatch, SidebarState } from '../core/server-api';
import type { QuestionAnswer, QuestionId } from '../core/types';
import type { Schedule } from '../core/schedule';
import { showHelpDialog } from './help';
import { buildMenu } from './menu';
import { createInputTabsAction, insertSampleDataAction, runAuditAction } from './menuActions';
import { runScheduledAudit } from './schedule';
import * as sidebar from './sidebar';
import { setZoneFallback } from '../core/days';
import { formatDateWallClock } from './clock';

// Where the runtime's Intl cannot read the spreadsheet's zone, dates are placed on their days by
// Utilities.formatDate instead (see clock.ts).
setZoneFallback(formatDateWallClock);

export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  buildMenu();
}

export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}

export function runAudit(): void {
  runAuditAction();
}

export function showSidebar(): void {
  sidebar.showSidebarPanel();
}

export function createInputTabs(): void {
  createInputTabsAction();
}

export function insertSampleData(): void {
  insertSampleDataAction();
}

export function showHelp(): void {
  showHelpDialog();
}

export function sidebarLoad(): SidebarState {
  return sidebar.load();
}

export function sidebarRunAudit(): SidebarState {
  return sidebar.runAudit();
}

export function sidebarSaveAnswers(answers: Record<QuestionId, QuestionAnswer>): SidebarState {
  return sidebar.saveAnswers(answers);
}

export function sidebarSaveSettings(patch: SettingsPatch): SidebarState {
  return sidebar.saveSettingsPatch(patch);
}

export function sidebarSaveMapping(patch: MappingPatch): SidebarState {
  return sidebar.saveMapping(patch);
}

export function sidebarCreateInputTabs(): SidebarState {
  return sidebar.createInputTabs();
}

export function sidebarSelectBlock(blockId: string): boolean {
  return sidebar.selectBlock(blockId);
}

export function sidebarSetSchedule(schedule: Schedule | null): SidebarState {
  return sidebar.setMonthlySchedule(schedule);
}

/** The monthly audit's time-driven trigger (SPEC §5). */
export function scheduledAudit(e?: GoogleAppsScript.Events.TimeDriven): void {
  runScheduledAudit(e?.triggerUid ?? null);
}
