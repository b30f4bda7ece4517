// What the core reads: cells as adapters hand them over, the input tabs' fields, and the records and data
// issues the input readers make of them.

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
