// The contract between the sidebar (client) and the add-on's server functions.
// Only plain JSON crosses google.script.run: dates travel as ISO strings.
import type { Schedule, ScheduleView } from './schedule';
import type { SidebarReport } from './sidebarReport';
import type {
  LastRunSummary,
  ChannelField,
  CustomerField,
  DealField,
  Lang,
  Period,
  QuestionAnswer,
  QuestionId,
  QuestionView,
  Settings,
  TrendPoint,
} from './types';

export type { LastRunSummary } from './types';

export interface SidebarState {
  language: Lang;
  /**
   * The audit of the current data, computed without writing anything, with its lists capped (see
   * sidebarReport); null when there is no Deals tab.
   */
  report: SidebarReport | null;
  /**
   * Where `report` comes from: the last audit (its stored summary, while the input tabs have the extent it
   * read, or the run just made) or the data as it is now, computed without writing anything.
   */
  reportBasis: 'lastAudit' | 'currentData';
  /** Why there is no report, as a sentence for the user. */
  problem: string | null;
  lastRun: LastRunSummary | null;
  /** The scores of the audits in the history and of the current data, oldest first (at most 24). */
  scoreTrend: TrendPoint[];
  settings: Settings;
  questions: QuestionView[];
  /** The monthly audit (SPEC §5): this user's schedule, other editors', the last scheduled run. */
  schedule: ScheduleView;
}

/** The settings a user can change in the sidebar's Settings view. */
export interface SettingsPatch {
  language?: Settings['language'];
  currency?: string;
  period?: Period;
  marginPct?: number;
  minSample?: number;
  dormantAfterDays?: number;
  /** The monthly revenue target; null removes it. */
  monthlyTarget?: number | null;
  cadence?: Record<string, number>;
  bands?: Settings['bands'];
}

/**
 * Column overrides chosen in the sidebar, per tab and field: a header text = use that column;
 * '' = the field is not used (no column feeds it); null = forget the override and detect the column again.
 */
export interface MappingPatch {
  deals?: Partial<Record<DealField, string | null>>;
  channels?: Partial<Record<ChannelField, string | null>>;
  customers?: Partial<Record<CustomerField, string | null>>;
}

/** Server functions the sidebar may call; each is a top-level function of dist/Code.js. */
export interface ServerFunctions {
  sidebarLoad(): SidebarState;
  sidebarRunAudit(): SidebarState;
  sidebarSaveAnswers(answers: Record<QuestionId, QuestionAnswer>): SidebarState;
  sidebarSaveSettings(patch: SettingsPatch): SidebarState;
  sidebarSaveMapping(patch: MappingPatch): SidebarState;
  sidebarCreateInputTabs(): SidebarState;
  /** Selects a block of the audit tab (SheetPlan.blocks id); false when there is no audit tab yet. */
  sidebarSelectBlock(blockId: string): boolean;
  /** Switches this user's monthly audit on (day 1–28, hour 0–23) or off (null). */
  sidebarSetSchedule(schedule: Schedule | null): SidebarState;
}

/**
 * The names of ServerFunctions, the one list the bundle test and the sidebar's test harness use. A record
 * first, so a name missing from it or one the contract lacks fails to compile.
 */
const SERVER_FUNCTIONS: Record<keyof ServerFunctions, true> = {
  sidebarLoad: true,
  sidebarRunAudit: true,
  sidebarSaveAnswers: true,
  sidebarSaveSettings: true,
  sidebarSaveMapping: true,
  sidebarCreateInputTabs: true,
  sidebarSelectBlock: true,
  sidebarSetSchedule: true,
};
export const SERVER_FUNCTION_NAMES = Object.keys(SERVER_FUNCTIONS) as (keyof ServerFunctions)[];
