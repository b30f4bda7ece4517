// The whole audit as both adapters run it: settings → input → metrics → audit tab plan → history row.
import { isoToDay } from './days';
import { computeAudit } from './engine/computeAudit';
import { stageOrder } from './engine/stageOrder';
import { historyAppend } from './history';
import { readHistoryRuns, type HistoryRun } from './historyRead';
import { isoDateTimeToSerial } from './plan/formats';
import { resolveLanguage, t } from './i18n/catalog';
import { dealsBlocker, parseInput } from './input/parseInput';
import { betweenAudits } from './movement/betweenAudits';
import { OWN_TAB_NAMES } from './input/tabs';
import { buildAuditPlan } from './plan/auditPlan';
import { questionViews } from './settings/questions';
import { readSettings } from './settings/settingsTabReader';
import { settingsPlan } from './settings/settingsTabWriter';
import type { AuditReport, AuditRequest, AuditResult, DataIssue, Lang, Settings, TrendPoint } from './types';
import { UserError } from './userError';
import { quotedParams } from './cells/writing';

/** Reads the settings tab, and picks the audit language from the request, the settings, or the locale. */
export function readAuditSettings(
  request: Pick<AuditRequest, 'settings' | 'language' | 'locale' | 'timeZone' | 'currency'>,
): {
  settings: Settings;
  issues: DataIssue[];
  lang: Lang;
} {
  const read = (lang: Lang) =>
    readSettings(request.settings ? request.settings.values : null, {
      lang,
      locale: request.locale,
      tabName: request.settings ? request.settings.name : OWN_TAB_NAMES[lang].settings,
      timeZone: request.timeZone,
      ...(request.currency ? { currency: request.currency } : {}),
    });
  const guess = request.language ?? resolveLanguage('auto', request.locale);
  const first = read(guess);
  const lang = request.language ?? resolveLanguage(first.settings.language, request.locale);
  // Issue messages are worded in the language the audit ends up in.
  const { settings, issues } = lang === guess ? first : read(lang);
  return { settings, issues, lang };
}

/**
 * Runs the audit. Throws UserError (in the audit's language) only when there is nothing to audit:
 * no Deals tab, or one without a header row or its created / stage columns (SPEC §3.2).
 */
export function auditSpreadsheet(request: AuditRequest): AuditResult {
  const today = isoToDay(request.today);
  if (today === null) throw new Error(`auditSpreadsheet: today must be YYYY-MM-DD, got "${request.today}"`);
  const { settings, issues: settingsIssues, lang } = readAuditSettings(request);

  const parsed = parseInput(
    { deals: request.deals, channels: request.channels, customers: request.customers },
    {
      lang,
      locale: request.locale,
      timeZone: request.timeZone,
      today,
      mapping: request.mapping
        ? {
            deals: { ...settings.mapping.deals, ...request.mapping.deals },
            channels: { ...settings.mapping.channels, ...request.mapping.channels },
            customers: { ...settings.mapping.customers, ...request.mapping.customers },
          }
        : settings.mapping,
      stageOutcomes: settings.stageOutcomes,
      ...(request.runner ? { runner: true } : {}),
    },
  );
  const blocker = dealsBlocker(parsed);
  if (blocker) throw new UserError(blocker.message);

  const history = request.history ? request.history.values : null;
  const runs = readHistoryRuns(history, request.timeZone);
  const last = runs[runs.length - 1];
  const between = betweenAudits(parsed, request.snapshots ? request.snapshots.values : null, {
    lang,
    today,
    generatedAt: request.generatedAt,
    minSample: settings.minSample,
    rank: stageOrder(parsed.openStages, settings.stageOrder).rank,
  });
  const readIssues = (request.readIssues ?? []).map(({ key, params, ...where }) => ({
    ...where,
    message: t(lang, key, quotedParams(params)),
  }));
  const issues = [...settingsIssues, ...readIssues, ...parsed.issues, ...between.issues];
  const report = computeAudit({ ...parsed, issues }, settings, {
    today,
    lang,
    locale: request.locale,
    generatedAt: request.generatedAt,
    previous: last
      ? { generatedAt: last.generatedAt, overall: last.overall, areas: last.areas, metrics: last.metrics }
      : null,
    questions: questionViews(lang),
    movement: between.movement,
  });

  const scoreTrend = scoreTrendOf(runs, report);
  return {
    report,
    settings,
    auditPlan: buildAuditPlan(report, { tabName: OWN_TAB_NAMES[lang].audit, scoreTrend }),
    history: historyAppend(report, history),
    scoreTrend,
    settingsPlan: request.settings ? null : settingsPlan(settings, lang),
    snapshot: between.snapshot,
  };
}

/** The runs the score trend shows: the history's last ones, then this run. */
export const SCORE_TREND_RUNS = 24;

function scoreTrendOf(runs: HistoryRun[], report: AuditReport): TrendPoint[] {
  const points: TrendPoint[] = [];
  for (const run of runs.slice(-(SCORE_TREND_RUNS - 1))) {
    if (run.serial !== null) points.push({ serial: run.serial, overall: run.overall, areas: run.areas });
  }
  const now = isoDateTimeToSerial(report.generatedAt);
  if (now !== null) {
    const areas: TrendPoint['areas'] = {};
    for (const area of report.areas) areas[area.id] = area.score;
    points.push({ serial: now, overall: report.overall.score, areas });
  }
  return points;
}
