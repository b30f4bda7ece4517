// The JSON report of one audit (SPEC §4.3).

import type { DataIssue, ParsedInput } from './input';
import type { AreaId, Answer, Lang, Period, QuestionId } from './settings';

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
