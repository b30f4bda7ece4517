// An in-memory stand-in for the Apps Script services the add-on uses, behaving like Sheets where it
// matters to us: what getValues returns, how setValues parses strings, sheets, formats, metadata, the
// document lock. Every call the bundle makes goes through a counting proxy (see appsScriptGlobals).
import type { FakeChart } from './fakeCharts';

import { FakeScriptState } from './scriptApp';

export type StoredValue = string | number | boolean | Date;

export interface StoredCell {
  value: StoredValue;
  formula: string | null;
}

export interface RangeSpec {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

export interface FakeValidation {
  range: RangeSpec;
  values: string[];
  allowInvalid: boolean;
}

/** What a formula cell returns from getValues: Sheets would compute it; we only need to see it happened. */
export const FORMULA_PLACEHOLDER = '#FORMULA';

const EMPTY: StoredCell = { value: '', formula: null };

/** What a cell written with a number that is not finite shows (see checkCells in appsScriptGlobals). */
export const NUMBER_ERROR = '#NUM!';

/** The grid of a sheet insertSheet creates (and of a new spreadsheet's first sheet). */
export const NEW_SHEET_ROWS = 1000;
export const NEW_SHEET_COLUMNS = 26;

// ------------------------------------------------------------------ time zones

function zoneParts(ms: number, timeZone: string): Record<string, number> {
  const parts: Record<string, number> = {};
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
    hourCycle: 'h23',
  });
  for (const part of format.formatToParts(new Date(ms))) parts[part.type] = Number(part.value);
  return parts;
}

/** The instant at which the wall clock in `timeZone` shows the given date and time. */
export function zonedDate(
  timeZone: string,
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
): Date {
  const guess = Date.UTC(year, month - 1, day, hour, minute);
  const shown = zoneParts(guess, timeZone);
  const offset = Date.UTC(shown.year, shown.month - 1, shown.day, shown.hour, shown.minute) - guess;
  return new Date(guess - offset);
}

/** Utilities.formatDate (Java SimpleDateFormat) for the patterns the add-on uses: yyyy MM dd HH mm ss XXX, 'literals'. */
export function formatDate(date: Date, timeZone: string, pattern: string): string {
  const p = zoneParts(date.getTime(), timeZone);
  const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');
  const offsetMinutes = Math.round(
    (Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) -
      Math.floor(date.getTime() / 1000) * 1000) /
      60_000,
  );
  const offset =
    offsetMinutes === 0
      ? 'Z'
      : `${offsetMinutes < 0 ? '-' : '+'}${pad(Math.trunc(offsetMinutes / 60))}:${pad(offsetMinutes % 60)}`;
  const tokens: Record<string, string> = {
    yyyy: pad(p.year, 4),
    MM: pad(p.month),
    dd: pad(p.day),
    HH: pad(p.hour),
    mm: pad(p.minute),
    ss: pad(p.second),
    XXX: offset,
  };
  return pattern.replace(/'([^']*)'|yyyy|MM|dd|HH|mm|ss|XXX/g, (token, literal?: string) =>
    literal !== undefined ? literal : tokens[token],
  );
}

/** Text of a number format outside quotes and brackets: `0 "days"` has no date part, `yyyy-mm-dd` has. */
export function isDateFormat(format: string): boolean {
  return /[dy]/i.test(format.replace(/"[^"]*"|\[[^\]]*\]|\\./g, ''));
}

/**
 * What getValues returns for a number under a date format: a Date, the serial's wall-clock time in the
 * spreadsheet's zone (Sheets keeps dates as serial numbers and hands them to scripts as Dates).
 */
export function serialToDate(serial: number, timeZone: string): Date {
  const wall = new Date(Math.round((serial - 25_569) * 86_400_000));
  return zonedDate(
    timeZone,
    wall.getUTCFullYear(),
    wall.getUTCMonth() + 1,
    wall.getUTCDate(),
    wall.getUTCHours(),
    wall.getUTCMinutes(),
  );
}

// ------------------------------------------------------------------ what Sheets makes of a written value

/**
 * Parses a written value the way Sheets parses typed input: `=`/`+`/`-` expressions become formulas,
 * a leading apostrophe keeps the rest as text, numbers, TRUE/FALSE and ISO dates become typed values.
 */
export function parseWritten(input: unknown, timeZone: string): StoredCell {
  if (input === null || input === undefined || input === '') return EMPTY;
  if (typeof input === 'number' && !Number.isFinite(input)) return { value: NUMBER_ERROR, formula: null };
  if (typeof input === 'number' || typeof input === 'boolean') return { value: input, formula: null };
  if (input instanceof Date || Object.prototype.toString.call(input) === '[object Date]')
    return { value: new Date((input as Date).getTime()), formula: null };
  const text = String(input);
  if (text.startsWith("'")) return { value: text.slice(1), formula: null };
  const trimmed = text.trim();
  if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(trimmed)) return { value: Number(trimmed), formula: null };
  if (/^[=+-]/.test(trimmed) && trimmed.length > 1) {
    return { value: FORMULA_PLACEHOLDER, formula: trimmed.startsWith('=') ? trimmed : `=${trimmed}` };
  }
  if (/^(true|false)$/i.test(trimmed)) return { value: trimmed.toLowerCase() === 'true', formula: null };
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(trimmed);
  if (iso) return { value: zonedDate(timeZone, +iso[1], +iso[2], +iso[3]), formula: null };
  return { value: text, formula: null };
}

