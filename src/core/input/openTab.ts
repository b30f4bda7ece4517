// One input tab being read: its header row found, its columns mapped to fields, and a cursor over its rows
// that reads each cell as its field's kind and logs the issue when a cell cannot be used.
import { isBlankCell, parseBoolean, readText, type Reading } from '../cells/reading';
import { parseDay, type DateContext } from '../cells/dates';
import { parseNumber } from '../cells/numbers';
import { dayToIso } from '../days';
import { t, type MessageKey } from '../i18n/catalog';
import type { Params } from '../i18n/format';
import type { Cell, Day, FieldOf, IssueCode, Lang, NamedGrid, Settings, TabInput, TabKind } from '../types';
import { ColumnDates, latestTwoDigitYear, readerFor } from './columnDates';
import { FIELD_ORDER, REQUIRED_FIELDS } from './fields';
import { reportHeaderIssues } from './headerIssues';
import { findHeaderRow, mapColumns } from './headers';
import type { IssueLog } from './issueLog';

/** 1900-01-01: no sales record is older; an earlier date is a mistyped year. */
const FIRST_PLAUSIBLE_DAY = -25_567;
/** Ten years: an expected close may lie ahead, but not decades. */
const PLAUSIBLE_DAYS_AHEAD = 3_653;
/**
 * A quadrillion: above any deal value, cost or count, and low enough that a million of them add up to a
 * finite number (1e308 twice is Infinity, which would reach the report and the .xlsx).
 */
const LARGEST_PLAUSIBLE_NUMBER = 1e15;

export interface ParseOptions {
  lang: Lang;
  locale: string;
  timeZone: string;
  today: Day;
  mapping: Settings['mapping'];
  stageOutcomes: Settings['stageOutcomes'];
  /** The local runner reads the files: a missing column is fixed there with --map, not in a sidebar. */
  runner?: boolean;
}

function columnHasData(values: Cell[][], column: number, dataStart: number): boolean {
  for (let r = dataStart; r < values.length; r++) if (!isBlankCell(values[r]?.[column])) return true;
  return false;
}

function isBlankRow(cells: Cell[]): boolean {
  for (let i = 0; i < cells.length; i++) if (!isBlankCell(cells[i])) return false;
  return true;
}

/** A cell as the user sees it, for an issue message: a date as its day in the spreadsheet's zone. */
function shownValue(cell: Cell, timeZone: string): string {
  if (cell instanceof Date) {
    const day = readerFor(timeZone)(cell);
    return day === null ? String(cell) : dayToIso(day);
  }
  return String(cell).trim();
}

/** A field and the column feeding it, resolved once per tab so that reading a cell looks nothing up by name. */
interface Column<F extends string> {
  readonly field: F;
  /** 0-based position in the row; null when no column feeds the field (its cells read as blank). */
  readonly index: number | null;
  /** How this column's text dates are read; decided on its first date (see OpenTab.dateContext). */
  dates: DateContext | null;
}

/** An input tab with its header found and columns mapped, ready to read row by row. */
export class OpenTab<K extends TabKind> {
  readonly input: TabInput<FieldOf<K>>;
  /** Per field, its column: read cells through these. */
  readonly columns: Record<FieldOf<K>, Column<FieldOf<K>>>;
  private readonly headers: string[];
  private readonly headerIndex: number;

  // The row being read: reset by next(), so reading a table allocates nothing per row.
  private gridIndex = -1;
  private cells: Cell[] = [];
  /** Set when a cell read in this row makes the row unusable (its issue is already logged). */
  skip = false;

