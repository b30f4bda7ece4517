// The `Audit history` tab (SPEC §4.2): one row appended per run, never rewritten, read back to show the
// change since the previous run.
//
// Every header cell ends with its stable id in brackets, e.g. "Win rate [conversations.winRate]". The
// history is read by those ids, never by position or by the label, so it survives a switch of the audit
// language, columns the user moved or inserted, and key metrics added in a later version.
import { t } from './i18n/catalog';
import { metricLabel } from './i18n/labels';
import { readText } from './cells/reading';
import { numberFormatFor } from './plan/formats';
import { AREA_IDS } from './types';
import type { AreaId, AuditReport, Cell, Grid, Lang, Unit } from './types';

export interface PreviousRun {
  generatedAt: string;
  overall: number | null;
  areas: Partial<Record<AreaId, number | null>>;
  metrics: Record<string, number | null>;
}

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

const RUN_ID = 'run';
const PERIOD_ID = 'period';
const OVERALL_ID = 'overall';
const areaColumnId = (area: AreaId) => `area.${area}`;

function header(label: string, id: string): string {
  return `${label} [${id}]`;
}

export function historyHeader(lang: Lang): string[] {
  return [
    header(t(lang, 'history.col.run'), RUN_ID),
    header(t(lang, 'history.col.period'), PERIOD_ID),
    header(t(lang, 'history.col.overall'), OVERALL_ID),
    ...AREA_IDS.map((area) => header(t(lang, `area.${area}`), areaColumnId(area))),
    ...HISTORY_METRIC_IDS.map((id) => header(metricLabel(lang, id), id)),
  ];
}

/**
 * The run time stays the ISO text of the run with its zone offset: exact in every adapter and sortable.
 * Ratios stay fractions, read as percentages through historyFormats. A missing value is an empty cell.
 */
export function historyRow(report: AuditReport): (string | number | null)[] {
  const metrics = new Map<string, number | null>();
  for (const area of report.areas) for (const metric of area.metrics) metrics.set(metric.id, metric.value);
  const scores = new Map(report.areas.map((area) => [area.id, area.score]));
  return [
    report.generatedAt,
    report.period.label,
    report.overall.score,
    ...AREA_IDS.map((area) => scores.get(area) ?? null),
    ...HISTORY_METRIC_IDS.map((id) => metrics.get(id) ?? null),
  ];
}

const SCORE_FORMAT = '0';

/** The number format of each history column, in historyHeader's order. */
export function historyFormats(report: AuditReport): string[] {
  const units = new Map<string, Unit>();
  for (const area of report.areas) for (const metric of area.metrics) units.set(metric.id, metric.unit);
  return [
    '',
    '',
    SCORE_FORMAT,
    ...AREA_IDS.map(() => SCORE_FORMAT),
    ...HISTORY_METRIC_IDS.map((id) =>
      numberFormatFor(units.get(id) ?? 'count', report.currency, report.language),
    ),
  ];
}

const ID_IN_HEADER = /\[([A-Za-z0-9_.]+)\]\s*$/;

function number(cell: Cell): number | null {
  if (typeof cell === 'number') return isFinite(cell) ? cell : null;
  if (typeof cell !== 'string' || cell.trim() === '') return null;
  const value = Number(cell.trim());
  return isFinite(value) ? value : null;
}

function runTime(cell: Cell): string | null {
  if (cell instanceof Date) return isNaN(cell.getTime()) ? null : cell.toISOString();
  const text = readText(cell);
  return typeof text === 'string' && text !== '' ? text : null;
}

/**
 * The last run recorded in a history tab, or null when there is none (no tab, no header with ids, no
 * row with a run time). Rows are appended, so the last filled row is the latest run.
 */
export function readPreviousRun(grid: Grid | null): PreviousRun | null {
  if (!grid) return null;
  const headerIndex = grid.findIndex((row) =>
    row.some((cell) => typeof cell === 'string' && ID_IN_HEADER.test(cell)),
  );
  if (headerIndex < 0) return null;
  const columns = new Map<string, number>();
  grid[headerIndex].forEach((cell, column) => {
    const match = typeof cell === 'string' ? ID_IN_HEADER.exec(cell) : null;
    if (match && !columns.has(match[1])) columns.set(match[1], column);
  });
  const runColumn = columns.get(RUN_ID);
  if (runColumn === undefined) return null;
  for (let index = grid.length - 1; index > headerIndex; index--) {
    const row = grid[index];
    const generatedAt = runTime(row[runColumn]);
    if (generatedAt === null) continue;
    const at = (id: string): number | null => {
      const column = columns.get(id);
      return column === undefined ? null : number(row[column]);
    };
    const areas: PreviousRun['areas'] = {};
    for (const area of AREA_IDS) if (columns.has(areaColumnId(area))) areas[area] = at(areaColumnId(area));
    const metrics: Record<string, number | null> = {};
    for (const id of columns.keys()) {
      if (id !== RUN_ID && id !== PERIOD_ID && id !== OVERALL_ID && !id.startsWith('area.'))
        metrics[id] = at(id);
    }
    return { generatedAt, overall: at(OVERALL_ID), areas, metrics };
  }
  return null;
}
