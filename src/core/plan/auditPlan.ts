// Lays out the audit tab (SPEC §4.1) from an AuditReport: the sections below, top to bottom, each in its own
// file under auditTab/. A new section is a new file plus one line here. Every list is capped, so the plan's
// size and the number of Spreadsheet calls to apply it do not grow with the data.
import type { AuditReport, SheetPlan, TrendPoint } from '../types';
import { areaMetrics } from './auditTab/areaMetrics';
import { channels } from './auditTab/channels';
import { dataQuality } from './auditTab/dataQuality';
import { lostReasons } from './auditTab/lostReasons';
import { monthlySales } from './auditTab/monthlySales';
import { movement } from './auditTab/movement';
import { AuditTab, type AuditSection } from './auditTab/layout';
import { overdueCustomers } from './auditTab/overdueCustomers';
import { overview } from './auditTab/overview';
import { pipeline } from './auditTab/pipeline';
import { questionnaire } from './auditTab/questionnaire';
import { scoreTrend } from './auditTab/scoreTrend';
import { salespeople } from './auditTab/salespeople';
import { staleDeals } from './auditTab/staleDeals';
import { statuses } from './auditTab/statuses';

export { RATING_COLORS, VERDICT_COLORS, numberFormatFor } from './formats';
export { LIST_LIMITS } from './auditTab/layout';

/** The detail sections print from a new page: the summary page above them prints on a page of its own. */
const detailPages: AuditSection = (tab) => tab.b.pageBreakBefore(tab.b.nextRow);

const SECTIONS: readonly AuditSection[] = [
  overview,
  monthlySales,
  detailPages,
  scoreTrend,
  areaMetrics('acquisition'),
  channels,
  areaMetrics('conversations'),
  salespeople,
  pipeline,
  lostReasons,
  movement,
  staleDeals,
  areaMetrics('aftersales'),
  areaMetrics('relationships'),
  overdueCustomers,
  statuses,
  questionnaire,
  dataQuality,
];

export interface AuditPlanOptions {
  tabName: string;
  /** The scores of the history's runs and this one (AuditResult.scoreTrend); none: the first run. */
  scoreTrend?: readonly TrendPoint[];
}

export function buildAuditPlan(report: AuditReport, options: AuditPlanOptions): SheetPlan {
  const tab = new AuditTab(report, options.tabName, options.scoreTrend);
  for (const section of SECTIONS) section(tab);
  return tab.b.build();
}
