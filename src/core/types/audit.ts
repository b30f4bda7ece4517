// The audit as the adapters call it: the tabs they read in, and what one run hands back to write.

import type { Grid, IssueCode } from './input';
import type { AuditReport } from './report';
import type { AreaId, Lang, Settings } from './settings';
import type { SheetPlan } from './sheetPlan';

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
  /** The local runner reads files: what a message offers as a fix is an option (--map), not a sidebar. */
  runner?: boolean;
}

/** A data issue found by an adapter, as a catalog key: the core words it in the audit's language. */
export interface ReadIssue {
  tab: string;
  row: number | null;
  column: string | null;
  code: IssueCode;
  key:
    | 'input.strayQuote'
    | 'input.unreadableTab'
    | 'input.unreadableSheet'
    | 'input.mergedCells'
    | 'input.mergedCellsBeyondLimit'
    | 'input.formulaWithoutResult';
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

/** The last audit the history records: its time and score, and the score of the run before it. */
export interface LastRunSummary {
  generatedAt: string;
  overallScore: number | null;
  previousOverallScore: number | null;
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
  /**
   * The settings this run used (the settings tab's, defaults where it says nothing), so an adapter that
   * needs them after the audit (the sidebar's form, the currency of new tabs) does not read the tab again.
   */
  settings: Settings;
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
