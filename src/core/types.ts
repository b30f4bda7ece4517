// The contracts shared by the core, the add-on, the local runner and the sidebar.
// Everything here is plain data so it crosses google.script.run and JSON unchanged.

export type Lang = 'en' | 'pl';

/** One cell as an adapter hands it over: Sheets' getValues() gives numbers, booleans, Dates and ''. */
export type Cell = string | number | boolean | Date | null | undefined;
export type Grid = Cell[][];

/**
 * A calendar date, resolved in the spreadsheet's time zone, as whole days since 1970-01-01.
 * Differences of two Days are the "whole calendar days" of SPEC §1.
 */
export type Day = number;

/** The three input tabs, in the order they are read, listed and written. */
export const TAB_KINDS = ['deals', 'channels', 'customers'] as const;
export type TabKind = (typeof TAB_KINDS)[number];

export type DealField =
  | 'created'
  | 'stage'
  | 'value'
  | 'channel'
  | 'closed'
  | 'expectedClose'
  | 'customer'
  | 'owner'
  | 'conversations'
  | 'type'
  | 'delivered'
  | 'followUp'
  | 'id'
  | 'name'
  | 'lostReason';
export type ChannelField = 'channel' | 'cost' | 'date';
export type CustomerField =
  'customer' | 'status' | 'lastContact' | 'satisfaction' | 'nps' | 'firstLine' | 'support';
export type FieldOf<K extends TabKind> = K extends 'deals'
  ? DealField
  : K extends 'channels'
    ? ChannelField
    : CustomerField;

export type Outcome = 'open' | 'won' | 'lost';
export type DealType = 'new' | 'upsell' | 'crosssell' | 'renewal' | 'existing';

/** Keys are normalized: trimmed, case- and accent-folded, inner whitespace collapsed. */
export interface Deal {
  /** Row number as the user sees it in the tab (1-based, header included). */
  row: number;
  id: string | null;
  name: string | null;
  created: Day;
  /** The stage as written, kept for lists and for the open-stage check of SPEC §3.1. */
  stage: string;
  outcome: Outcome;
  value: number | null;
  channel: string | null;
  channelKey: string | null;
  closed: Day | null;
  /**
   * An open deal's expected close date: the expected-close column, else the closed column, which CRM
   * exports (HubSpot's and Salesforce's Close Date) fill with the expected date while a deal is open.
   * Null for won and lost deals.
   */
  expectedClose: Day | null;
  customer: string | null;
  customerKey: string | null;
  owner: string | null;
  conversations: number | null;
  type: DealType | null;
  delivered: Day | null;
  /** The after-sale contact: its day, or 'undated' when the column only says Yes (SPEC §3.1 booleans). */
  followUp: Day | 'undated' | null;
  lostReason: string | null;
}

export interface ChannelCost {
  row: number;
  channel: string;
  channelKey: string;
  cost: number;
  /** Date or month the cost belongs to; null = applies to any period. */
  date: Day | null;
}

export interface Customer {
  row: number;
  name: string;
  key: string;
  status: string | null;
  statusKey: string | null;
  lastContact: Day | null;
  satisfaction: number | null;
  nps: number | null;
  firstLine: string | null;
  support: string | null;
}

export type IssueCode =
  | 'missing_tab'
  | 'no_header'
  | 'missing_column'
  | 'duplicate_header'
  | 'bad_date'
  | 'future_date'
  | 'closed_before_created'
  | 'bad_number'
  | 'negative_value'
  | 'error_value'
  | 'missing_required'
  | 'unknown_stage'
  | 'suspect_stage'
  | 'ambiguous_date'
  | 'bad_boolean'
  | 'bad_setting'
  | 'nps_scale'
  | 'duplicate_customer'
  | 'unknown_customer'
  | 'unknown_type'
  | 'duplicate_deal_key'
  | 'no_deal_key'
  | 'stray_quote'
  | 'unreadable_tab'
  | 'implausible_date'
  | 'duplicate_deal_id'
  | 'merged_cells'
  | 'formula_without_result';

export interface DataIssue {
  /** The tab's name as the user sees it. */
  tab: string;
  /** Row number as the user sees it; null for a tab- or column-level issue. */
  row: number | null;
  /** The column's header as written; null for a row- or tab-level issue. */
  column: string | null;
  code: IssueCode;
  /** A sentence in the audit's language saying what was wrong and what was done. */
  message: string;
}

