// The `Audit history` tab (SPEC §4.2): one row appended per run, never rewritten, under headers a person
// reads. A new tab has a row of labels in the audit's language and below it a row of the columns' stable
// ids, which adapters hide: programs (this one included) read the history by those ids. See historyRead.ts.
import { t } from './i18n/catalog';
import { metricLabel } from './i18n/labels';
import { OVERALL_ID, PERIOD_ID, RUN_ID, areaColumnId, historyLayout, readHistoryRuns } from './historyRead';
import { SCORE_FORMAT, dateTimeFormat } from './figures';
import { isoDateTimeToSerial, numberFormatFor } from './plan/formats';
import { AREA_IDS } from './types';
import type { AuditReport, Grid, HistoryAppend, LastRunSummary, Unit } from './types';

/** The metrics each run records, in column order. */
export const HISTORY_METRIC_IDS = [
  'conversations.winRate',
  'acquisition.leadToWinRate',
  'acquisition.blendedCac',
  'acquisition.ltvToCac',
  'conversations.avgDaysToWin',
  'conversations.conversationsPerWin',
  'conversations.avgDealValue',
  'aftersales.followUpRate',
  'aftersales.csat',
  'aftersales.nps',
  'aftersales.repeatRate',
  'relationships.overdueShare',
  'relationships.dormantShare',
  'relationships.expansionShare',
] as const;

/** Headers wrap; these widths show every label in at most three lines, in three runs of equal widths. */
const RUN_WIDTH = 130;
const PERIOD_WIDTH = 230;
const VALUE_WIDTH = 140;

export interface HistoryColumn {
  id: string;
  label: string;
  format: string;
  width: number;
  value: string | number | null;
}

/** This run's history columns, in the order a new tab has them. */
export function historyColumns(report: AuditReport): HistoryColumn[] {
  const lang = report.language;
  const metrics = new Map<string, { value: number | null; unit: Unit }>();
  for (const area of report.areas) for (const metric of area.metrics) metrics.set(metric.id, metric);
  const scores = new Map(report.areas.map((area) => [area.id, area.score]));
  // The run time is a date-time serial of the wall-clock time the run was stamped with (the spreadsheet's
  // zone in the add-on, the computer's or noon of --today in the runner), shown with a date-time format.
  const runAt = isoDateTimeToSerial(report.generatedAt);
  return [
    {
      id: RUN_ID,
      label: t(lang, 'history.col.run'),
      format: dateTimeFormat(lang),
      width: RUN_WIDTH,
      value: runAt,
    },
    {
      id: PERIOD_ID,
      label: t(lang, 'history.col.period'),
      format: '',
      width: PERIOD_WIDTH,
      value: report.period.label,
    },
    {
      id: OVERALL_ID,
      label: t(lang, 'history.col.overall'),
      format: SCORE_FORMAT,
      width: VALUE_WIDTH,
      value: report.overall.score,
    },
    ...AREA_IDS.map((area) => ({
      id: areaColumnId(area),
      label: t(lang, `area.${area}`),
      format: SCORE_FORMAT,
      width: VALUE_WIDTH,
      value: scores.get(area) ?? null,
    })),
    ...HISTORY_METRIC_IDS.map((id) => ({
      id,
      label: metricLabel(lang, id),
      format: numberFormatFor(metrics.get(id)?.unit ?? 'count', report.currency, lang),
      width: VALUE_WIDTH,
      value: metrics.get(id)?.value ?? null,
    })),
  ];
}

/** The run's history row, laid out for `grid` (the history tab read; null or unrecognised: a new tab). */
export function historyAppend(report: AuditReport, grid: Grid | null): HistoryAppend {
  const columns = historyColumns(report);
  const header = {
    rows: [columns.map((c) => c.label), columns.map((c) => c.id)],
    idRow: 2,
    columnWidths: columns.map((c) => c.width),
  };
  const layout = historyLayout(grid);
  if (!layout) {
    return { header, added: null, row: columns.map((c) => c.value), formats: columns.map((c) => c.format) };
  }
  const missing = columns.filter((c) => !layout.columns.has(c.id));
  const width = layout.width + missing.length;
  const row: (string | number | null)[] = Array<string | number | null>(width).fill(null);
  const formats: string[] = Array<string>(width).fill('');
  columns.forEach((c) => {
    const index = layout.columns.get(c.id) ?? layout.width + missing.indexOf(c);
    row[index] = c.value;
    formats[index] = c.format;
  });
  let added: HistoryAppend['added'] = null;
  if (missing.length > 0) {
    const hasLabels = !layout.bracketed && layout.idRow > 0;
    const values = layout.bracketed
      ? [missing.map((c) => `${c.label} [${c.id}]`)]
      : [...(hasLabels ? [missing.map((c) => c.label)] : []), missing.map((c) => c.id)];
    added = { row: layout.idRow + 1 - (hasLabels ? 1 : 0), column: layout.width + 1, values };
  }
  return { header, added, row, formats };
}

/**
 * The history tab's values once a run's row is appended to `before` (the tab as read; null: none yet, so
 * the new tab's header rows come first): what a reader of the tab sees after the run, without reading it.
 */
export function historyWithRun(before: Grid | null, append: HistoryAppend): Grid {
  return [...(before ?? append.header.rows), append.row];
}

/** The last audit a history tab records: its time and score, and the score of the run before it. */
export function lastRunOf(history: Grid | null, timeZone: string): LastRunSummary | null {
  const runs = readHistoryRuns(history, timeZone);
  const last = runs[runs.length - 1];
  if (!last) return null;
  return {
    generatedAt: last.generatedAt,
    overallScore: last.overall,
    previousOverallScore: runs[runs.length - 2]?.overall ?? null,
  };
}
