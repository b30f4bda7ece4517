// Merged cells in an input tab (issue 14): Sheets hands a script only the top-left cell's value of a merge
// (the others read as empty), ExcelJS repeats it in every cell. Both adapters fill each merge with its
// top-left value here, so a merged channel or customer counts for every row it spans in both, and say it
// once per tab in the data issues.
import type { CellRange, Grid, ReadIssue } from '../types';

/** A column's letters from its 0-based index: 0 → A, 26 → AA. */
export function columnLetter(column: number): string {
  let letters = '';
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

function columnIndex(letters: string): number {
  let n = 0;
  for (const letter of letters.toUpperCase()) n = n * 26 + letter.charCodeAt(0) - 64;
  return n;
}

const A1_CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

/** `C2:C4` or `C2` (as getA1Notation or a workbook's merge list writes it) as a 1-based range; null when not one. */
export function a1Range(notation: string): CellRange | null {
  const [start, end = start, extra] = notation.split(':');
  if (extra !== undefined) return null;
  const from = A1_CELL.exec(start.trim());
  const to = A1_CELL.exec(end.trim());
  if (!from || !to) return null;
  const rows = [Number(from[2]), Number(to[2])];
  const columns = [columnIndex(from[1]), columnIndex(to[1])];
  const row = Math.min(...rows);
  const column = Math.min(...columns);
  if (row < 1) return null;
  return {
    row,
    column,
    numRows: Math.max(...rows) - row + 1,
    numColumns: Math.max(...columns) - column + 1,
  };
}

export function a1Notation(range: CellRange): string {
  const start = `${columnLetter(range.column - 1)}${range.row}`;
  if (range.numRows === 1 && range.numColumns === 1) return start;
  return `${start}:${columnLetter(range.column + range.numColumns - 2)}${range.row + range.numRows - 1}`;
}

/** The merges whose top-left cell lies in the grid (row 1 of the sheet is the grid's first row), top to bottom. */
function mergesIn(grid: Grid, merges: (CellRange | null)[]): CellRange[] {
  return merges
    .filter(
      (merge): merge is CellRange =>
        merge !== null &&
        merge.row <= grid.length &&
        merge.column <= (grid[merge.row - 1]?.length ?? 0) &&
        merge.numRows * merge.numColumns > 1,
    )
    .sort((a, b) => a.row - b.row || a.column - b.column);
}

/**
 * The grid with every merged cell holding its merge's top-left value, within the grid's extent (a merge
 * reaching below the data adds no rows). Rows a merge touches are copied; the others are the grid's own.
 */
export function fillMergedCells(grid: Grid, merges: (CellRange | null)[]): Grid {
  const inside = mergesIn(grid, merges);
  if (inside.length === 0) return grid;
  const filled = grid.slice();
  for (const merge of inside)
    for (let r = merge.row - 1; r < lastRowOf(merge, grid); r++)
      if (filled[r] === grid[r]) filled[r] = grid[r].slice();
  fillEach(filled, inside);
  return filled;
}

/**
 * The same filling done in the grid itself, for a grid only its reader holds (the runner's streamed
 * sheets): a merge spanning a million rows then copies none of them.
 */
export function fillMergedCellsInPlace(grid: Grid, merges: (CellRange | null)[]): void {
  fillEach(grid, mergesIn(grid, merges));
}

function lastRowOf(merge: CellRange, grid: Grid): number {
  return Math.min(merge.row + merge.numRows - 1, grid.length);
}

/** Merges never overlap (Sheets and Excel refuse it), so each top-left value is still the read one. */
function fillEach(grid: Grid, inside: CellRange[]): void {
  for (const merge of inside) {
    const value = grid[merge.row - 1][merge.column - 1];
    for (let r = merge.row - 1; r < lastRowOf(merge, grid); r++) {
      const line = grid[r];
      const lastColumn = Math.min(merge.column + merge.numColumns - 1, line.length);
      for (let c = merge.column - 1; c < lastColumn; c++) line[c] = value;
    }
  }
}

/**
 * The one data issue a tab's merges make (count and the first, top to bottom), or null when it has none.
 * `unread` more merges were left unread by the adapter (the add-on reads a bounded number of them): the issue
 * then says how many the tab has, how many were filled, and how to be rid of merges.
 */
export function mergedCellsIssue(
  tab: string,
  grid: Grid,
  merges: (CellRange | null)[],
  unread = 0,
): ReadIssue | null {
  const inside = mergesIn(grid, merges);
  if (inside.length === 0 && unread === 0) return null;
  const issue = { tab, row: null, column: null, code: 'merged_cells' } as const;
  if (unread > 0)
    return {
      ...issue,
      key: 'input.mergedCellsBeyondLimit',
      params: { n: inside.length + unread, filled: inside.length },
    };
  return {
    ...issue,
    key: 'input.mergedCells',
    params: { count: inside.length, first: a1Notation(inside[0]) },
  };
}
