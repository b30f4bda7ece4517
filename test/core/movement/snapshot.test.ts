import {
  decodeSnapshots,
  encodeRow,
  SNAPSHOT_ROW_CAP,
  updateSnapshots,
  type SnapshotRow,
  type SnapshotRun,
} from '../../../src/core/movement/snapshot';
import type { Grid } from '../../../src/core/types';
import { d } from '../engine/fixtures';

const HEADER = ['Run', 'Deal key', 'Stage', 'Value', 'Expected close', 'Owner'];
const row = (key: string): SnapshotRow => ({
  key,
  stage: 'Proposal',
  value: 10,
  expectedClose: null,
  owner: null,
});
const run = (day: string, count: number, prefix = day): SnapshotRun => ({
  at: `${day}T12:00:00+02:00`,
  day: d(day),
  rows: Array.from({ length: count }, (_, i) => row(`id:${prefix}-${i}`)),
});
const grid = (...runs: SnapshotRun[]): Grid => [
  HEADER,
  ...runs.flatMap((each) => each.rows.map((r) => encodeRow(each.at, r))),
];

describe('snapshot rows', () => {
  it('encode as run time · key · stage · value · expected close · owner and decode back', () => {
    const cells = encodeRow('2026-05-31T12:00:00+02:00', {
      key: 'id:hs-1',
      stage: 'Proposal',
      value: 1234.5,
      expectedClose: d('2026-07-15'),
      owner: 'Ann',
    });
    expect(cells).toEqual(['2026-05-31T12:00:00+02:00', 'id:hs-1', 'Proposal', 1234.5, '2026-07-15', 'Ann']);
    const decoded = decodeSnapshots([HEADER, cells]);
    expect(decoded).toEqual({
      runs: [
        {
          at: '2026-05-31T12:00:00+02:00',
          day: d('2026-05-31'),
          rows: [
            {
              key: 'id:hs-1',
              stage: 'Proposal',
              value: 1234.5,
              expectedClose: d('2026-07-15'),
              owner: 'Ann',
            },
          ],
        },
      ],
      clean: true,
      dataRows: 1,
    });
  });

  it('read a date cell or a serial in the expected close column, and an empty value as none', () => {
    const [run1] = decodeSnapshots([
      HEADER,
      ['2026-05-31T12:00:00+02:00', 'id:1', 'Proposal', '', new Date(Date.UTC(2026, 6, 15)), ''],
      ['2026-05-31T12:00:00+02:00', 'id:2', 'Proposal', 5, 46218, 'Bob'],
    ]).runs;
    expect(run1.rows.map((r) => [r.value, r.expectedClose, r.owner])).toEqual([
      [null, d('2026-07-15'), null],
      [5, d('2026-07-15'), 'Bob'],
    ]);
  });

  it('drop an unreadable row and mark the tab for a rewrite', () => {
    const decoded = decodeSnapshots([
      HEADER,
      ['not a time', 'id:1', 'Proposal', 1, '', ''],
      ['2026-05-31', '', 'x'],
    ]);
    expect(decoded).toEqual({ runs: [], clean: false, dataRows: 2 });
  });
});

describe('updateSnapshots', () => {
  it('appends a new run after the earlier ones', () => {
    const earlier = run('2026-04-30', 2);
    const update = updateSnapshots(decodeSnapshots(grid(earlier)), run('2026-05-31', 1), 'en');
    expect(update.appendOnly).toBe(true);
    expect(update.header).toEqual(HEADER);
    expect(update.rows.map((r) => [r[0], r[1]])).toEqual([
      ['2026-04-30T12:00:00+02:00', 'id:2026-04-30-0'],
      ['2026-04-30T12:00:00+02:00', 'id:2026-04-30-1'],
      ['2026-05-31T12:00:00+02:00', 'id:2026-05-31-0'],
    ]);
  });

  it('replaces a run of the same day', () => {
    const morning = { ...run('2026-05-31', 2), at: '2026-05-31T09:00:00+02:00' };
    const update = updateSnapshots(
      decodeSnapshots(grid(run('2026-04-30', 1), morning)),
      run('2026-05-31', 1),
      'en',
    );
    expect(update.appendOnly).toBe(false);
    expect(update.rows.map((r) => r[0])).toEqual(['2026-04-30T12:00:00+02:00', '2026-05-31T12:00:00+02:00']);
  });

  it('keeps every run while the tab stays within the cap, header included', () => {
    // 59,999 + 20,000 + 20,000 data rows and the header: exactly 100,000 rows.
    const decoded = decodeSnapshots(grid(run('2026-03-31', 59_999), run('2026-04-30', 20_000)));
    const update = updateSnapshots(decoded, run('2026-05-31', 20_000), 'en');
    expect(SNAPSHOT_ROW_CAP).toBe(100_000);
    expect(update.rows.length + 1).toBe(100_000);
    expect(update.appendOnly).toBe(true);
  });

  it('drops the oldest runs first once the tab would pass the cap', () => {
    // One row more than the cap allows: the oldest run (60,000 rows) goes, the next one stays.
    const decoded = decodeSnapshots(grid(run('2026-03-31', 60_000), run('2026-04-30', 20_000)));
    const update = updateSnapshots(decoded, run('2026-05-31', 20_000), 'en');
    expect(update.appendOnly).toBe(false);
    expect(update.rows.length).toBe(40_000);
    expect(update.rows[0][0]).toBe('2026-04-30T12:00:00+02:00');
    expect(update.rows[39_999][0]).toBe('2026-05-31T12:00:00+02:00');
  });

  it('does not store a run that alone passes the cap, and keeps the earlier ones', () => {
    const decoded = decodeSnapshots(grid(run('2026-04-30', 3)));
    const update = updateSnapshots(decoded, run('2026-05-31', SNAPSHOT_ROW_CAP), 'en');
    expect(update.rows.length).toBe(3);
    expect(update.appendOnly).toBe(true);
  });

  it('writes the header in the audit language', () => {
    expect(updateSnapshots(decodeSnapshots(null), run('2026-05-31', 0), 'pl').header).toEqual([
      'Audyt',
      'Klucz transakcji',
      'Etap',
      'Wartość',
      'Planowana data zamknięcia',
      'Handlowiec',
    ]);
  });
});