export interface TabInput<F extends string> {
  found: boolean;
  tab: string | null;
  /** Data rows read (blank rows excluded). */
  rows: number;
  /** Data rows that became records. */
  used: number;
  /** Which header fed each field (null: not found). */
  mapping: Record<F, string | null>;
  /** Every header of the tab as written, for the sidebar's mapping dropdowns. */
  headers: string[];
}

export interface ParsedInput {
  deals: Deal[];
  channelCosts: ChannelCost[];
  customers: Customer[];
  input: {
    deals: TabInput<DealField>;
    channels: TabInput<ChannelField>;
    customers: TabInput<CustomerField>;
  };
  /** Stage names read as open, each once (SPEC §3.1). */
  openStages: string[];
  issues: DataIssue[];
}

// ---------------------------------------------------------------- settings

export type Answer = 'yes' | 'partly' | 'no' | 'na';
/** The four areas of the audit (SPEC §1), in the order the report, the tabs and the sidebar show them. */
export const AREA_IDS = ['acquisition', 'conversations', 'aftersales', 'relationships'] as const;
export type AreaId = (typeof AREA_IDS)[number];

/** Where a questionnaire item belongs: an area that asks something, or the sales process as a whole. */
export type QuestionArea = Exclude<AreaId, 'acquisition'> | 'process';

/** A questionnaire item as the sidebar and the audit tab show it. */
export interface QuestionView {
  id: QuestionId;
  area: QuestionArea;
  text: string;
}

/** Questionnaire item ids, e.g. `q.softSkills.needsAnalysis` (SPEC §1.5). */
export type QuestionId = string;

export interface QuestionAnswer {
  answer: Answer | null;
  note: string;
}

/** Higher-is-better: value >= green is green, >= amber is amber, else red. Lower-is-better mirrors it. */
export interface Band {
  direction: 'higher' | 'lower';
  green: number;
  amber: number;
}

export type Period =
  { kind: 'all' } | { kind: 'last'; months: 3 | 6 | 12 } | { kind: 'range'; from: string; to: string };

export interface Settings {
  language: 'auto' | Lang;
  /** ISO 4217 code used in number formats and texts. */
  currency: string;
  period: Period;
  /** Gross margin in percent, 0–100; 100 means the audit is revenue-based. */
  marginPct: number;
  minSample: number;
  dormantAfterDays: number;
  /** Contact cadence in days per normalized customer status key. */
  cadence: Record<string, number>;
  /** Bands per rated metric id (SPEC §2), including `channel.ltvToCac`. */
  bands: Record<string, Band>;
  /** Optional targets for metrics with no universal benchmark; same shape as bands. */
  targets: Record<string, Band>;
  /** Header overrides per tab and field: the header text the user chose. */
  mapping: {
    deals: Partial<Record<DealField, string>>;
    channels: Partial<Record<ChannelField, string>>;
    customers: Partial<Record<CustomerField, string>>;
  };
  /** Stage name (normalized) → outcome, overriding the synonyms. */
  stageOutcomes: Record<string, Outcome>;
  /** The `Stage order` setting: open stage names as written, in pipeline order; empty = built-in orders. */
  stageOrder: string[];
  /** Optional monthly revenue target (SPEC §1.6), in the settings' currency; null = none set. */
  monthlyTarget: number | null;
  answers: Record<QuestionId, QuestionAnswer>;
}

// ---------------------------------------------------------------- report (SPEC §4.3)

export type Rating = 'green' | 'amber' | 'red' | 'insufficient' | 'nodata' | 'unrated';
export type Unit =
  'count' | 'ratio' | 'currency' | 'days' | 'points' | 'score' | 'multiple' | 'currencyPerDay';

export interface MetricResult {
  id: string;
  value: number | null;
  unit: Unit;
  rating: Rating;
  /** The band or target as a short text, e.g. "≥ 25%"; null when unrated. */
  target: string | null;
  /** Deals or customers behind the value. */
  sample: number;
  /** The finding or the no-data hint, in the audit's language. */
  note: string | null;
  /** The value at the previous audit, when the history has one; the ▲ / ▼ change is drawn from it. */
  previous?: number | null;
}

