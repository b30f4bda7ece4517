// Writes the `Audit snapshots` tab (SPEC §1.7): hidden, owned, and at most two Spreadsheet calls a run once it
// exists, whatever the number of deals (SPEC §6, issue 13: three): its values read with the other tabs, and one
// setValues. Creating it is the exception (see createSnapshotTab).
import { SNAPSHOT_ROW_CAP } from '../core/movement/snapshot';
import type { SnapshotUpdate } from '../core/types';
import { markOwned, writeRecord, type OwnedTarget } from './ownership';
import { literalValues, rangeThatFits } from './planWriter';
import { insertTab, type GridRead } from './tabWriter';
import type { Workbook } from './workbook';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Rows = (string | number | null)[][];

/**
 * Makes the tab, hidden and marked, with a grid of exactly the snapshot's columns and at least the rows the
 * tab may ever hold (core trims it to SNAPSHOT_ROW_CAP rows), so no later run needs a call to grow it. The
 * grid is cut to the snapshot's width: Sheets counts empty cells against its 10 million cells a spreadsheet,
 * and 26 columns of a new tab over 100,000 rows would be 2.6 million of them (6 columns: 600,000). A new
 * tab's size is asked, not assumed (SPEC §6). Seven calls besides the write: the first run is the exception
 * to the three a run.
 */
function createSnapshotTab(workbook: Workbook, target: OwnedTarget, width: number): Sheet {
  const sheet = insertTab(workbook, target.name);
  markOwned(sheet, 'snapshots');
  sheet.hideSheet();
  const columns = sheet.getMaxColumns();
  if (columns > width) sheet.deleteColumns(width + 1, columns - width);
  else if (columns < width) sheet.insertColumnsAfter(columns, width - columns);
  // A new tab has at least one row; this leaves it at least SNAPSHOT_ROW_CAP.
  sheet.insertRowsAfter(1, SNAPSHOT_ROW_CAP - 1);
  writeRecord('snapshots', target.base, { id: sheet.getSheetId(), rows: 0, columns: width, layout: '' });
  return sheet;
}

/**
 * Appends this run's rows below the `read` extent, or rewrites the tab when earlier runs were dropped (the
 * rows left below the new ones blanked in the same call). A grid a user shrank is grown by rangeThatFits,
 * at the cost of the calls it takes.
 */
export function writeSnapshots(
  workbook: Workbook,
  target: OwnedTarget,
  update: SnapshotUpdate,
  read: GridRead,
): void {
  const width = update.header.length;
  const existing = target.existing;
  const append = existing !== null && update.appendOnly && read.rows > 0;
  const values: Rows = append ? update.rows.slice(read.rows - 1) : [update.header, ...update.rows];
  if (append && values.length === 0) return;
  const sheet = existing ?? createSnapshotTab(workbook, target, width);
  while (!append && values.length < read.rows) values.push([]);
  const rectangle = values.map((cells) => [...cells, ...Array<null>(width - cells.length).fill(null)]);
  const first = append ? read.rows + 1 : 1;
  rangeThatFits(sheet, first, 1, rectangle.length, width).setValues(literalValues(rectangle));
}
