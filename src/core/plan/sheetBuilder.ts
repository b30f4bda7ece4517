// Builds a SheetPlan row by row, keeping its rectangles (values, formats, colors) the same shape.
import type { CellRange, ChartPlan, DropdownPlan, SheetPlan } from '../types';

export interface PlanCell {
  value: string | number | boolean | Date | null;
  format?: string;
  background?: string | null;
  bold?: boolean;
  color?: string | null;
  wrap?: boolean;
}

export type CellInput = PlanCell | string | number | boolean | Date | null;

export function toCell(input: CellInput): PlanCell {
  return input !== null && typeof input === 'object' && !(input instanceof Date) ? input : { value: input };
}

export class SheetBuilder {
  private readonly rows: PlanCell[][] = [];
  private readonly merges: CellRange[] = [];
  private readonly blocks: SheetPlan['blocks'] = [];
  private readonly charts: ChartPlan[] = [];
  private readonly pageBreaks: number[] = [];
  private readonly dropdowns: DropdownPlan[] = [];
  private frozenRows = 0;

  constructor(
    private readonly name: string,
    private readonly columnWidths: number[],
  ) {}

  /** The 1-based row number the next addRow will fill. */
  get nextRow(): number {
    return this.rows.length + 1;
  }

  addRow(cells: CellInput[] = []): number {
    this.rows.push(cells.map(toCell));
    return this.rows.length;
  }

  /** Fills cells of an existing row from `column` (1-based) on, e.g. a side table next to the main one. */
  setCells(row: number, column: number, cells: CellInput[]): void {
    const target = this.rows[row - 1];
    if (target === undefined) throw new RangeError(`Row ${row} has not been added yet.`);
    while (target.length < column - 1) target.push({ value: null });
    cells.forEach((cell, i) => {
      target[column - 1 + i] = toCell(cell);
    });
  }

  /** Merges columns 1..numColumns (or a given span) of an existing row. */
  merge(range: CellRange): void {
    this.merges.push(range);
  }

  block(id: string, firstRow: number, lastRow: number): void {
    this.blocks.push({
      id,
      range: { row: firstRow, column: 1, numRows: lastRow - firstRow + 1, numColumns: this.width },
    });
  }

  freezeRows(count: number): void {
    this.frozenRows = count;
  }

  /** Starts a printed page at `row` (where the adapter's format can say so: the .xlsx). */
  pageBreakBefore(row: number): void {
    this.pageBreaks.push(row);
  }

  dropdown(dropdown: DropdownPlan): void {
    this.dropdowns.push(dropdown);
  }

  addChart(chart: ChartPlan): void {
    this.charts.push(chart);
  }

  private get width(): number {
    return Math.max(this.columnWidths.length, ...this.rows.map((row) => row.length));
  }

  build(): SheetPlan {
    const width = this.width;
    const grid = this.rows.map((row) => Array.from({ length: width }, (_, i) => row[i] ?? { value: null }));
    return {
      name: this.name,
      values: grid.map((row) => row.map((cell) => cell.value)),
      numberFormats: grid.map((row) => row.map((cell) => cell.format ?? '')),
      backgrounds: grid.map((row) => row.map((cell) => cell.background ?? null)),
      fontWeights: grid.map((row) => row.map((cell) => (cell.bold ? 'bold' : 'normal'))),
      fontColors: grid.map((row) => row.map((cell) => cell.color ?? null)),
      wraps: grid.map((row) => row.map((cell) => cell.wrap ?? false)),
      merges: this.merges,
      columnWidths: this.columnWidths,
      frozenRows: this.frozenRows,
      blocks: this.blocks,
      charts: this.charts,
      dropdowns: this.dropdowns,
      pageBreaks: this.pageBreaks,
    };
  }
}