  constructor(
    private readonly kind: K,
    private readonly grid: NamedGrid,
    private readonly options: ParseOptions,
    private readonly log: IssueLog,
    prefer?: (field: FieldOf<K>, column: number, dataStart: number) => boolean,
  ) {
    const fields = FIELD_ORDER[kind] as FieldOf<K>[];
    const required = REQUIRED_FIELDS[kind] as FieldOf<K>[];
    const overrides = options.mapping[kind] as Partial<Record<FieldOf<K>, string>>;
    const header = findHeaderRow(grid.values, (headers) => {
      const { columns } = mapColumns(kind, headers, overrides);
      return required.every((field) => columns[field] !== null);
    });
    this.headers = header?.headers ?? [];
    this.headerIndex = header?.index ?? grid.values.length;
    const dataStart = this.headerIndex + 1;
    const mapping = mapColumns(
      kind,
      this.headers,
      overrides,
      prefer && ((field, column) => prefer(field, column, dataStart)),
      (column) => columnHasData(grid.values, column, dataStart),
    );
    this.columns = {} as Record<FieldOf<K>, Column<FieldOf<K>>>;
    const mappedHeaders = {} as Record<FieldOf<K>, string | null>;
    for (const field of fields) {
      const index = mapping.columns[field];
      this.columns[field] = { field, index, dates: null };
      mappedHeaders[field] = index === null ? null : this.headers[index];
    }
    this.input = {
      found: true,
      tab: grid.name,
      rows: 0,
      used: 0,
      mapping: mappedHeaders,
      headers: this.headers.filter((text, i) => text !== '' && this.headers.indexOf(text) === i),
    };
    if (header === null) {
      log.add(grid.name, null, null, 'no_header', 'input.noHeader', { tab: grid.name });
      return;
    }
    reportHeaderIssues({
      kind,
      tab: grid.name,
      headerRow: header.index + 1,
      headers: this.headers,
      input: this.input,
      mapping,
      missing: required.filter((field) => this.columns[field].index === null),
      options,
      log,
      fieldLabel: (field) => this.fieldLabel(field),
    });
  }

  /** Whether every required column is there, so rows can become records. */
  get usable(): boolean {
    return (
      this.headers.length > 0 &&
      (REQUIRED_FIELDS[this.kind] as FieldOf<K>[]).every((field) => this.columns[field].index !== null)
    );
  }

  /** Moves to the next non-blank data row; false at the end. Blank rows are skipped silently. */
  next(): boolean {
    const values = this.grid.values;
    for (let index = Math.max(this.gridIndex + 1, this.headerIndex + 1); index < values.length; index++) {
      const cells = values[index];
      if (!cells || isBlankRow(cells)) continue;
      this.gridIndex = index;
      this.cells = cells;
      this.skip = false;
      this.input.rows++;
      return true;
    }
    this.gridIndex = values.length;
    return false;
  }

  /** Row number as the user sees it. */
  get row(): number {
    return this.gridIndex + 1;
  }

  cell(column: Column<FieldOf<K>>): Cell {
    return column.index === null ? null : this.cells[column.index];
  }

  /** An issue of a cell; its message may name the column as `{column}`, the owner's header. */
  report(
    column: Column<FieldOf<K>>,
    code: IssueCode,
    key: MessageKey,
    params: Params,
    effect: 'rowSkipped' | 'cellIgnored' | null,
  ): void {
    const header = this.header(column);
    this.log.add(this.grid.name, this.row, header, code, key, { column: header ?? '', ...params }, effect);
    if (effect === 'rowSkipped') this.skip = true;
  }

  /**
   * Common handling of a reading: a value passes; blank is null (an issue when the field is required);
   * an unreadable or error cell is an issue, and drops the row when `badDropsRow`.
   */
  private settle<T>(
    column: Column<FieldOf<K>>,
    reading: Reading<T>,
    required: boolean,
    badDropsRow: boolean,
    badCode: IssueCode,
    badKey: MessageKey,
  ): T | null {
    if (reading === null) {
      if (required) {
        this.report(column, 'missing_required', 'input.missingRequired', {}, 'rowSkipped');
      }
      return null;
    }
    if (reading === 'invalid' || reading === 'error') {
      const value = shownValue(this.cell(column), this.options.timeZone);
      const effect = required || badDropsRow ? 'rowSkipped' : 'cellIgnored';
      if (reading === 'error') this.report(column, 'error_value', 'input.errorValue', { value }, effect);
      else this.report(column, badCode, badKey, { value }, effect);
      return null;
    }
    return reading;
  }