export interface QuestionResult {
  id: QuestionId;
  text: string;
  answer: Answer | null;
  note: string;
  rating: Rating;
}

/** A table that counts in its area's score as one item with its raw points (SPEC §2). */
export interface TableScore {
  /** `channels` counts in acquisition, `owners` (the salespeople table) in conversations. */
  id: 'channels' | 'owners';
  /** 0–100; null when the table is unrated. */
  points: number | null;
  /** The points rated like an area score (green ≥ 70, amber ≥ 40); `unrated` when points is null. */
  rating: Rating;
}

/** Something in an area that needs attention whatever the area's colour (SPEC §2). */
export interface AttentionItem {
  kind: 'metric' | 'channel' | 'owner' | 'question';
  /** Metric id, channel name, salesperson name or question id. */
  subject: string;
}

export interface AreaResult {
  id: AreaId;
  score: number | null;
  rating: Rating;
  previousScore?: number | null;
  metrics: MetricResult[];
  questions: QuestionResult[];
  /** The tables scored in this area (none in after-sales and relationships). */
  tables: TableScore[];
  /** Drop channels, flagged salespeople, red metrics, questions answered No — in that order. */
  attention: AttentionItem[];
}

export type Verdict = 'strengthen' | 'modify' | 'drop' | 'insufficient';

export interface ChannelRow {
  channel: string;
  leads: number;
  share: number | null;
  won: number;
  lost: number;
  conversion: number | null;
  winRate: number | null;
  cost: number | null;
  newCustomers: number;
  cac: number | null;
  avgClv: number | null;
  profitPerCustomer: number | null;
  ltvToCac: number | null;
  conversationsPerWin: number | null;
  verdict: Verdict;
  expensive?: true;
  reason: string;
}

export interface OwnerRow {
  owner: string;
  deals: number;
  won: number;
  lost: number;
  winRate: number | null;
  avgDaysToWin: number | null;
  conversationsPerWin: number | null;
  avgDealValue: number | null;
  flags: string[];
}

export interface StaleDeal {
  row: number;
  id: string | null;
  name: string | null;
  owner: string | null;
  channel: string | null;
  ageDays: number;
  conversations: number | null;
  reason: string;
  customer: string | null;
  /** The stage as written. */
  stage: string;
  value: number | null;
  /** ISO YYYY-MM-DD. */
  created: string;
}

export interface OverdueCustomer {
  customer: string;
  status: string | null;
  lastContact: string | null;
  daysSinceContact: number | null;
  cadenceDays: number;
  overdueDays: number | null;
  /** The customer's CLV (SPEC §1.2); null when unknown: no value column or no won deal with a value. */
  clv: number | null;
  /** The first-line contact column: who looks after the customer. */
  accountManager: string | null;
}

export interface StatusRow {
  status: string;
  customers: number;
  share: number;
  cadenceDays: number | null;
  medianDaysSinceContact: number | null;
  overdue: number;
}

/** SPEC §1.7: the open deals of one stage, whatever the period. */
export interface PipelineRow {
  stage: string;
  deals: number;
  /** Σ value; null when none of the stage's deals has a value. */
  value: number | null;
  medianAgeDays: number;
}

/**
 * SPEC §1.7: lost deals created in the period with one reason. `reason` is as first written, or one of the
 * stable tokens `(other)` (the reasons after the top ten) and `(no reason given)`.
 */
export interface LostReasonRow {
  reason: string;
  deals: number;
  /** Of all lost deals created in the period. */
  share: number;
  /** Σ value; null when none of the deals has a value. */
  value: number | null;
}

/** A deal named in the movement lists (SPEC §1.7): who to call about it and what it is worth. */
export interface MovementDeal {
  row: number;
  id: string | null;
  name: string | null;
  customer: string | null;
  stage: string;
  value: number | null;
  owner: string | null;
  /** Whole days in its current stage (SPEC §1.7: from the created date, or the first snapshot there). */
  daysInStage: number;
  /** ISO YYYY-MM-DD; null when unknown. */
  expectedClose: string | null;
  /** The expected close date in the compared snapshot. */
  previousExpectedClose: string | null;
}

