// Puts the audit's tabs into the output copy: the audit tab, the history row, and the settings tab on a first run.
import type ExcelJS from 'exceljs';
import type { AuditResult } from '../core/types';
import { addPlanSheet } from './writePlan';

export interface OutputTabs {
  /** The input's history tab, to append to; null: create one named newHistoryName. */
  history: string | null;
  newHistoryName: string;
}

export function applyResult(
  workbook: ExcelJS.Workbook,
  result: AuditResult,
  tabs: OutputTabs,
): ExcelJS.Worksheet {
  // The copy is rebuilt from the input on every run, so a tab of the audit's name in it is an earlier audit
  // (or the add-on's); the user's own file keeps it either way.
  const earlier = workbook.getWorksheet(result.auditPlan.name);
  if (earlier) workbook.removeWorksheet(earlier.id);
  const audit = addPlanSheet(workbook, result.auditPlan);

  const history =
    (tabs.history !== null && workbook.getWorksheet(tabs.history)) || createHistory(workbook, tabs, result);
  const row = history.addRow(result.historyRow);
  result.historyFormats.forEach((format, i) => {
    if (format) row.getCell(i + 1).numFmt = format;
  });

  if (result.settingsPlan) addPlanSheet(workbook, result.settingsPlan);
  openAt(workbook, audit);
  return audit;
}

function createHistory(workbook: ExcelJS.Workbook, tabs: OutputTabs, result: AuditResult): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(tabs.newHistoryName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(result.historyHeader).font = { bold: true };
  return sheet;
}

// ExcelJS reads and writes a sheet view's tabSelected but leaves it out of its typings.
type SheetView = Partial<ExcelJS.WorksheetView> & { tabSelected?: boolean };

/** Opens the copy on the audit tab: the user ran the audit to read it. */
function openAt(workbook: ExcelJS.Workbook, sheet: ExcelJS.Worksheet): void {
  const index = workbook.worksheets.indexOf(sheet);
  // A sheet read from a file written without <sheetViews> (ExcelJS itself, some exporters) has views = null.
  for (const other of workbook.worksheets) {
    for (const view of (other.views ?? []) as SheetView[]) view.tabSelected = other === sheet;
  }
  if (!sheet.views?.length) sheet.views = [{ tabSelected: true } as SheetView];
  workbook.views = [
    { x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: index, visibility: 'visible' },
  ];
}