  text(column: Column<FieldOf<K>>, required = false): string | null {
    return this.settle(
      column,
      readText(this.cell(column)),
      required,
      false,
      'error_value',
      'input.errorValue',
    );
  }

  /** A non-negative number, below what any amount, count or score can be (so sums of a million stay finite). */
  number(column: Column<FieldOf<K>>, required = false): number | null {
    const value = this.settle(
      column,
      parseNumber(this.cell(column), this.options.locale),
      required,
      false,
      'bad_number',
      'input.badNumber',
    );
    if (value !== null && value < 0) {
      this.report(
        column,
        'negative_value',
        'input.negativeValue',
        { value: this.log.number(value) },
        required ? 'rowSkipped' : 'cellIgnored',
      );
      return null;
    }
    if (value !== null && value > LARGEST_PLAUSIBLE_NUMBER) {
      const effect = required ? 'rowSkipped' : 'cellIgnored';
      // Written as JavaScript does (1e+308): three hundred grouped digits would say less.
      this.report(column, 'bad_number', 'input.hugeNumber', { value: String(value) }, effect);
      return null;
    }
    return value;
  }

  /** A date between 1900 and ten years after today: `0224-03-06` or `2042` for 2024 is a typo, not a date. */
  day(column: Column<FieldOf<K>>, mode: 'optional' | 'required' | 'dropIfBad' = 'optional'): Day | null {
    const day = this.settle(
      column,
      parseDay(this.cell(column), column.dates ?? this.dateContext(column)),
      mode === 'required',
      mode === 'dropIfBad',
      'bad_date',
      'input.badDate',
    );
    if (day !== null && (day < FIRST_PLAUSIBLE_DAY || day > this.options.today + PLAUSIBLE_DAYS_AHEAD)) {
      const effect = mode === 'optional' ? 'cellIgnored' : 'rowSkipped';
      this.report(column, 'implausible_date', 'input.implausibleDate', { date: this.log.day(day) }, effect);
      return null;
    }
    return day;
  }

  /**
   * A date, or a Yes / No answer where owners only tick whether something happened (a follow-up column of
   * Tak / Nie): Yes is 'undated', No is null. Only short cells can be such words, so dates skip the check.
   */
  dayOrYes(column: Column<FieldOf<K>>): Day | 'undated' | null {
    const cell = this.cell(column);
    const maybeWord = typeof cell === 'boolean' || (typeof cell === 'string' && cell.trim().length <= 6);
    const answer = maybeWord ? parseBoolean(cell) : 'invalid';
    if (answer === true) return 'undated';
    if (answer === false) return null;
    return this.day(column);
  }

  private dateContext(column: Column<FieldOf<K>>): DateContext {
    column.dates = new ColumnDates(
      readerFor(this.options.timeZone),
      latestTwoDigitYear(this.options.today),
      () => this.columnTexts(column),
      this.options.locale,
    );
    return column.dates;
  }

  private columnTexts(column: Column<FieldOf<K>>): string[] {
    const values = this.grid.values;
    const texts: string[] = [];
    if (column.index === null) return texts;
    for (let i = this.headerIndex + 1; i < values.length; i++) {
      const cell = values[i]?.[column.index];
      if (typeof cell === 'string') texts.push(cell);
    }
    return texts;
  }

  /** The column's header as the owner wrote it; null when no column feeds the field. */
  header(column: Column<FieldOf<K>>): string | null {
    return column.index === null ? null : this.headers[column.index];
  }

  fieldLabel(field: FieldOf<K>): string {
    return t(this.options.lang, `input.field.${this.kind}.${field}` as MessageKey);
  }
}
