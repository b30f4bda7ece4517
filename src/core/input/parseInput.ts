// Turns the three input tabs into records (SPEC §3). Nothing here throws on cell content: every row that
// cannot be used and every cell that is ignored becomes a DataIssue, and the remaining rows are used.
//
// Decisions the spec leaves open:
// - A deal whose created date is blank, unreadable or after today is dropped (created is required); a
//   closed date before the created date is ignored and the deal kept.
// - A channel-cost row needs a channel and a cost; a cost row whose date cannot be read is dropped rather
//   than counted in every period. A Channels tab without a cost column yields no rows (one tab issue).
// - A customer listed twice: the first row wins, the later one is an issue.
// - Stage names read as open are not issues; they are listed once in `openStages`.
// - Deals missing, or without a usable header or created/stage column: `dealsBlocker` returns the issue
//   that explains it, and the engine must not run the audit (SPEC §3.2).
// - Row numbers assume the grid starts at cell A1 (getDataRange, CSV, xlsx worksheet).
import { dateReader, dayToIso } from '../days';
import { t, type MessageKey } from '../i18n/catalog';
import type { Params } from '../i18n/format';
import { keyNormalizer } from '../text';
import type {
  Cell,
  ChannelCost,
  Customer,
  DataIssue,
  Day,
  Deal,
  DealField,
  DealType,
  FieldOf,
  Grid,
  IssueCode,
  Lang,
  NamedGrid,
  Outcome,
  ParsedInput,
  Settings,
  TabInput,
  TabKind,
} from '../types';
import { FIELD_ORDER, REQUIRED_FIELDS } from './fields';
import { findHeaderRow, mapColumns } from './headers';
import { OWN_TAB_NAMES } from './tabs';
import {
  classifyDealType,
  classifyStage,
  detectDayFirst,
  isBlankCell,
  isValue,
  parseBoolean,
  parseDay,
  parseNumber,
  readText,
  type DateContext,
  type Reading,
} from './values';

export interface ParseOptions {
  lang: Lang;
  locale: string;
  timeZone: string;
  today: Day;
  mapping: Settings['mapping'];
  stageOutcomes: Settings['stageOutcomes'];
}

export interface InputTabs {
  deals: NamedGrid | null;
  channels: NamedGrid | null;
  customers: NamedGrid | null;
}

const NUMBER_LOCALE: Record<Lang, string> = { en: 'en-US', pl: 'pl-PL' };

class IssueLog {
  readonly issues: DataIssue[] = [];
  private numberFormat: Intl.NumberFormat | null = null;
  constructor(private readonly lang: Lang) {}

  /** A number for a message, written as the audit's language writes it (-1234,5 in Polish). */
  number(value: number): string {
    this.numberFormat ??= new Intl.NumberFormat(NUMBER_LOCALE[this.lang], { maximumFractionDigits: 6 });
    return this.numberFormat.format(value);
  }

  add(
    tab: string,
    row: number | null,
    column: string | null,
    code: IssueCode,
    key: MessageKey,
    params: Params = {},
    effect: 'rowSkipped' | 'cellIgnored' | null = null,
  ): void {
    const reason = t(this.lang, key, shortened(params));
    const message = effect === null ? reason : `${reason} ${t(this.lang, `input.effect.${effect}`)}`;
    this.issues.push({ tab, row, column, code, message });
  }
}

const QUOTED_TEXT_LENGTH = 100;

/** A huge cell quoted whole would make the message too long for a cell of the audit tab (Excel holds 32,767). */
function shortened(params: Params): Params {
  const short: Params = {};
  for (const [name, value] of Object.entries(params)) {
    short[name] =
      typeof value === 'string' && value.length > QUOTED_TEXT_LENGTH
        ? `${value.slice(0, QUOTED_TEXT_LENGTH)}…`
        : value;
  }
  return short;
}

function isBlankRow(cells: Cell[]): boolean {
  for (let i = 0; i < cells.length; i++) if (!isBlankCell(cells[i])) return false;
  return true;
}

