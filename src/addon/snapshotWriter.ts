// Writes the `Audit snapshots` tab (SPEC §1.7): hidden, owned, and at most four Spreadsheet calls a run
// whatever the number of deals (SPEC §6): its name and ownership are read with the other tabs', its values
// with the other reads, and the new rows take one call — two in the month the tab has to grow.
import type { SnapshotUpdate } from '../core/types';
import { markOwned, writeRecord, type OwnedTarget } from './ownership';
import { literalValues, rangeThatFits } from './planWriter';
import { insertTab, type GridRead } from './tabWriter';
import type { Workbook } from './workbook';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Rows = (string | number | null)[][];

/**
 * Room made whenever the tab grows: a year of monthly runs of the size just written (and a hundred rows),
 * so the next runs' rows fit without a call to grow it. The tab's record (document properties) remembers
 * how many rows the grid has at least.
 */
const headroom = (written: number) => 12 * written + 100;

/**
 * Appends this run's rows below the `read` extent, or rewrites the tab when earlier runs were dropped.
 * Rows are inserted right after the data: rows the data has prove the grid reaches that far, so making
 * room needs no call asking for the grid's size, and a grid smaller than recorded is grown by rangeThatFits.
 */
export function writeSnapshots(
  workbook: Workbook,
  target: OwnedTarget,
  update: SnapshotUpdate,
  read: GridRead,
): void {
  const width = update.header.length;
  const existing = target.existing;
  if (!existing) {
    const sheet = insertTab(workbook, target.name, workbook.sheets.size);
    markOwned(sheet, 'snapshots');
    sheet.hideSheet();
    const values = [update.header, ...update.rows];
    // A new tab's grid has at least one row; nothing else is assumed.
    const grown = headroom(values.length);
    sheet.insertRowsAfter(1, grown);
    write(sheet, 1, values, width);
    writeRecord('snapshots', target.base, {
      id: sheet.getSheetId(),
      rows: 1 + grown,
      columns: width,
      layout: '',
    });
    return;
  }
  const append = update.appendOnly && read.rows > 0;
  const values: Rows = append ? update.rows.slice(read.rows - 1) : [update.header, ...update.rows];
  if (append && values.length === 0) return;
  const first = append ? read.rows + 1 : 1;
  const needed = first - 1 + values.length;
  let known = Math.max(target.record?.rows ?? 0, read.rows);
  if (needed > known) {
    const grown = needed - known + headroom(values.length);
    existing.insertRowsAfter(Math.max(read.rows, 1), grown);
    known += grown;
  }
  // A rewrite blanks what is left of the old rows below the new ones.
  while (!append && values.length < read.rows) values.push([]);
  write(existing, first, values, width);
  if (target.record) writeRecord('snapshots', target.base, { ...target.record, rows: known, columns: width });
}

function write(sheet: Sheet, row: number, values: Rows, width: number): void {
  const rectangle = values.map((cells) => [...cells, ...Array<null>(width - cells.length).fill(null)]);
  rangeThatFits(sheet, row, 1, rectangle.length, width).setValues(literalValues(rectangle));
}