/** What moved since the latest snapshot from an earlier day (SPEC §1.7). */
export interface Movement {
  /** ISO date-time of the compared snapshot's run. */
  since: string;
  /** Deals in the compared snapshot (keys the current data does not hold twice). */
  compared: number;
  won: number;
  lost: number;
  removed: number;
  advanced: number;
  movedBack: number;
  changedStage: number;
  unchanged: number;
  slipped: number;
  stuck: number;
  newDeals: number;
  reopened: number;
  transitions: { from: string; to: string; deals: number }[];
  timeInStage: { stage: string; medianDays: number; deals: number }[];
  /** The deals behind `slipped`, the latest slip first. */
  slippedDeals: MovementDeal[];
  /** The deals behind `stuck`, the longest in their stage first. */
  stuckDeals: MovementDeal[];
}

/** One calendar month of SPEC §1.6 `summary.months`, back-filled from all the data. */
export interface MonthSummary {
  /** `YYYY-MM`. */
  month: string;
  /** Deals created that month. */
  leads: number;
  /** Deals won that month, by win day (closed date, else created date). */
  won: number;
  /** Σ value of those deals; null when the Deals tab has no value column. */
  wonValue: number | null;
  /** Deals lost that month, by closed date (else created date). */
  lost: number;
  /** won ÷ (won + lost); null when nothing closed that month. */
  winRate: number | null;
}

/** "Are we selling enough?" (SPEC §1.6). */
export interface SalesSummary {
  /** Σ value of the deals won in the period (by win day); null without a value column. */
  wonValue: number | null;
  wonDeals: number;
  /** Mean won value of the complete calendar months in the period; null when there is none (or no value column). */
  avgMonthlyWonValue: number | null;
  /** How many complete calendar months the mean is over. */
  completeMonths: number;
  monthlyTarget: number | null;
  /**
   * avgMonthlyWonValue against the target: green ≥ 100 %, amber ≥ 80 %, red below; `unrated` without a
   * target, `nodata` without a value column, `insufficient` when the period holds no complete month.
   */
  targetRating: Rating;
  /** The 12 calendar months before today's month, then today's month: always 13. */
  months: MonthSummary[];
}

export interface ActionImpact {
  /** The money at stake in the settings' currency; null when it cannot be put in money. */
  value: number | null;
  /** Deals concerned (a channel's leads, a salesperson's closed deals, the stale deals). */
  deals: number | null;
  /** Customers concerned (overdue, dormant). */
  customers: number | null;
}

/** One of the "what to do first" items of SPEC §1.6. */
export interface Action {
  area: AreaId | 'process';
  /** `channel.drop`, `owner.flag`, `metric.<id>`, `question.<id>`, … */
  kind: string;
  /** The channel, salesperson, metric id or question id; null for kinds about a whole list. */
  subject: string | null;
  /** `red` for drop, red and No; `amber` otherwise. */
  rating: 'red' | 'amber';
  /** What to do, to whom or what, and the amount, in the audit's language. */
  text: string;
  impact: ActionImpact;
}

export interface AuditReport {
  schemaVersion: 2;
  /** ISO date-time of the run. */
  generatedAt: string;
  /** ISO YYYY-MM-DD. */
  today: string;
  period: { kind: Period['kind']; from: string | null; to: string; label: string };
  locale: string;
  language: Lang;
  /** ISO 4217 code of every amount in the report. */
  currency: string;
  input: ParsedInput['input'];
  openStages: string[];
  overall: { score: number | null; rating: Rating; previousScore?: number | null };
  summary: SalesSummary;
  /** Up to 7, most money at stake first. */
  actions: Action[];
  areas: AreaResult[];
  /** Questions about the audit itself (repeated regularly, outside review): shown, but in no area score. */
  processQuestions?: QuestionResult[];
  channels: ChannelRow[];
  owners: OwnerRow[];
  staleDeals: StaleDeal[];
  overdueCustomers: OverdueCustomer[];
  statuses: StatusRow[];
  /** Open deals by stage, in stage order (SPEC §1.7). */
  pipeline: PipelineRow[];
  /** Null when the Deals tab has no lost-reason column. */
  lostReasons: LostReasonRow[] | null;
  /** Null on the first run (no snapshot from an earlier day to compare with). */
  movement: Movement | null;
  issues: DataIssue[];
}

