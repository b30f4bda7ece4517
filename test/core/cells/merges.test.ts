// Merged cells (issue 14): addresses both ways, every cell of a merge filled with its top-left value within
// the grid, and one data issue per tab naming the first merge.
import {
  a1Notation,
  a1Range,
  fillMergedCells,
  fillMergedCellsInPlace,
  mergedCellsIssue,
} from '../../../src/core/cells/merges';
import type { Grid } from '../../../src/core/types';

describe('a1Range and a1Notation', () => {
  it.each([
    ['C2:C4', { row: 2, column: 3, numRows: 3, numColumns: 1 }],
    ['A1', { row: 1, column: 1, numRows: 1, numColumns: 1 }],
    ['$B$5:$D$6', { row: 5, column: 2, numRows: 2, numColumns: 3 }],
    ['AA10:AB10', { row: 10, column: 27, numRows: 1, numColumns: 2 }],
    ['D4:B2', { row: 2, column: 2, numRows: 3, numColumns: 3 }],
  ])('reads %s', (notation, range) => {
    expect(a1Range(notation)).toEqual(range);
  });

  it.each(['', 'C', '2', 'C0', 'A1:B2:C3', 'Deals!A1', 'A1:'])('refuses %j', (notation) => {
    expect(a1Range(notation)).toBeNull();
  });

  it('writes a range back as the user reads it', () => {
    expect(a1Notation({ row: 2, column: 3, numRows: 3, numColumns: 1 })).toBe('C2:C4');
    expect(a1Notation({ row: 7, column: 26, numRows: 1, numColumns: 2 })).toBe('Z7:AA7');
    expect(a1Notation({ row: 1, column: 1, numRows: 1, numColumns: 1 })).toBe('A1');
  });
});

describe('fillMergedCells', () => {
  const grid: Grid = [
    ['Created', 'Stage', 'Channel', 'Customer'],
    ['2024-01-01', 'Won', 'Fairs', 'Acme'],
    ['2024-01-02', 'Lost', '', ''],
    ['2024-01-03', 'Won', '', 'Beta'],
    ['2024-01-04', 'Open', 'Ads', ''],
  ];

  it('repeats a merge’s top-left value in every cell it spans, and leaves the grid it got as it was', () => {
    const before = JSON.stringify(grid);
    const filled = fillMergedCells(grid, [a1Range('C2:C4'), a1Range('D4:D5')]);
    expect(filled.map((row) => row[2])).toEqual(['Channel', 'Fairs', 'Fairs', 'Fairs', 'Ads']);
    expect(filled.map((row) => row[3])).toEqual(['Customer', 'Acme', '', 'Beta', 'Beta']);
    expect(JSON.stringify(grid)).toBe(before);
    // Rows no merge touches are the grid's own.
    expect(filled[0]).toBe(grid[0]);
  });

  it('fills a block across columns, and stops at the grid’s edge', () => {
    const filled = fillMergedCells(grid, [a1Range('A4:B6'), a1Range('D5:F9')]);
    expect(filled[3]).toEqual(['2024-01-03', '2024-01-03', '', 'Beta']);
    expect(filled[4]).toEqual(['2024-01-03', '2024-01-03', 'Ads', '']);
    expect(filled).toHaveLength(5);
    expect(filled[4]).toHaveLength(4);
  });

  it('ignores merges starting outside the grid, single cells and unreadable addresses', () => {
    const merges = [a1Range('A9:A12'), a1Range('F1:G1'), a1Range('B2'), a1Range('nonsense')];
    expect(fillMergedCells(grid, merges)).toBe(grid);
    expect(mergedCellsIssue('Deals', grid, merges)).toBeNull();
  });
});

describe('fillMergedCellsInPlace', () => {
  it('fills the grid it is given as fillMergedCells fills its copy, copying no row', () => {
    const grid: Grid = [
      ['Created', 'Stage', 'Channel'],
      ['2024-01-01', 'Won', 'Fairs'],
      ['2024-01-02', 'Lost', ''],
      ['', '', ''],
    ];
    const merges = [a1Range('C2:C3'), a1Range('A3:B5')];
    const copied = fillMergedCells(grid, merges);
    const rows = grid.slice();
    fillMergedCellsInPlace(grid, merges);
    expect(grid).toEqual(copied);
    expect(grid[2]).toEqual(['2024-01-02', '2024-01-02', 'Fairs']);
    expect(grid[3]).toEqual(['2024-01-02', '2024-01-02', '']);
    rows.forEach((row, r) => expect(grid[r]).toBe(row));
  });
});

describe('mergedCellsIssue', () => {
  it('counts the tab’s merges once and names the first from the top', () => {
    const grid: Grid = [
      ['a', 'b', 'c'],
      ['1', '', ''],
      ['2', '', ''],
      ['', '', ''],
    ];
    expect(mergedCellsIssue('Deals', grid, [a1Range('B3:C3'), a1Range('C1:C2'), a1Range('A3:A4')])).toEqual({
      tab: 'Deals',
      row: null,
      column: null,
      code: 'merged_cells',
      key: 'input.mergedCells',
      params: { count: 3, first: 'C1:C2' },
    });
  });

  it('says how many merges there are and how many were filled when the adapter left some unread', () => {
    const grid: Grid = [
      ['a', 'b'],
      ['1', ''],
      ['2', ''],
      ['3', ''],
    ];
    expect(mergedCellsIssue('Deals', grid, [a1Range('B1:B2')], 40)).toEqual({
      tab: 'Deals',
      row: null,
      column: null,
      code: 'merged_cells',
      key: 'input.mergedCellsBeyondLimit',
      params: { n: 41, filled: 1 },
    });
  });
});
