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
import { normalizeKey } from '../text';
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

class IssueLog {
  readonly issues: DataIssue[] = [];
  constructor(private readonly lang: Lang) {}

  add(
    tab: string,
    row: number | null,
    column: string | null,
    code: IssueCode,
    key: MessageKey,
    params: Params = {},
    effect: 'rowSkipped' | 'cellIgnored' | null = null,
  ): void {
    const reason = t(this.lang, key, params);
    const message = effect === null ? reason : `${reason} ${t(this.lang, `input.effect.${effect}`)}`;
    this.issues.push({ tab, row, column, code, message });
  }
}

function columnLetter(column: number): string {
  let letters = '';
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

function shownValue(cell: Cell): string {
  if (cell instanceof Date) return isNaN(cell.getTime()) ? String(cell) : cell.toISOString().slice(0, 10);
  return String(cell).trim();
}

/** An input tab with its header found and columns mapped, ready to read row by row. */
class OpenTab<K extends TabKind> {
  readonly input: TabInput<FieldOf<K>>;
  private readonly columns: Record<FieldOf<K>, number | null>;
  private readonly headers: string[];
  private readonly headerIndex: number;
  private readonly dateContexts = new Map<FieldOf<K>, DateContext>();

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
    this.columns = mapping.columns;
    const mappedHeaders = {} as Record<FieldOf<K>, string | null>;
    for (const field of fields) {
      const column = this.columns[field];
      mappedHeaders[field] = column === null ? null : this.headers[column];
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
      if (this.columns[field] !== null) continue;
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
      (REQUIRED_FIELDS[this.kind] as FieldOf<K>[]).every((field) => this.columns[field] !== null)
    );
  }

  has(field: FieldOf<K>): boolean {
    return this.columns[field] !== null;
  }

  /** Moves to the next non-blank data row; false at the end. Blank rows are skipped silently. */
  next(): boolean {
    const values = this.grid.values;
    for (let index = Math.max(this.gridIndex + 1, this.headerIndex + 1); index < values.length; index++) {
      const cells = values[index];
      if (!cells || cells.every(isBlankCell)) continue;
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

  cell(field: FieldOf<K>): Cell {
    const column = this.columns[field];
    return column === null ? null : this.cells[column];
  }

  report(
    field: FieldOf<K>,
    code: IssueCode,
    key: MessageKey,
    params: Params,
    effect: 'rowSkipped' | 'cellIgnored' | null,
  ): void {
    const column = this.columns[field];
    this.log.add(
      this.grid.name,
      this.row,
      column === null ? null : this.headers[column],
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
    field: FieldOf<K>,
    reading: Reading<T>,
    required: boolean,
    badDropsRow: boolean,
    badCode: IssueCode,
    badKey: MessageKey,
  ): T | null {
    if (reading === null) {
      if (required) {
        this.report(
          field,
          'missing_required',
          'input.missingRequired',
          { field: this.fieldLabel(field) },
          'rowSkipped',
        );
      }
      return null;
    }
    if (reading === 'invalid' || reading === 'error') {
      const value = shownValue(this.cell(field));
      const effect = required || badDropsRow ? 'rowSkipped' : 'cellIgnored';
      if (reading === 'error') this.report(field, 'error_value', 'input.errorValue', { value }, effect);
      else this.report(field, badCode, badKey, { value }, effect);
      return null;
    }
    return reading;
  }

  text(field: FieldOf<K>, required = false): string | null {
    return this.settle(field, readText(this.cell(field)), required, false, 'error_value', 'input.errorValue');
  }

  /** A non-negative number. */
  number(field: FieldOf<K>, required = false): number | null {
    const value = this.settle(
      field,
      parseNumber(this.cell(field), this.options.locale),
      required,
      false,
      'bad_number',
      'input.badNumber',
    );
    if (value !== null && value < 0) {
      this.report(
        field,
        'negative_value',
        'input.negativeValue',
        { value },
        required ? 'rowSkipped' : 'cellIgnored',
      );
      return null;
    }
    return value;
  }

  day(field: FieldOf<K>, mode: 'optional' | 'required' | 'dropIfBad' = 'optional'): Day | null {
    return this.settle(
      field,
      parseDay(this.cell(field), this.dateContext(field)),
      mode === 'required',
      mode === 'dropIfBad',
      'bad_date',
      'input.badDate',
    );
  }

  /** Day/month order is decided once per column from all its values (SPEC §3.1). */
  private dateContext(field: FieldOf<K>): DateContext {
    let context = this.dateContexts.get(field);
    if (context === undefined) {
      const column = this.columns[field];
      const values = this.grid.values;
      const cells: Cell[] = [];
      if (column !== null)
        for (let i = this.headerIndex + 1; i < values.length; i++) cells.push(values[i]?.[column]);
      context = {
        readDate: readerFor(this.options.timeZone),
        dayFirst: detectDayFirst(cells, this.options.locale),
        latestTwoDigitYear: latestTwoDigitYear(this.options.today),
      };
      this.dateContexts.set(field, context);
    }
    return context;
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

/** normalizeKey is the slow part of a row (Unicode normalization); names repeat, so remember them. */
function keyMemo(): (text: string) => string {
  const keys = new Map<string, string>();
  return (text) => {
    let key = keys.get(text);
    if (key === undefined) {
      key = normalizeKey(text);
      keys.set(text, key);
    }
    return key;
  };
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
  const deals: Deal[] = [];
  const openStages = new Map<string, string>();
  if (!tab.usable) return { deals, openStages: [], input: tab.input };
  // Stage and type names repeat down the column; classify each distinct spelling once.
  const outcomes = new Map<string, Outcome>();
  const types = new Map<string, DealType | null>();
  while (tab.next()) {
    const created = tab.day('created', 'required');
    if (tab.skip || created === null) continue;
    if (created > options.today) {
      tab.report(
        'created',
        'future_date',
        'input.futureCreated',
        { date: dayToIso(created), today: dayToIso(options.today) },
        'rowSkipped',
      );
      continue;
    }
    const stage = tab.text('stage', true);
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
    let closed = tab.day('closed');
    if (closed !== null && closed < created) {
      tab.report(
        'closed',
        'closed_before_created',
        'input.closedBeforeCreated',
        { closed: dayToIso(closed), created: dayToIso(created) },
        null,
      );
      closed = null;
    }
    const typeText = tab.text('type');
    let type: DealType | null = null;
    if (typeText !== null) {
      type = types.get(typeText) ?? null;
      if (!types.has(typeText)) types.set(typeText, (type = classifyDealType(typeText)));
    }
    if (typeText !== null && type === null) {
      tab.report('type', 'unknown_type', 'input.unknownType', { value: typeText }, 'cellIgnored');
    }
    const id = tab.text('id');
    const name = tab.text('name');
    const value = tab.number('value');
    const channel = tab.text('channel');
    const customer = tab.text('customer');
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
      owner: tab.text('owner'),
      conversations: tab.number('conversations'),
      type,
      delivered: tab.day('delivered'),
      followUp: tab.day('followUp'),
      lostReason: tab.text('lostReason'),
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
  const costs: ChannelCost[] = [];
  if (tab.usable) {
    while (tab.next()) {
      const channel = tab.text('channel', true);
      const cost = tab.number('cost', true);
      const date = tab.day('date', 'dropIfBad');
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
  const customers: Customer[] = [];
  const firstRowOf = new Map<string, number>();
  if (tab.usable) {
    while (tab.next()) {
      const name = tab.text('customer', true);
      if (tab.skip || name === null) continue;
      const key = keyOf(name);
      const first = firstRowOf.get(key);
      if (first !== undefined) {
        tab.report('customer', 'duplicate_customer', 'input.duplicateCustomer', { value: name, first }, null);
        continue;
      }
      firstRowOf.set(key, tab.row);
      const status = tab.text('status');
      let lastContact = tab.day('lastContact');
      if (lastContact !== null && lastContact > options.today) {
        tab.report(
          'lastContact',
          'future_date',
          'input.futureContact',
          { date: dayToIso(lastContact), today: dayToIso(options.today) },
          'cellIgnored',
        );
        lastContact = null;
      }
      let satisfaction = tab.number('satisfaction');
      if (satisfaction !== null && satisfaction > 10) {
        tab.report(
          'satisfaction',
          'bad_number',
          'input.satisfactionRange',
          { value: satisfaction },
          'cellIgnored',
        );
        satisfaction = null;
      }
      let nps = tab.number('nps');
      if (nps !== null && (nps > 10 || !Number.isInteger(nps))) {
        tab.report('nps', 'nps_scale', 'input.npsRange', { value: nps }, 'cellIgnored');
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
        firstLine: tab.text('firstLine'),
        support: tab.text('support'),
      });
    }
  }
  tab.input.used = customers.length;
  return { customers, input: tab.input };
}

export function parseInput(tabs: InputTabs, options: ParseOptions): ParsedInput {
  const log = new IssueLog(options.lang);
  const keyOf = keyMemo();
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
