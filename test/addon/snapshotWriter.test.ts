// The snapshots tab's write costs a constant number of Spreadsheet calls (SPEC §6: at most four a run with
// the ownership check and the read), whatever the number of deals, and never reaches past the grid.
import { writeSnapshots } from '../../src/addon/snapshotWriter';
import { openWorkbook } from '../../src/addon/workbook';
import {
  decodeSnapshots,
  encodeRow,
  updateSnapshots,
  type SnapshotRun,
} from '../../src/core/movement/snapshot';
import { appsScriptGlobals } from '../support/appsScriptGlobals';
import { FakeSpreadsheet, NEW_SHEET_ROWS } from '../support/fakeSpreadsheet';

const HEADER = ['Run', 'Deal key', 'Stage', 'Value', 'Expected close', 'Owner'];
const run = (day: string, count: number): SnapshotRun => ({
  at: `${day}T12:00:00Z`,
  day: Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8))) / 86_400_000,
  rows: Array.from({ length: count }, (_, i) => ({
    key: `id:${day}-${i}`,
    stage: 'Proposal',
    value: i,
    expectedClose: null,
    owner: null,
  })),
});

function setUp(existing: SnapshotRun[] | null, recordedRows: number | null = null) {
  const doc = new FakeSpreadsheet({ timeZone: 'UTC' });
  doc.addSheet('Deals');
  const grid = existing && [
    HEADER,
    ...existing.flatMap((each) => each.rows.map((row) => encodeRow(each.at, row))),
  ];
  // The grid as an earlier run left it, recorded with the tab.
  if (grid) doc.addSheet('Audit snapshots').fill(grid).maxRows = Math.max(grid.length, recordedRows ?? 0);
  const { globals, log } = appsScriptGlobals(doc);
  // writeSnapshots keeps the tab's record in the document properties.
  Object.assign(globalThis, { PropertiesService: globals.PropertiesService });
  const spreadsheet =
    globals.SpreadsheetApp.getActive() as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
  const workbook = openWorkbook(spreadsheet, 'en-US');
  const sheet = workbook.sheets.get('Audit snapshots') ?? null;
  const record =
    sheet && recordedRows !== null ? { id: 2, rows: recordedRows, columns: 6, layout: '' } : null;
  log.reset();
  const write = (next: SnapshotRun) => {
    const update = updateSnapshots(decodeSnapshots(grid), next, 'en');
    writeSnapshots(
      workbook,
      { name: 'Audit snapshots', existing: sheet, base: 'Audit snapshots', record },
      update,
      { rows: grid?.length ?? 0, columns: grid?.[0].length ?? 0 },
    );
  };
  return { doc, log, write };
}

describe('writeSnapshots', () => {
  it.each([3, NEW_SHEET_ROWS + 500])(
    'creates the hidden, marked tab with room for a year of runs of %i deals in six calls',
    (count) => {
      const { doc, log, write } = setUp(null);
      write(run('2024-05-31', count));
      // insertSheet, addDeveloperMetadata, hideSheet, insertRowsAfter, setValues, getSheetId (the record).
      expect(log.documentCalls()).toBe(6);
      const tab = doc.sheet('Audit snapshots')!;
      expect(tab.hidden).toBe(true);
      expect(tab.values()).toHaveLength(count + 1);
      expect(tab.maxRows).toBeGreaterThanOrEqual(12 * (count + 1) + 100);
    },
  );

  it.each([10, 20_000])('appends %i rows in one call when the recorded grid has room', (count) => {
    const { doc, log, write } = setUp([run('2024-04-30', 5)], 30_000);
    write(run('2024-05-31', count));
    expect(log.toJSON()).toMatchObject({ 'Range.setValues': 1 });
    expect(log.documentCalls()).toBe(1);
    const values = doc.sheet('Audit snapshots')!.values();
    expect(values).toHaveLength(1 + 5 + count);
    expect(values[6][0]).toBe('2024-05-31T12:00:00Z');
  });

  it('makes room right after the data first when the grid may be too small: two calls', () => {
    const { doc, log, write } = setUp([run('2024-04-30', 5)]);
    write(run('2024-05-31', 2000));
    expect(log.toJSON()).toMatchObject({ 'Sheet.insertRowsAfter': 1, 'Range.setValues': 1 });
    expect(log.documentCalls()).toBe(2);
    expect(doc.sheet('Audit snapshots')!.values()).toHaveLength(1 + 5 + 2000);
  });

  it('rewrites the tab over its old rows when earlier runs were dropped, in one call', () => {
    const { doc, log, write } = setUp([run('2024-04-30', 5), run('2024-05-31', 4)]);
    // A re-run on 2024-05-31 with 2 deals replaces that day's 4 rows: 7 data rows left of 9.
    write(run('2024-05-31', 2));
    expect(log.documentCalls()).toBe(1);
    const values = doc.sheet('Audit snapshots')!.values();
    expect(values).toHaveLength(1 + 5 + 2);
    expect(values.slice(1).map((row) => row[0])).toEqual([
      ...Array<string>(5).fill('2024-04-30T12:00:00Z'),
      ...Array<string>(2).fill('2024-05-31T12:00:00Z'),
    ]);
  });
});