function columnLetter(column: number): string {
  let letters = '';
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
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

/**
 * How one column's dates are read. Its day/month order is decided from all its texts (SPEC §3.1) when the
 * first `a/b/yyyy`-like text needs it: a column of date cells or ISO texts is never scanned for it.
 */
class ColumnDates implements DateContext {
  private decided: boolean | null = null;

  constructor(
    readonly readDate: (date: Date) => Day | null,
    readonly latestTwoDigitYear: number,
    private readonly texts: () => string[],
    private readonly locale: string,
  ) {}

  get dayFirst(): boolean {
    this.decided ??= detectDayFirst(this.texts(), this.locale);
    return this.decided;
  }
}

/** An input tab with its header found and columns mapped, ready to read row by row. */
class OpenTab<K extends TabKind> {
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
    const headerRow = header.index + 1;
    for (const { field, header: text } of mapping.unknownOverrides) {
      log.add(grid.name, null, text, 'bad_setting', 'input.unknownOverride', {
        field: this.fieldLabel(field),
        column: text,
        tab: grid.name,
      });
    }
    for (const column of mapping.duplicates) {
      const text = this.headers[column];
      const first = this.headers.findIndex((other, i) => i < column && other === text);
      log.add(grid.name, headerRow, text, 'duplicate_header', 'input.duplicateHeader', {
        column: text,
        letter: columnLetter(first >= 0 ? first : column),
      });
    }
    for (const field of required) {
      if (this.columns[field].index !== null) continue;
      const key = kind === 'deals' ? 'input.missingColumn.deals' : 'input.missingColumn.other';
      log.add(grid.name, null, null, 'missing_column', key, {
        tab: grid.name,
        field: this.fieldLabel(field),
      });
    }
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

  report(
    column: Column<FieldOf<K>>,
    code: IssueCode,
    key: MessageKey,
    params: Params,
    effect: 'rowSkipped' | 'cellIgnored' | null,
  ): void {
    this.log.add(
      this.grid.name,
      this.row,
      column.index === null ? null : this.headers[column.index],
      code,
      key,
      params,
      effect,
    );
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
        this.report(
          column,
          'missing_required',
          'input.missingRequired',
          { field: this.fieldLabel(column.field) },
          'rowSkipped',
        );
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

  /** A non-negative number. */
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
    return value;
  }

  day(column: Column<FieldOf<K>>, mode: 'optional' | 'required' | 'dropIfBad' = 'optional'): Day | null {
    return this.settle(
      column,
      parseDay(this.cell(column), column.dates ?? this.dateContext(column)),
      mode === 'required',
      mode === 'dropIfBad',
      'bad_date',
      'input.badDate',
    );
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

  fieldLabel(field: FieldOf<K>): string {
    return t(this.options.lang, `input.field.${this.kind}.${field}` as MessageKey);
  }
}

/** Two-digit years reach ten years ahead of today and ninety back (DateContext.latestTwoDigitYear). */
function latestTwoDigitYear(today: Day): number {
  return new Date(today * 86_400_000).getUTCFullYear() + 10;
}

const readers = new Map<string, (date: Date) => Day | null>();
function readerFor(timeZone: string): (date: Date) => Day | null {
  let reader = readers.get(timeZone);
  if (reader === undefined) {
    reader = dateReader(timeZone);
    readers.set(timeZone, reader);
  }
  return reader;
}

function emptyInput<F extends string>(kind: TabKind): TabInput<F> {
  const mapping = {} as Record<F, string | null>;
  for (const field of FIELD_ORDER[kind] as F[]) mapping[field] = null;
  return { found: false, tab: null, rows: 0, used: 0, mapping, headers: [] };
}

function columnHasOutcomes(
  grid: Grid,
  column: number,
  dataStart: number,
  overrides: Record<string, Outcome>,
) {
  // A column of open stages is read to its end; each distinct name is classified once.
  const seen = new Set<string>();
  for (let i = dataStart; i < grid.length; i++) {
    const text = readText(grid[i]?.[column]);
    if (!isValue(text) || seen.has(text)) continue;
    if (classifyStage(text, overrides) !== 'open') return true;
    seen.add(text);
  }
  return false;
}

const DEAL_DATE_FIELDS: ReadonlySet<DealField> = new Set(['created', 'closed', 'delivered', 'followUp']);
const DATE_SAMPLE = 20;

/**
 * Whether any of the first values of a column reads as a date (in either day/month order), so that a
 * Salesforce report's `Closed` checkbox (1/0) does not take the closed date from its `Close Date` column.
 */
function columnHasDates(grid: Grid, column: number, dataStart: number, options: ParseOptions): boolean {
  const context: DateContext = {
    readDate: readerFor(options.timeZone),
    dayFirst: true,
    latestTwoDigitYear: latestTwoDigitYear(options.today),
  };
  const monthFirst: DateContext = { ...context, dayFirst: false };
  let sampled = 0;
  for (let i = dataStart; i < grid.length && sampled < DATE_SAMPLE; i++) {
    const cell = grid[i]?.[column];
    if (isBlankCell(cell)) continue;
    sampled++;
    if (isValue(parseDay(cell, context)) || isValue(parseDay(cell, monthFirst))) return true;
  }
  return false;
}

/** A first-line contact or support plan written as No / Nie means there is none. */
function unlessNo(text: string | null): string | null {
  return text !== null && parseBoolean(text) === false ? null : text;
}

function parseDeals(
  grid: NamedGrid,
  options: ParseOptions,
  log: IssueLog,
  keyOf: (text: string) => string,
): { deals: Deal[]; openStages: string[]; input: TabInput<DealField> } {
  const tab = new OpenTab('deals', grid, options, log, (field, column, dataStart) => {
    if (field === 'stage') return columnHasOutcomes(grid.values, column, dataStart, options.stageOutcomes);
    return DEAL_DATE_FIELDS.has(field) && columnHasDates(grid.values, column, dataStart, options);
  });
  const columns = tab.columns;
  const deals: Deal[] = [];
  const openStages = new Map<string, string>();
  if (!tab.usable) return { deals, openStages: [], input: tab.input };
  // Stage and type names repeat down the column; classify each distinct spelling once.
  const outcomes = new Map<string, Outcome>();
  const types = new Map<string, DealType | null>();
  while (tab.next()) {
    const created = tab.day(columns.created, 'required');
    if (tab.skip || created === null) continue;
    if (created > options.today) {
      tab.report(
        columns.created,
        'future_date',
        'input.futureCreated',
        { date: dayToIso(created), today: dayToIso(options.today) },
        'rowSkipped',
      );
      continue;
    }
    const stage = tab.text(columns.stage, true);
    if (tab.skip || stage === null) continue;
    let outcome = outcomes.get(stage);
    if (outcome === undefined) {
      outcome = classifyStage(stage, options.stageOutcomes);
      outcomes.set(stage, outcome);
    }
    if (outcome === 'open') {
      const stageKey = keyOf(stage);
      if (!openStages.has(stageKey)) openStages.set(stageKey, stage);
    }
    let closed = tab.day(columns.closed);
    if (closed !== null && closed < created) {
      tab.report(
        columns.closed,
        'closed_before_created',
        'input.closedBeforeCreated',
        { closed: dayToIso(closed), created: dayToIso(created) },
        null,
      );
      closed = null;
    } else if (closed !== null && closed > options.today && outcome !== 'open') {
      // An open deal's close date is its expected one; a won or lost deal cannot have closed yet.
      tab.report(
        columns.closed,
        'future_date',
        'input.futureClosed',
        { date: dayToIso(closed), today: dayToIso(options.today) },
        'cellIgnored',
      );
      closed = null;
    }
    const typeText = tab.text(columns.type);
    let type: DealType | null = null;
    if (typeText !== null) {
      type = types.get(typeText) ?? null;
      if (!types.has(typeText)) types.set(typeText, (type = classifyDealType(typeText)));
    }
    if (typeText !== null && type === null) {
      tab.report(columns.type, 'unknown_type', 'input.unknownType', { value: typeText }, 'cellIgnored');
    }
    const id = tab.text(columns.id);
    const name = tab.text(columns.name);
    const value = tab.number(columns.value);
    const channel = tab.text(columns.channel);
    const customer = tab.text(columns.customer);
    deals.push({
      row: tab.row,
      id,
      name,
      created,
      stage,
      outcome,
      value,
      channel,
      channelKey: channel === null ? null : keyOf(channel),
      closed,
      customer,
      customerKey: customer === null ? null : keyOf(customer),
      owner: tab.text(columns.owner),
      conversations: tab.number(columns.conversations),
      type,
      delivered: tab.day(columns.delivered),
      followUp: tab.dayOrYes(columns.followUp),
      lostReason: tab.text(columns.lostReason),
    });
  }
  tab.input.used = deals.length;
  return { deals, openStages: [...openStages.values()], input: tab.input };
}

function parseChannels(
  grid: NamedGrid,
  options: ParseOptions,
  log: IssueLog,
  keyOf: (text: string) => string,
) {
  const tab = new OpenTab('channels', grid, options, log);
  const columns = tab.columns;
  const costs: ChannelCost[] = [];
  if (tab.usable) {
    while (tab.next()) {
      const channel = tab.text(columns.channel, true);
      const cost = tab.number(columns.cost, true);
      const date = tab.day(columns.date, 'dropIfBad');
      if (tab.skip || channel === null || cost === null) continue;
      costs.push({ row: tab.row, channel, channelKey: keyOf(channel), cost, date });
    }
  }
  tab.input.used = costs.length;
  return { costs, input: tab.input };
}

function parseCustomers(
  grid: NamedGrid,
  options: ParseOptions,
  log: IssueLog,
  keyOf: (text: string) => string,
) {
  const tab = new OpenTab('customers', grid, options, log);
  const columns = tab.columns;
  const customers: Customer[] = [];
  const firstRowOf = new Map<string, number>();
  if (tab.usable) {
    while (tab.next()) {
      const name = tab.text(columns.customer, true);
      if (tab.skip || name === null) continue;
      const key = keyOf(name);
      const first = firstRowOf.get(key);
      if (first !== undefined) {
        tab.report(
          columns.customer,
          'duplicate_customer',
          'input.duplicateCustomer',
          { value: name, first },
          null,
        );
        continue;
      }
      firstRowOf.set(key, tab.row);
      const status = tab.text(columns.status);
      let lastContact = tab.day(columns.lastContact);
      if (lastContact !== null && lastContact > options.today) {
        tab.report(
          columns.lastContact,
          'future_date',
          'input.futureContact',
          { date: dayToIso(lastContact), today: dayToIso(options.today) },
          'cellIgnored',
        );
        lastContact = null;
      }
      let satisfaction = tab.number(columns.satisfaction);
      if (satisfaction !== null && satisfaction > 10) {
        tab.report(
          columns.satisfaction,
          'bad_number',
          'input.satisfactionRange',
          { value: log.number(satisfaction) },
          'cellIgnored',
        );
        satisfaction = null;
      }
      let nps = tab.number(columns.nps);
      if (nps !== null && (nps > 10 || !Number.isInteger(nps))) {
        tab.report(columns.nps, 'nps_scale', 'input.npsRange', { value: log.number(nps) }, 'cellIgnored');
        nps = null;
      }
      customers.push({
        row: tab.row,
        name,
        key,
        status,
        statusKey: status === null ? null : keyOf(status),
        lastContact,
        satisfaction,
        nps,
        firstLine: unlessNo(tab.text(columns.firstLine)),
        support: unlessNo(tab.text(columns.support)),
      });
    }
  }
  tab.input.used = customers.length;
  return { customers, input: tab.input };
}

export function parseInput(tabs: InputTabs, options: ParseOptions): ParsedInput {
  const log = new IssueLog(options.lang);
  const keyOf = keyNormalizer();
  const result: ParsedInput = {
    deals: [],
    channelCosts: [],
    customers: [],
    input: {
      deals: emptyInput('deals'),
      channels: emptyInput('channels'),
      customers: emptyInput('customers'),
    },
    openStages: [],
    issues: log.issues,
  };
  if (tabs.deals === null) {
    log.add(OWN_TAB_NAMES[options.lang].deals, null, null, 'missing_tab', 'input.dealsMissing');
  } else {
    const parsed = parseDeals(tabs.deals, options, log, keyOf);
    result.deals = parsed.deals;
    result.openStages = parsed.openStages;
    result.input.deals = parsed.input;
  }
  if (tabs.channels !== null) {
    const parsed = parseChannels(tabs.channels, options, log, keyOf);
    result.channelCosts = parsed.costs;
    result.input.channels = parsed.input;
  }
  if (tabs.customers !== null) {
    const parsed = parseCustomers(tabs.customers, options, log, keyOf);
    result.customers = parsed.customers;
    result.input.customers = parsed.input;
  }
  return result;
}

/**
 * The issue that stops the audit (SPEC §3.2): no Deals tab, a Deals tab without a header row, or without
 * a created or stage column. Null when the audit can run (possibly on zero deals).
 */
export function dealsBlocker(parsed: ParsedInput): DataIssue | null {
  const { deals } = parsed.input;
  if (deals.found && deals.mapping.created !== null && deals.mapping.stage !== null) return null;
  return (
    parsed.issues.find(
      (issue) =>
        issue.code === 'missing_tab' ||
        (issue.tab === deals.tab &&
          issue.row === null &&
          (issue.code === 'no_header' || issue.code === 'missing_column')),
    ) ?? null
  );
}
