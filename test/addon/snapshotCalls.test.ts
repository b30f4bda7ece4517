// The snapshot's Spreadsheet calls in whole add-on runs (issue 13: at most three a run): the first run makes
// the tab (the exception, eight calls), a monthly re-run reads and appends (two), and a run at the
// 100,000-row cap that drops the oldest run rewrites the tab (two). Counted on the tab by the stand-in,
// making it (Spreadsheet.insertSheet) included.
import { SNAPSHOT_ROW_CAP } from '../../src/core/movement/snapshot';
import { generateSalesData } from '../../src/core/sample/generator';
import { FakeSpreadsheet } from '../support/fakeSpreadsheet';
import { loadBundle } from '../support/loadBundle';
import { fillTabs, NOW, TODAY } from '../support/scenarios';
import { SNAPSHOT_TAB_CREATION } from '../support/serviceCalls';

const TAB = 'Audit snapshots';
/** A run once the tab exists: its values read with the other tabs, one write. */
const READ_AND_WRITE = {
  'Sheet.getDataRange': 1,
  'Range.getValues': 1,
  'Sheet.getRange': 1,
  'Range.setValues': 1,
};
const MONTH_MS = 31 * 86_400_000;

function spreadsheet(): FakeSpreadsheet {
  const doc = new FakeSpreadsheet({ timeZone: 'Europe/Warsaw', locale: 'en_US' });
  const data = generateSalesData({ deals: 1_000, today: TODAY, seed: 1 });
  fillTabs(doc, [data.deals, data.channels, data.customers]);
  return doc;
}

function run(doc: FakeSpreadsheet, now: Date) {
  const bundle = loadBundle(doc, { now });
  bundle.call('runAudit');
  expect(doc.alerts).toEqual([]);
  return {
    calls: bundle.log.sheetDocumentCalls(TAB),
    byMethod: Object.fromEntries(bundle.log.bySheet.get(TAB) ?? []),
  };
}

describe('snapshot calls per add-on run', () => {
  it('are eight on the first run, two on each monthly re-run', () => {
    const doc = spreadsheet();
    const first = run(doc, new Date(NOW.getTime() - 2 * MONTH_MS));
    expect(first.byMethod).toEqual(SNAPSHOT_TAB_CREATION);
    expect(first.calls).toBe(8);
    const open = doc.sheet(TAB)!.values().length - 1;
    expect(open).toBeGreaterThan(0);

    for (const now of [new Date(NOW.getTime() - MONTH_MS), NOW]) {
      const before = doc.sheet(TAB)!.values();
      const rerun = run(doc, now);
      expect(rerun.byMethod).toEqual(READ_AND_WRITE);
      expect(rerun.calls).toBe(2);
      // Appended: the earlier rows as they were, then this run's.
      const after = doc.sheet(TAB)!.values();
      expect(after.slice(0, before.length)).toEqual(before);
      expect(after.length).toBeGreaterThan(before.length);
      expect(new Set(after.slice(before.length).map((row) => row[0])).size).toBe(1);
    }
    expect(doc.sheet(TAB)!.maxRows).toBeGreaterThanOrEqual(SNAPSHOT_ROW_CAP);
  });

  it('are two on a run at the 100,000-row cap that drops the oldest run and rewrites the tab', () => {
    const doc = spreadsheet();
    run(doc, new Date(NOW.getTime() - MONTH_MS));
    const tab = doc.sheet(TAB)!;
    const [header, ...rows] = tab.values();
    // Older runs fill the tab to the cap, the first audit's rows last.
    const older = SNAPSHOT_ROW_CAP - 1 - rows.length;
    const filler = Array.from({ length: older }, (_, i) => [
      '2023-12-31T12:00:00+01:00',
      `id:old-${i}`,
      'Proposal',
      100,
      '',
      'Ann',
    ]);
    tab.cells = [];
    // As the add-on writes them: text as literal text (a date-like text stays text).
    const literal = (line: unknown[]) =>
      line.map((cell) => (typeof cell === 'string' && cell ? `'${cell}` : cell));
    tab.fill([header, ...filler, ...rows].map(literal));
    expect(tab.values()).toHaveLength(SNAPSHOT_ROW_CAP);

    const atCap = run(doc, NOW);
    expect(atCap.byMethod).toEqual(READ_AND_WRITE);
    expect(atCap.calls).toBe(2);
    const after = tab.values();
    // The December run went; the first audit's rows moved up to the top, this run's follow.
    expect(after.slice(1, 1 + rows.length)).toEqual(rows);
    expect(after.length).toBeGreaterThan(1 + rows.length);
    expect(after.some((row) => String(row[1]).startsWith('id:old-'))).toBe(false);
  });
});
