// What one server call hands the sidebar: the report with its lists capped, so it stays far below 200 KB
// at any row count (SPEC §6). 100,000 deals with a third of the dates broken made a 6.3 MB report, almost
// all of it data issues and the full stale-deal and overdue-customer lists; the sidebar shows the issue
// counts and the first few, and the full lists live in the audit tab.
import type { AuditReport, IssueCode } from './types';

/** Any list reaches the sidebar with at most this many entries (channels, salespeople, stages…). */
export const SIDEBAR_LIST_LIMIT = 50;
/** The row lists (one entry per deal, customer or issue) with this many: the audit tab shows the top 20 too. */
export const SIDEBAR_ROW_LIMIT = 20;
/** The movement lists (stage changes, slipped and stuck deals) with this many: the tab has them all. */
export const SIDEBAR_MOVEMENT_LIMIT = 10;

export interface SidebarReport extends AuditReport {
  /** Data issues by code, over all of them (the report's `issues` holds only the first). */
  issueCounts: Partial<Record<IssueCode, number>>;
  issuesTotal: number;
}

/** A copy with every array anywhere in it cut to `limit` entries. */
function capped<T>(value: T, limit: number): T {
  if (Array.isArray(value)) return value.slice(0, limit).map((item: unknown) => capped(item, limit)) as T;
  if (value === null || typeof value !== 'object') return value;
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) copy[key] = capped(item, limit);
  return copy as T;
}

/** How long each kind of list may be (the last run's stored summary may ask for shorter ones). */
export interface SidebarLimits {
  list: number;
  rows: number;
  movement: number;
}

const SIDEBAR_LIMITS: SidebarLimits = {
  list: SIDEBAR_LIST_LIMIT,
  rows: SIDEBAR_ROW_LIMIT,
  movement: SIDEBAR_MOVEMENT_LIMIT,
};

export function sidebarReport(report: AuditReport, limits = SIDEBAR_LIMITS): SidebarReport {
  const { list, rows, movement } = limits;
  const issueCounts: Partial<Record<IssueCode, number>> = {};
  for (const issue of report.issues) issueCounts[issue.code] = (issueCounts[issue.code] ?? 0) + 1;
  return {
    ...capped(report, list),
    staleDeals: capped(report.staleDeals.slice(0, rows), list),
    overdueCustomers: capped(report.overdueCustomers.slice(0, rows), list),
    movement: report.movement && {
      ...capped(report.movement, list),
      transitions: report.movement.transitions.slice(0, movement),
      slippedDeals: capped(report.movement.slippedDeals.slice(0, movement), list),
      stuckDeals: capped(report.movement.stuckDeals.slice(0, movement), list),
    },
    issues: report.issues.slice(0, rows),
    issueCounts,
    issuesTotal: report.issues.length,
  };
}
