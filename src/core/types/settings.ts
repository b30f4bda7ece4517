// The settings an audit runs with, and the ids of its areas and questions.

import type { ChannelField, CustomerField, DealField, Outcome } from './input';

export type Lang = 'en' | 'pl';

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
