// The snapshots tab's write costs one Spreadsheet call once the tab exists (SPEC §6, issue 13: three a run
// with the tab's name in the listing and the read), whatever the number of deals, and never reaches past
// the grid. Making the tab is the exception: eight calls, once.
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
import { SNAPSHOT_TAB_CREATION } from '../support/serviceCalls';
import { SNAPSHOT_ROW_CAP } from '../../src/core/movement/snapshot';

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

function setUp(
  existing: SnapshotRun[] | null,
  options: { gridRows?: number; newSheet?: { rows: number; columns: number } } = {},
) {
  const doc = new FakeSpreadsheet({ timeZone: 'UTC' });
  if (options.newSheet) doc.newSheetSize = options.newSheet;
  doc.addSheet('Deals');
  const grid = existing && [
    HEADER,
    ...existing.flatMap((each) => each.rows.map((row) => encodeRow(each.at, row))),
  ];
  // The grid as an earlier run left it: as large as the cap unless a test says otherwise.
  if (grid) {
    const tab = doc.addSheet('Audit snapshots').fill(grid);
    tab.maxRows = Math.max(grid.length, options.gridRows ?? SNAPSHOT_ROW_CAP);
    tab.maxColumns = HEADER.length;
  }
  const { globals, log } = appsScriptGlobals(doc);
  // writeSnapshots keeps the tab's record in the document properties.
  Object.assign(globalThis, { PropertiesService: globals.PropertiesService });
  const spreadsheet =
    globals.SpreadsheetApp.getActive() as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
  const workbook = openWorkbook(spreadsheet, 'en-US');
  const sheet = workbook.sheets.get('Audit snapshots') ?? null;
  const record = sheet && { id: 2, rows: 0, columns: 6, layout: '' };
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
    'creates the hidden, marked tab of six columns and room for the cap for %i deals, in eight calls',
    (count) => {
      const { doc, log, write } = setUp(null);
      write(run('2024-05-31', count));
      expect(log.toJSON()).toEqual({
        ...SNAPSHOT_TAB_CREATION,
        // The tab's record: not a Spreadsheet call.
        'PropertiesService.getDocumentProperties': 1,
        'Properties.setProperty': 1,
      });
      expect(log.documentCalls()).toBe(8);
      const tab = doc.sheet('Audit snapshots')!;
      expect(tab.hidden).toBe(true);
      expect(tab.values()).toHaveLength(count + 1);
      expect(tab.maxRows).toBe(NEW_SHEET_ROWS + SNAPSHOT_ROW_CAP - 1);
      expect(tab.maxColumns).toBe(6);
      expect(doc.documentProperties.get('salesProcessAudit.snapshots.tab.Audit snapshots')).toBe(
        JSON.stringify({ id: tab.id, rows: 0, columns: 6, layout: '' }),
      );
    },
  );

  it('widens a new tab narrower than the snapshot instead, and sizes one of exactly its width not at all', () => {
    const narrow = setUp(null, { newSheet: { rows: 100, columns: 4 } });
    narrow.write(run('2024-05-31', 3));
    expect(narrow.log.toJSON()).toMatchObject({ 'Sheet.insertColumnsAfter': 1 });
    expect(narrow.log.documentCalls()).toBe(8);
    expect(narrow.doc.sheet('Audit snapshots')!.maxColumns).toBe(6);
    expect(narrow.doc.sheet('Audit snapshots')!.maxRows).toBe(100 + SNAPSHOT_ROW_CAP - 1);

    const exact = setUp(null, { newSheet: { rows: 1, columns: 6 } });
    exact.write(run('2024-05-31', 3));
    expect(exact.log.documentCalls()).toBe(7);
    expect(exact.doc.sheet('Audit snapshots')!.values()).toHaveLength(4);
  });

  it.each([10, 20_000])('appends %i rows in one call', (count) => {
    const { doc, log, write } = setUp([run('2024-04-30', 5)]);
    write(run('2024-05-31', count));
    expect(log.toJSON()).toEqual({ 'Sheet.getRange': 1, 'Range.setValues': 1 });
    expect(log.documentCalls()).toBe(1);
    const values = doc.sheet('Audit snapshots')!.values();
    expect(values).toHaveLength(1 + 5 + count);
    expect(values[6][0]).toBe('2024-05-31T12:00:00Z');
  });

  it('grows a grid a user shrank, at the calls it takes', () => {
    const { doc, log, write } = setUp([run('2024-04-30', 5)], { gridRows: 10 });
    write(run('2024-05-31', 2000));
    expect(log.toJSON()).toMatchObject({
      'Sheet.getMaxRows': 1,
      'Sheet.insertRowsAfter': 1,
      'Sheet.getMaxColumns': 1,
      'Range.setValues': 1,
    });
    expect(log.documentCalls()).toBe(4);
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

  it('drops the oldest run at the 100,000-row cap in one call, within the grid made at creation', () => {
    // A full tab: header, 60,000 rows of April and 39,999 of May; June brings 30,000 more.
    const { doc, log, write } = setUp([run('2024-04-30', 60_000), run('2024-05-31', 39_999)]);
    write(run('2024-06-30', 30_000));
    expect(log.toJSON()).toEqual({ 'Sheet.getRange': 1, 'Range.setValues': 1 });
    const tab = doc.sheet('Audit snapshots')!;
    const values = tab.values();
    expect(values).toHaveLength(1 + 39_999 + 30_000);
    expect(values[1][0]).toBe('2024-05-31T12:00:00Z');
    expect(values[values.length - 1][0]).toBe('2024-06-30T12:00:00Z');
    expect(tab.maxRows).toBe(SNAPSHOT_ROW_CAP);
  });
});
