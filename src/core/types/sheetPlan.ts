// What a tab must look like (values, formats, merges, charts), as the core plans it and an adapter writes it.

import type { Lang } from './settings';

/** 1-based, like Sheets' getRange(row, column, numRows, numColumns). */
export interface CellRange {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

/**
 * A dropdown of values offered in every cell of a range. `allowOthers` keeps a value typed outside the
 * list (Sheets marks it with a warning) rather than refusing it: CRMs and habits name stages differently.
 */
export interface DropdownPlan {
  range: CellRange;
  values: string[];
  allowOthers: boolean;
}

/**
 * What a tab must look like, as full rectangles so an adapter applies each attribute in one call.
 * Strings are literal text: an adapter must never let one become a formula.
 */
export interface SheetPlan {
  /** The tab's name (the adapter may add " (2)" when a user tab has it). */
  name: string;
  values: (string | number | boolean | Date | null)[][];
  /** Same shape as values; '' = the sheet's default. */
  numberFormats: string[][];
  /** Same shape as values; null = no fill. */
  backgrounds: (string | null)[][];
  /** Same shape as values. */
  fontWeights: ('bold' | 'normal')[][];
  /** Same shape as values; null = default color. */
  fontColors: (string | null)[][];
  /** Same shape as values; true wraps the text (table headers), false lets it overflow. */
  wraps: boolean[][];
  merges: CellRange[];
  /** Width in pixels per column, from column 1. */
  columnWidths: number[];
  frozenRows: number;
  /** Blocks the sidebar can jump to, by id (e.g. 'area.acquisition', 'channels'). */
  blocks: { id: string; range: CellRange }[];
  /** The tab's charts, drawn from ranges of the tab itself; adapters replace them on every run. */
  charts: ChartPlan[];
  /** Dropdowns of values to pick from (the input tabs' Stage, Type, Status…), one per range. */
  dropdowns: DropdownPlan[];
  /** Rows that start a new printed page (the .xlsx page setup; Sheets' API has no page breaks). */
  pageBreaks: number[];
}

/** The five charts of the audit tab (SPEC §4.1). */
export type ChartId = 'monthly' | 'scoreTrend' | 'channels' | 'pipeline' | 'lostReasons';

/** What a charted column holds, which decides its axis labels. */
export type ChartUnit = 'text' | 'currency' | 'ratio' | 'count' | 'score';

/** A column of the chart's table: its 1-based sheet column and header text. */
export interface ChartColumn {
  column: number;
  label: string;
  unit: ChartUnit;
}

export interface ChartSeries extends ChartColumn {
  color: string;
  /** Bars (columns, or horizontal bars in a bar chart) or a line with points. */
  mark: 'bars' | 'line';
  /** 0: the left (or bottom) value axis; 1: the right one. */
  axis: 0 | 1;
}

interface ChartBase {
  id: ChartId;
  title: string;
  /** The rows of the chart's table: its header row and the data rows below it. */
  rows: { header: number; first: number; last: number };
  /** Where the chart's top-left corner sits, and its size in pixels. */
  anchor: { row: number; column: number };
  size: { width: number; height: number };
  /** ISO code of the amounts, named in a currency axis's title. */
  currency: string;
  /** The audit's language: number separators of the drawn labels. */
  language: Lang;
}

/** Categories along one axis (months, runs, stages, reasons), one or two value axes. */
export interface CategoryChartPlan extends ChartBase {
  type: 'combo' | 'line' | 'bar';
  /** The categories: text, or a date column (run times) for a line over time. */
  domain: ChartColumn & { dates: boolean };
  series: ChartSeries[];
}

/** One bubble per row: label, x, y, the group that colors it, the value that sizes it (Google's column order). */
export interface BubbleChartPlan extends ChartBase {
  type: 'bubble';
  label: ChartColumn;
  x: ChartColumn;
  y: ChartColumn;
  group: ChartColumn;
  sizeBy: ChartColumn;
  /** Group names as they appear in the group column, in order of first appearance, with their colors. */
  groups: { label: string; color: string }[];
}

export type ChartPlan = CategoryChartPlan | BubbleChartPlan;
