// Puts the audit's tabs into the output copy: the audit tab, the history row, and the settings tab on a first run.
import type ExcelJS from 'exceljs';
import type { AuditResult, HistoryAppend } from '../core/types';
import type { ChartImage } from './chartImages';
import { setUpPrinting } from './printSetup';
import { addPlanSheet, pixelsToExcelWidth, writableRow, writableValue } from './writePlan';

export interface OutputTabs {
  /** The input's history tab, to append to; null: create one named newHistoryName. */
  history: string | null;
  newHistoryName: string;
  /** The input's snapshots tab, replaced by the snapshots after this run; null: one named newSnapshotsName. */
  snapshots: string | null;
  newSnapshotsName: string;
}

export function applyResult(
  workbook: ExcelJS.Workbook,
  result: AuditResult,
  tabs: OutputTabs,
  images: readonly ChartImage[] = [],
): ExcelJS.Worksheet {
  // The copy is rebuilt from the input on every run, so a tab of the audit's name in it is an earlier audit
  // (or the add-on's); the user's own file keeps it either way.
  const earlier = workbook.getWorksheet(result.auditPlan.name);
  // The workbook keeps a removed sheet's pictures and writes them all, so the earlier audit's chart
  // pictures are overwritten with this run's instead of piling up in the file run after run.
  const freeSlots = earlier ? earlier.getImages().map((image) => Number(image.imageId)) : [];
  if (earlier) workbook.removeWorksheet(earlier.id);
  const audit = addPlanSheet(workbook, result.auditPlan);
  for (const image of images) placeImage(workbook, audit, image, freeSlots.shift());
  setUpPrinting(audit, result.auditPlan);

  appendHistory(workbook, tabs, result.history);

  writeSnapshots(workbook, result, tabs);
  if (result.settingsPlan) addPlanSheet(workbook, result.settingsPlan);
  openAt(workbook, audit);
  return audit;
}

/** ExcelJS's own list of the workbook's pictures, indexed by image id (not in its typings). */
type WorkbookMedia = { media: { type: 'image'; extension: 'png'; buffer: Buffer }[] };

/**
 * The chart's picture where the add-on puts the native chart: its anchor cell, at its size in pixels.
 * `slot` is the id of a picture nothing shows any more, to reuse.
 */
function placeImage(
  workbook: ExcelJS.Workbook,
  sheet: ExcelJS.Worksheet,
  image: ChartImage,
  slot: number | undefined,
): void {
  const media = (workbook as unknown as WorkbookMedia).media;
  let id: number;
  if (slot !== undefined && media[slot]) {
    media[slot] = { type: 'image', extension: 'png', buffer: image.png };
    id = slot;
  } else {
    id = workbook.addImage({ buffer: image.png as never, extension: 'png' });
  }
  const { anchor, size } = image.chart;
  sheet.addImage(id, {
    tl: { col: anchor.column - 1, row: anchor.row - 1 },
    ext: { width: size.width, height: size.height },
    editAs: 'oneCell',
  });
}

/**
 * Appends the run's row to the history tab: the input's, given header cells for the columns it lacks, or a
 * new one with the labels (bold, wrapped), the hidden row of ids, both frozen, and widths that show them.
 */
function appendHistory(workbook: ExcelJS.Workbook, tabs: OutputTabs, history: HistoryAppend): void {
  let sheet = tabs.history === null ? undefined : workbook.getWorksheet(tabs.history);
  if (sheet) {
    const added = history.added;
    added?.values.forEach((cells, r) =>
      cells.forEach((value, c) => {
        sheet!.getCell(added.row + r, added.column + c).value = writableValue(value);
      }),
    );
  } else {
    const { rows, idRow, columnWidths } = history.header;
    sheet = workbook.addWorksheet(tabs.newHistoryName, { views: [{ state: 'frozen', ySplit: rows.length }] });
    rows.forEach((cells) => sheet!.addRow(writableRow(cells)));
    const labels = sheet.getRow(1);
    labels.font = { name: 'Arial', bold: true };
    labels.alignment = { wrapText: true, vertical: 'top' };
    sheet.getRow(idRow).hidden = true;
    columnWidths.forEach((pixels, i) => {
      sheet!.getColumn(i + 1).width = pixelsToExcelWidth(pixels);
    });
  }
  const row = sheet.addRow(writableRow(history.row));
  history.formats.forEach((format, i) => {
    if (format) row.getCell(i + 1).numFmt = format;
  });
}

/** The snapshots tab (SPEC §1.7) as this run leaves it: hidden, where the earlier one was, or at the end. */
function writeSnapshots(workbook: ExcelJS.Workbook, result: AuditResult, tabs: OutputTabs): void {
  const earlier = tabs.snapshots === null ? undefined : workbook.getWorksheet(tabs.snapshots);
  const name = earlier ? earlier.name : tabs.newSnapshotsName;
  if (earlier) workbook.removeWorksheet(earlier.id);
  const sheet = workbook.addWorksheet(name, { state: 'hidden' });
  sheet.addRow(writableRow(result.snapshot.header)).font = { bold: true };
  sheet.addRows(result.snapshot.rows.map(writableRow));
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
