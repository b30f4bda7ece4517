// The Apps Script entry points (SPEC §5). Each export becomes a top-level function of dist/Code.js;
// they stay `export function` because gas-webpack-plugin does not expose `export const`.
import { buildMenu } from './menu';
import { notYetBuilt } from './notYetBuilt';

export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  buildMenu();
}

export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}

export function runAudit(): void {
  notYetBuilt('Run audit');
}

export function showSidebar(): void {
  notYetBuilt('Open sidebar');
}

export function createInputTabs(): void {
  notYetBuilt('Create input tabs');
}

export function insertSampleData(): void {
  notYetBuilt('Insert sample data');
}

export function showHelp(): void {
  notYetBuilt('Help');
}