// ---------------------------------------------------------------- sheet plan

/** 1-based, like Sheets' getRange(row, column, numRows, numColumns). */
export interface CellRange {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
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
  /** Rows that start a new printed page (the .xlsx page setup; Sheets' API has no page breaks). */
  pageBreaks: number[];
}

// ---------------------------------------------------------------- charts

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

// ---------------------------------------------------------------- the audit as adapters call it

export interface NamedGrid {
  name: string;
  values: Grid;
}

export interface AuditRequest {
  /** The tabs the adapter read; tab roles are found by name (see detectTabs). */
  deals: NamedGrid | null;
  channels: NamedGrid | null;
  customers: NamedGrid | null;
  settings: NamedGrid | null;
  history: NamedGrid | null;
  /** The add-on's snapshots tab (SPEC §1.7); absent or null on the first run. */
  snapshots?: NamedGrid | null;
  /** ISO YYYY-MM-DD in the spreadsheet's time zone. */
  today: string;
  /** ISO date-time of the run. */
  generatedAt: string;
  /** IANA zone in which Date cells are read as calendar dates ('UTC' for xlsx via ExcelJS). */
  timeZone: string;
  /** How ambiguous dates and numbers in text cells are read, e.g. 'en-US', 'pl-PL'. */
  locale: string;
  /** A language asked for explicitly (the local runner's --lang): wins over the settings tab and the locale. */
  language?: Lang;
  /** What the adapter met while reading the tabs (a CSV line with a stray quote), worded by the core. */
  readIssues?: ReadIssue[];
  /** The currency the amounts carry (the runner reads it from the file): used when the settings tab names none. */
  currency?: string;
  /** Column overrides asked for outside the settings tab (the runner's --map): win over the tab's per field. */
  mapping?: Settings['mapping'];
}

/** A data issue found by an adapter, as a catalog key: the core words it in the audit's language. */
export interface ReadIssue {
  tab: string;
  row: number | null;
  column: string | null;
  code: IssueCode;
  key: 'input.strayQuote' | 'input.unreadableTab' | 'input.mergedCells' | 'input.formulaWithoutResult';
  params: Record<string, string | number>;
}

/** A cell of the snapshots tab: run time, key, stage and owner as text, value a number, expected close ISO text. */
export type SnapshotCell = string | number | null;

/** What the `Audit snapshots` tab (SPEC §1.7) holds after a run. */
export interface SnapshotUpdate {
  header: string[];
  /** Every data row after this run, oldest run first. */
  rows: SnapshotCell[][];
  /**
   * True when the first rows are the tab's data rows as they are, in place, and the rest are new: the
   * adapter appends `rows` from the tab's current data row count. False: it rewrites the tab.
   */
  appendOnly: boolean;
}

/** What one run writes to the history tab. Rows are 1-based, like the adapters' ranges. */
export interface HistoryAppend {
  /** A new tab's header rows: the labels, then the ids (row `idRow`, hidden); both stay frozen. */
  header: { rows: string[][]; idRow: number; columnWidths: number[] };
  /**
   * Header cells for the columns an existing tab lacks (a key metric added since it was made), written
   * from `row`, `column` on; null when there are none or the tab is new.
   */
  added: { row: number; column: number; values: string[][] } | null;
  /** The run's row in the tab's column order (the existing tab's, else the new header's), and its formats. */
  row: (string | number | null)[];
  formats: string[];
}

/** One audit run's scores, for the score trend. */
export interface TrendPoint {
  /** The run time as a date-time serial of its wall-clock time. */
  serial: number;
  overall: number | null;
  areas: Partial<Record<AreaId, number | null>>;
}

export interface AuditResult {
  report: AuditReport;
  auditPlan: SheetPlan;
  /** What this run appends to the history tab. */
  history: HistoryAppend;
  /** Overall and area scores of the runs in the history and this one, oldest first (at most 24). */
  scoreTrend: TrendPoint[];
  /** The settings tab as it should be created when the spreadsheet has none; null when it has one. */
  settingsPlan: SheetPlan | null;
  /** The snapshots tab after this run: this run's open deals appended, the oldest runs dropped past the cap. */
  snapshot: SnapshotUpdate;
}
