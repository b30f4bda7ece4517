// "Create input tabs" and "Insert sample data": new, formatted Deals / Channels / Customers tabs.
// Existing tabs are never touched.
import { generateSalesData } from '../core/sample/generator';
import { settingsPlan } from '../core/settings/settingsTabWriter';
import { inputTabTemplate, TEMPLATE_DATA_ROWS, type InputTabTemplate } from '../core/templates/inputTabs';
import { TAB_KINDS, type Grid, type Lang, type TabKind } from '../core/types';
import { freeName } from './ownership';
import type { Preferences } from './preferences';
import { createTab } from './tabWriter';
import { literalValues, widthRuns } from './planWriter';
import type { Workbook } from './workbook';

/** Enough deals for every metric to be rated, few enough to read through. */
export const SAMPLE_DEALS = 300;

/**
 * Adds a tab with `grid` (header row first) and the template's formats and dropdowns, matched to the
 * grid's columns by header so the sample data's own column order works too.
 */
function addInputTab(workbook: Workbook, template: InputTabTemplate, grid: Grid): string {
  const name = freeName(workbook.sheets.keys(), template.name);
  const sheet = workbook.spreadsheet.insertSheet(name, workbook.sheets.size);
  workbook.sheets.set(name, sheet);

  const headers = grid[0].map(String);
  const width = headers.length;
  const templateColumn = headers.map((header) => template.headers.indexOf(header));
  const formats = templateColumn.map((index) => (index < 0 ? '' : template.columnFormats[index]));
  const widths = templateColumn.map((index) => (index < 0 ? 120 : template.columnWidths[index]));

  const values = grid.map((row) => Array.from({ length: width }, (_, c) => row[c] ?? null));
  sheet.getRange(1, 1, values.length, width).setValues(literalValues(values));
  sheet.getRange(1, 1, 1, width).setFontWeight('bold');
  sheet
    .getRange(2, 1, TEMPLATE_DATA_ROWS, width)
    .setNumberFormats(Array.from({ length: TEMPLATE_DATA_ROWS }, () => formats));
  for (const dropdown of template.dropdowns) {
    const column = headers.indexOf(template.headers[dropdown.column - 1]) + 1;
    if (column === 0) continue;
    const rule = SpreadsheetApp.newDataValidation()
      .requireValueInList(dropdown.values, true)
      .setAllowInvalid(true)
      .build();
    sheet.getRange(2, column, TEMPLATE_DATA_ROWS, 1).setDataValidation(rule);
  }
  for (const run of widthRuns(widths)) sheet.setColumnWidths(run.start, run.count, run.width);
  sheet.setFrozenRows(1);
  return name;
}

/** Adds the input tabs the spreadsheet lacks, with headers only; returns the names of the tabs added. */
function addMissingInputTabs(workbook: Workbook, lang: Lang, currency: string): string[] {
  return TAB_KINDS.filter((kind) => workbook.tabs[kind] === null).map((kind) => {
    const template = inputTabTemplate(kind, lang, currency);
    return addInputTab(workbook, template, [template.headers]);
  });
}

/**
 * "Create input tabs": the missing input tabs, and the settings tab with its defaults when there is none
 * (where the sidebar keeps answers and the user can see what can be set). Returns the names added.
 */
export function addMissingTabs(workbook: Workbook, preferences: Preferences): string[] {
  const added = addMissingInputTabs(workbook, preferences.lang, preferences.currency);
  if (workbook.tabs.settings === null) {
    const plan = settingsPlan(preferences.settings, preferences.lang);
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
  const sample = generateSalesData({ deals: SAMPLE_DEALS, today, lang });
  const rows = {} as Record<TabKind, number>;
  let first: string | null = null;
  for (const kind of TAB_KINDS) {
    const name = addInputTab(workbook, inputTabTemplate(kind, lang, currency), sample[kind].values);
    first ??= name;
    rows[kind] = sample[kind].values.length - 1;
  }
  const deals = first === null ? undefined : workbook.sheets.get(first);
  if (deals) workbook.spreadsheet.setActiveSheet(deals);
  return rows;
}
