// "Create input tabs" and "Insert sample data": new Deals / Channels / Customers tabs, written from the
// core's plans by the same plan writer as the audit tab. Existing tabs are never touched.
import { settingsPlan } from '../core/settings/settingsTabWriter';
import { inputTabPlan, sampleTabPlans } from '../core/templates/inputTabs';
import { TAB_KINDS, type Lang, type SheetPlan, type TabKind } from '../core/types';
import { writePlan } from './planWriter';
import type { Preferences } from './preferences';
import { createTab, insertFreeTab } from './tabWriter';
import { sheetNamed, type Workbook } from './workbook';

/** Adds a tab at the end with the plan, named as planned or with " (2)" when a tab has the name. */
function addInputTab(workbook: Workbook, plan: SheetPlan): string {
  const { name, sheet } = insertFreeTab(workbook, plan.name);
  writePlan(sheet, plan);
  return name;
}

/**
 * "Create input tabs": the missing input tabs, and the settings tab with its defaults when there is none
 * (where the sidebar keeps answers and the user can see what can be set). Returns the names added.
 */
export function addMissingTabs(workbook: Workbook, preferences: Preferences): string[] {
  const { lang, currency } = preferences;
  const added = TAB_KINDS.filter((kind) => workbook.tabs[kind] === null).map((kind) =>
    addInputTab(workbook, inputTabPlan(kind, lang, currency)),
  );
  if (workbook.tabs.settings === null) {
    const plan = settingsPlan(preferences.settings, lang);
    added.push(createTab(workbook, plan.name, plan, 'settings'));
  }
  return added;
}

/** The input tabs the spreadsheet already has: sample data goes only where there are none. */
export function existingInputTabs(workbook: Workbook): string[] {
  return TAB_KINDS.map((kind) => workbook.tabs[kind]).filter((name): name is string => name !== null);
}

/** Fills new Deals / Channels / Customers tabs with generated example data; returns the data rows per tab. */
export function addSampleTabs(
  workbook: Workbook,
  lang: Lang,
  currency: string,
  today: string,
): Record<TabKind, number> {
  const rows = {} as Record<TabKind, number>;
  let first: string | null = null;
  for (const sample of sampleTabPlans(lang, currency, today)) {
    const name = addInputTab(workbook, sample.plan);
    first ??= name;
    rows[sample.kind] = sample.rows;
  }
  const deals = first === null ? undefined : sheetNamed(workbook, first);
  if (deals) workbook.spreadsheet.setActiveSheet(deals);
  return rows;
}
