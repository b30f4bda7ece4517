// The `Audit snapshots` tab (SPEC §1.7): one compact row per open deal per run, so the next audit can see
// what moved. A row is run time · deal key · stage · value · expected close date · owner. The tab is the
// add-on's own (hidden, marked), so its columns are read by position.
import { dayToIso, isoToDay, serialToDay } from '../days';
import { t } from '../i18n/catalog';
import type { Cell, Day, Deal, Grid, Lang, SnapshotCell, SnapshotUpdate } from '../types';

/** The tab holds at most this many rows, header included; the oldest runs are dropped first. */
export const SNAPSHOT_ROW_CAP = 100_000;

export interface SnapshotRow {
  key: string;
  stage: string;
  value: number | null;
  expectedClose: Day | null;
  owner: string | null;
}

export interface SnapshotRun {
  /** ISO date-time of the run, as written in its rows. */
  at: string;
  /** The run's calendar day (the date part of `at`, in the zone the run was made in). */
  day: Day;
  rows: SnapshotRow[];
}

export function snapshotHeader(lang: Lang): string[] {
  return [
    t(lang, 'movement.snapshot.run'),
    t(lang, 'movement.snapshot.key'),
    t(lang, 'movement.snapshot.stage'),
    t(lang, 'movement.snapshot.value'),
    t(lang, 'movement.snapshot.expectedClose'),
    t(lang, 'movement.snapshot.owner'),
  ];
}

export function encodeRow(at: string, row: SnapshotRow): SnapshotCell[] {
  return [
    at,
    row.key,
    row.stage,
    row.value,
    row.expectedClose === null ? null : dayToIso(row.expectedClose),
    row.owner,
  ];
}

export function snapshotRow(key: string, deal: Deal): SnapshotRow {
  return { key, stage: deal.stage, value: deal.value, expectedClose: deal.expectedClose, owner: deal.owner };
}

function text(cell: Cell): string | null {
  if (typeof cell !== 'string') return typeof cell === 'number' ? String(cell) : null;
  const trimmed = cell.trim();
  return trimmed === '' ? null : trimmed;
}

/** A date written as ISO text; a spreadsheet that turned it into a date cell or a serial is read too. */
function day(cell: Cell): Day | null {
  if (cell instanceof Date) return isNaN(cell.getTime()) ? null : Math.floor(cell.getTime() / 86_400_000);
  if (typeof cell === 'number') return Number.isFinite(cell) ? serialToDay(cell) : null;
  return typeof cell === 'string' ? isoToDay(cell.trim().slice(0, 10)) : null;
}

/** The run time as text; a Date cell (a hand-edited row) is read as its instant. */
function runTime(cell: Cell): string | null {
  if (cell instanceof Date) return isNaN(cell.getTime()) ? null : cell.toISOString();
  const at = text(cell);
  return at !== null && isoToDay(at.slice(0, 10)) !== null ? at : null;
}

export interface DecodedSnapshots {
  /** Runs in the order they were written (oldest first). */
  runs: SnapshotRun[];
  /** Whether every data row below the header was read: if not, the tab is rewritten, not appended to. */
  clean: boolean;
  /** Data rows below the header, read or not. */
  dataRows: number;
}

/** Reads the tab's grid (header in row 1). Unreadable rows are dropped, and the next write cleans them up. */
export function decodeSnapshots(grid: Grid | null): DecodedSnapshots {
  const runs: SnapshotRun[] = [];
  if (!grid || grid.length < 2) return { runs, clean: true, dataRows: 0 };
  const byTime = new Map<string, SnapshotRun>();
  let clean = true;
  let dataRows = 0;
  for (let index = 1; index < grid.length; index++) {
    const cells = grid[index] ?? [];
    dataRows++;
    const at = runTime(cells[0]);
    const key = text(cells[1]);
    const stage = text(cells[2]);
    if (at === null || key === null || stage === null) {
      clean = false;
      continue;
    }
    let run = byTime.get(at);
    if (!run) {
      run = { at, day: isoToDay(at.slice(0, 10))!, rows: [] };
      byTime.set(at, run);
      runs.push(run);
    }
    const value = cells[3];
    run.rows.push({
      key,
      stage,
      value: typeof value === 'number' && Number.isFinite(value) ? value : null,
      expectedClose: day(cells[4]),
      owner: text(cells[5]),
    });
  }
  return { runs, clean, dataRows };
}

/**
 * The tab after this run: the earlier runs, less any run of the same day (this run supersedes it) and
 * less the oldest ones while the tab would exceed `cap` rows; then this run. A run over the cap by itself
 * is not stored (the tab stays as it was): a cut snapshot would show the deals left out as removed.
 */
export function updateSnapshots(
  decoded: DecodedSnapshots,
  run: SnapshotRun,
  lang: Lang,
  cap = SNAPSHOT_ROW_CAP,
): SnapshotUpdate {
  const header = snapshotHeader(lang);
  const room = cap - 1;
  const fits = run.rows.length <= room;
  const earlier = fits ? decoded.runs.filter((previous) => previous.day !== run.day) : decoded.runs;
  let total = earlier.reduce((sum, previous) => sum + previous.rows.length, fits ? run.rows.length : 0);
  let first = 0;
  while (total > room && first < earlier.length) total -= earlier[first++].rows.length;
  const kept = earlier.slice(first);
  const rows: SnapshotCell[][] = [];
  for (const previous of fits ? [...kept, run] : kept)
    for (const row of previous.rows) rows.push(encodeRow(previous.at, row));
  const untouched = decoded.clean && kept.length === decoded.runs.length;
  return { header, rows, appendOnly: untouched };
}