function copyValue(value: StoredValue): StoredValue {
  return value instanceof Date ? new Date(value.getTime()) : value;
}

// ------------------------------------------------------------------ the document

export class FakeSheet {
  cells: StoredCell[][] = [];
  numberFormats = new Map<string, string>();
  backgrounds = new Map<string, string>();
  fontWeights = new Map<string, string>();
  fontColors = new Map<string, string>();
  /** 'true' where the text wraps, as setWraps stored it. */
  wraps = new Map<string, string>();
  merges: RangeSpec[] = [];
  columnWidths = new Map<number, number>();
  frozenRows = 0;
  /** Rows hidden with hideRows (1-based). */
  hiddenRows = new Set<number>();
  hidden = false;
  metadata: { key: string; value: string | null }[] = [];
  charts: FakeChart[] = [];
  validations: FakeValidation[] = [];
  /** The sheet's grid: a range reaching past it is refused, as Sheets refuses it. */
  maxRows = NEW_SHEET_ROWS;
  maxColumns = NEW_SHEET_COLUMNS;

  constructor(
    readonly spreadsheet: FakeSpreadsheet,
    public name: string,
    readonly id: number,
  ) {}

  cell(row: number, column: number): StoredCell {
    return this.cells[row - 1]?.[column - 1] ?? EMPTY;
  }

  write(row: number, column: number, cell: StoredCell): void {
    while (this.cells.length < row) this.cells.push([]);
    const line = this.cells[row - 1];
    while (line.length < column) line.push(EMPTY);
    line[column - 1] = cell;
  }

  /**
   * insertRowsAfter as Sheets does it: blank rows after `after`, the rows below moving down with their
   * values and formats. Merges, validations and charts below are not modelled, so the stand-in refuses them.
   */
  insertRows(after: number, count: number): void {
    if (
      !Number.isInteger(after) ||
      after < 1 ||
      after > this.maxRows ||
      !Number.isInteger(count) ||
      count < 1
    )
      throw new Error(`Those rows are out of bounds (insertRowsAfter(${after}, ${count})).`);
    const below = (range: RangeSpec) => range.row + range.numRows - 1 > after;
    if (
      this.merges.some(below) ||
      this.validations.some((v) => below(v.range)) ||
      this.charts.some((chart) => chart.position.row > after)
    )
      throw new Error('The stand-in does not move merges, validations or charts down.');
    if (this.cells.length > after) this.cells.splice(after, 0, ...Array.from({ length: count }, () => []));
    for (const map of [this.numberFormats, this.backgrounds, this.fontWeights, this.fontColors, this.wraps]) {
      const moved = [...map].map(([key, value]) => {
        const [row, column] = key.split(',').map(Number);
        return [row > after ? `${row + count},${column}` : key, value] as const;
      });
      map.clear();
      for (const [key, value] of moved) map.set(key, value);
    }
    this.hiddenRows = new Set([...this.hiddenRows].map((row) => (row > after ? row + count : row)));
    this.maxRows += count;
  }

  /**
   * deleteColumns as Sheets does it: the columns go, the ones to their right move left with their values
   * and formats, and the grid narrows. Merges, validations and charts to the right are not modelled.
   */
  deleteColumns(start: number, count: number): void {
    const last = start + count - 1;
    if (
      !Number.isInteger(start) ||
      !Number.isInteger(count) ||
      start < 1 ||
      count < 1 ||
      last > this.maxColumns
    )
      throw new Error(`Those columns are out of bounds (deleteColumns(${start}, ${count})).`);
    if (count === this.maxColumns) throw new Error("You can't delete all the columns on the sheet.");
    const right = (range: RangeSpec) => range.column + range.numColumns - 1 >= start;
    if (
      this.merges.some(right) ||
      this.validations.some((v) => right(v.range)) ||
      this.charts.some((chart) => chart.position.column >= start)
    )
      throw new Error('The stand-in does not move merges, validations or charts left.');
    for (const line of this.cells) line.splice(start - 1, count);
    for (const map of [this.numberFormats, this.backgrounds, this.fontWeights, this.fontColors, this.wraps]) {
      const moved = [...map].flatMap(([key, value]) => {
        const [row, column] = key.split(',').map(Number);
        if (column >= start && column <= last) return [];
        return [[column > last ? `${row},${column - count}` : key, value] as const];
      });
      map.clear();
      for (const [key, value] of moved) map.set(key, value);
    }
    this.maxColumns -= count;
  }

