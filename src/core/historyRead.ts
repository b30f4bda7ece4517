// Reads the `Audit history` tab (SPEC §4.2) back: where its columns are, and the runs it holds.
//
// Columns are found by their stable ids, never by position or label, so a history survives a switch of the
// audit language, columns a user moved or inserted, and key metrics added later. Two layouts are read:
// 0.2.0 writes a row of labels and, below it, a hidden row of bare ids ("run", "overall", …); 0.1.0 wrote
// one header row whose cells end with the id in brackets ("Win rate [conversations.winRate]").
import { wallClockReader, type WallClock } from './days';
import { readText } from './cells/reading';
import { AREA_IDS } from './types';
import type { AreaId, Cell, Grid } from './types';

export const RUN_ID = 'run';
export const PERIOD_ID = 'period';
export const OVERALL_ID = 'overall';
export const areaColumnId = (area: AreaId) => `area.${area}`;

const ID_IN_HEADER = /\[([A-Za-z0-9_.]+)\]\s*$/;
const BARE_ID = /^[A-Za-z][A-Za-z0-9_]*(\.[A-Za-z0-9_]+)?$/;
/** The header sits at the top; a grid with no ids in its first rows is not a history. */
const HEADER_SEARCH_ROWS = 10;

export interface HistoryLayout {
  /** 0-based index of the row holding the ids; data rows follow it. */
  idRow: number;
  /** 0.1.0's "Label [id]" header (true), or 0.2.0's labels row above a row of bare ids (false). */
  bracketed: boolean;
  /** 0-based column of each id. */
  columns: Map<string, number>;
  /** Number of header columns (the last one with an id, plus one). */
  width: number;
}

function idOf(cell: Cell, bracketed: boolean): string | null {
  if (typeof cell !== 'string') return null;
  const text = cell.trim();
  if (bracketed) return ID_IN_HEADER.exec(text)?.[1] ?? null;
  return BARE_ID.test(text) ? text : null;
}

/** Where the history's ids are; null when the grid has none (no history, or not ours). */
export function historyLayout(grid: Grid | null): HistoryLayout | null {
  if (!grid) return null;
  for (let index = 0; index < Math.min(grid.length, HEADER_SEARCH_ROWS); index++) {
    const row = grid[index];
    for (const bracketed of [false, true]) {
      if (!row.some((cell) => idOf(cell, bracketed) === RUN_ID)) continue;
      const columns = new Map<string, number>();
      row.forEach((cell, column) => {
        const id = idOf(cell, bracketed);
        if (id !== null && !columns.has(id)) columns.set(id, column);
      });
      return { idRow: index, bracketed, columns, width: Math.max(...columns.values()) + 1 };
    }
  }
  return null;
}

export interface HistoryRun {
  /** The run time as the tab has it: ISO text (0.1.0), or the wall-clock time as ISO without a zone. */
  generatedAt: string;
  /** The run time as a date-time serial (wall clock), for charts; null when unreadable as a time. */
  serial: number | null;
  overall: number | null;
  areas: Partial<Record<AreaId, number | null>>;
  metrics: Record<string, number | null>;
}

function number(cell: Cell): number | null {
  if (typeof cell === 'number') return isFinite(cell) ? cell : null;
  if (typeof cell !== 'string' || cell.trim() === '') return null;
  const value = Number(cell.trim());
  return isFinite(value) ? value : null;
}

const SERIAL_OF_DAY_ZERO = 25_569;
const MS_PER_DAY = 86_400_000;

function serialToIso(serial: number): string {
  return new Date(Math.round((serial - SERIAL_OF_DAY_ZERO) * MS_PER_DAY)).toISOString().slice(0, 16);
}

/** ISO text's wall-clock date and time as a serial (its offset ignored, as the audit tab shows it). */
function isoToSerial(iso: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?/.exec(iso);
  if (!match) return null;
  const ms = Date.UTC(+match[1], +match[2] - 1, +match[3], +(match[4] ?? 0), +(match[5] ?? 0));
  return isNaN(ms) ? null : ms / MS_PER_DAY + SERIAL_OF_DAY_ZERO;
}

/** A Date's wall-clock date and time in `timeZone`, as a serial. */
function wallClockSerial(date: Date, wallClockOf: WallClock): number | null {
  if (isNaN(date.getTime())) return null;
  return wallClockOf(date) / MS_PER_DAY + SERIAL_OF_DAY_ZERO;
}

/**
 * Reads a run-time cell: a serial (0.2.0 writes a number), a Date (Sheets hands a date-formatted cell as
 * the instant its wall-clock time means in the spreadsheet's zone), or ISO text (0.1.0).
 */
function runTime(cell: Cell, wallClockOf: WallClock): { iso: string; serial: number | null } | null {
  if (typeof cell === 'number')
    return isFinite(cell) && cell > 0 ? { iso: serialToIso(cell), serial: cell } : null;
  // Sheets hands a date-time cell to a script as a Date: the same wall-clock time as its serial.
  if (cell instanceof Date) {
    const serial = wallClockSerial(cell, wallClockOf);
    return serial === null ? null : { iso: serialToIso(serial), serial };
  }
  const text = readText(cell);
  if (typeof text !== 'string' || text === '') return null;
  return { iso: text, serial: isoToSerial(text) };
}

/**
 * Every run recorded in a history tab, oldest first by run time, not by row: rows are appended, but a
 * user may sort the tab newest first. Rows without a run time are skipped; runs whose time cannot be
 * placed keep their row order before the others. `timeZone` is the spreadsheet's, in which Date cells
 * are read.
 */
export function readHistoryRuns(grid: Grid | null, timeZone = 'UTC'): HistoryRun[] {
  const layout = historyLayout(grid);
  if (!grid || !layout) return [];
  const runColumn = layout.columns.get(RUN_ID)!;
  const wallClockOf = wallClockReader(timeZone);
  const runs: HistoryRun[] = [];
  for (let index = layout.idRow + 1; index < grid.length; index++) {
    const row = grid[index];
    const time = runTime(row[runColumn], wallClockOf);
    if (time === null) continue;
    const at = (id: string): number | null => {
      const column = layout.columns.get(id);
      return column === undefined ? null : number(row[column]);
    };
    const areas: HistoryRun['areas'] = {};
    for (const area of AREA_IDS)
      if (layout.columns.has(areaColumnId(area))) areas[area] = at(areaColumnId(area));
    const metrics: Record<string, number | null> = {};
    for (const id of layout.columns.keys()) {
      if (id !== RUN_ID && id !== PERIOD_ID && id !== OVERALL_ID && !id.startsWith('area.'))
        metrics[id] = at(id);
    }
    runs.push({ generatedAt: time.iso, serial: time.serial, overall: at(OVERALL_ID), areas, metrics });
  }
  // Serials are the spreadsheet zone's wall-clock times, in 0.1.0's ISO text too; sort is stable.
  return runs.sort((a, b) => (a.serial ?? -Infinity) - (b.serial ?? -Infinity));
}

export type PreviousRun = Omit<HistoryRun, 'serial'>;

/** The last run recorded in a history tab, or null when there is none. */
export function readPreviousRun(grid: Grid | null, timeZone = 'UTC'): PreviousRun | null {
  const runs = readHistoryRuns(grid, timeZone);
  const last = runs[runs.length - 1];
  if (!last) return null;
  return { generatedAt: last.generatedAt, overall: last.overall, areas: last.areas, metrics: last.metrics };
}