  get lastRow(): number {
    for (let r = this.cells.length; r > 0; r--) {
      if (this.cells[r - 1].some((c) => c.value !== '' || c.formula)) return r;
    }
    return 0;
  }

  get lastColumn(): number {
    let last = 0;
    for (const line of this.cells) {
      for (let c = line.length; c > last; c--) {
        if (line[c - 1].value !== '' || line[c - 1].formula) {
          last = c;
          break;
        }
      }
    }
    return last;
  }

  /** The stored values of the data range (test helper, not counted): a date-formatted number stays a number. */
  values(): StoredValue[][] {
    const rows = this.lastRow;
    const columns = this.lastColumn;
    return Array.from({ length: rows }, (_, r) =>
      Array.from({ length: columns }, (_, c) => copyValue(this.cell(r + 1, c + 1).value)),
    );
  }

  formulas(): string[] {
    return this.cells.flatMap((line) => line.map((c) => c.formula).filter((f): f is string => !!f));
  }

  /** Fills the tab from row 1 as a user pasting values would, growing the grid to fit (test helper, not counted). */
  fill(grid: unknown[][]): this {
    this.maxRows = Math.max(this.maxRows, grid.length);
    this.maxColumns = Math.max(this.maxColumns, ...grid.map((line) => line.length));
    grid.forEach((line, r) =>
      line.forEach((value, c) => this.write(r + 1, c + 1, parseWritten(value, this.spreadsheet.timeZone))),
    );
    return this;
  }

  /** Everything a user could see of the tab, for byte-identical comparisons. */
  snapshot(): string {
    return JSON.stringify({
      name: this.name,
      cells: this.cells,
      numberFormats: [...this.numberFormats],
      backgrounds: [...this.backgrounds],
      fontWeights: [...this.fontWeights],
      fontColors: [...this.fontColors],
      wraps: [...this.wraps],
      merges: this.merges,
      columnWidths: [...this.columnWidths],
      frozenRows: this.frozenRows,
      hiddenRows: [...this.hiddenRows],
      maxRows: this.maxRows,
      maxColumns: this.maxColumns,
      metadata: this.metadata,
      charts: this.charts,
      validations: this.validations,
    });
  }
}

export class FakeLock {
  /** Set by a test to play another execution that holds the document lock. */
  heldElsewhere = false;
  held = false;
  /**
   * Writes not yet committed: Sheets batches them until SpreadsheetApp.flush() or the end of the script,
   * so a lock released before flush() lets another execution read the document without them.
   */
  unflushedWrites = 0;
  /** Set to false to play a run without a container document: getDocumentLock() then returns null. */
  available = true;
}

export class FakeSpreadsheet {
  sheets: FakeSheet[] = [];
  timeZone: string;
  locale: string;
  userLocale: string;
  toasts: { message: string; title: string }[] = [];
  alerts: { title: string; message: string }[] = [];
  dialogs: { kind: 'sidebar' | 'modal'; title: string; html: string }[] = [];
  menus: { method: string; args: unknown[] }[] = [];
  documentProperties = new Map<string, string>();
  activeRange: { sheet: string; range: RangeSpec } | null = null;
  lock = new FakeLock();
  /** Triggers, users, granted scopes and the run's context (SPEC §5). */
  script = new FakeScriptState();
  /** A test can make the calls of a method (`setValues`, or on one tab `setValues@Audit history`) throw, to play a failure mid-way. */
  failOn: string | null = null;
  /**
   * Breaches of Apps Script rules that do not throw in Apps Script but break for the user (a lock released
   * with unflushed writes, a modal alert while the lock is held). loadBundle fails a call that made one.
   */
  breaches: string[] = [];
  /** The grid insertSheet gives a new tab; Sheets documents no size, so tests vary it. */
  newSheetSize = { rows: NEW_SHEET_ROWS, columns: NEW_SHEET_COLUMNS };
  private nextSheetId = 1;

  constructor(options: { timeZone?: string; locale?: string; userLocale?: string } = {}) {
    this.timeZone = options.timeZone ?? 'Europe/Warsaw';
    this.locale = options.locale ?? 'en_US';
    this.userLocale = options.userLocale ?? 'en';
  }

  /** Sheets compares tab names case-insensitively: "deals" and "Deals" cannot both exist. */
  nameTaken(name: string, except?: FakeSheet): boolean {
    return this.sheets.some((s) => s !== except && s.name.toLowerCase() === name.toLowerCase());
  }

  addSheet(name: string, index = this.sheets.length): FakeSheet {
    if (this.nameTaken(name))
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    if (!Number.isInteger(index) || index < 0 || index > this.sheets.length)
      throw new Error(`The sheet index ${index} is out of range.`);
    const sheet = new FakeSheet(this, name, this.nextSheetId++);
    sheet.maxRows = this.newSheetSize.rows;
    sheet.maxColumns = this.newSheetSize.columns;
    this.sheets.splice(index, 0, sheet);
    return sheet;
  }

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  sheetNames(): string[] {
    return this.sheets.map((s) => s.name);
  }
}
