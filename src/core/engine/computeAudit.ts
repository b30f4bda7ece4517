// The audit engine: parsed input + settings → the report of SPEC §4.3 (metrics, ratings, verdicts, lists).
import { dayToIso } from '../days';
import type { AreaId, AuditReport, Day, Lang, MetricResult, ParsedInput, Settings } from '../types';
import { acquisition } from './acquisition';
import { buildBuyers, type Buyer } from './buyers';
import { hasColumn, type Env } from './metric';
import { numberText } from './numberText';
import { costsInPeriod, dealsInPeriod, inRange, periodRange, periodReport } from './period';
import { areaResult, overallScore, questionResults, scoreRating } from './scoring';

/** The scores of the previous run, as the history tab keeps them (structurally history's PreviousRun). */
export interface PreviousScores {
  overall: number | null;
  areas: Partial<Record<AreaId, number | null>>;
  metrics: Record<string, number | null>;
}

export interface AuditContext {
  today: Day;
  lang: Lang;
  /** How numbers inside sentences are written, e.g. 'pl-PL'. */
  locale: string;
  generatedAt: string;
  previous: PreviousScores | null;
  questions: readonly { id: string; area: AreaId | 'process'; text: string }[];
}

const AREAS: readonly AreaId[] = ['acquisition', 'conversations', 'aftersales', 'relationships'];

export function computeAudit(parsed: ParsedInput, settings: Settings, ctx: AuditContext): AuditReport {
  const { lang, today, previous } = ctx;
  const env: Env = {
    lang,
    settings,
    today,
    num: numberText(lang, ctx.locale, settings.currency),
    input: parsed.input,
    previousMetrics: previous ? previous.metrics : null,
  };
  const range = periodRange(settings.period, today);
  const deals = dealsInPeriod(parsed.deals, range);
  const costs = costsInPeriod(parsed.channelCosts, range);
  const history = parsed.deals.filter((deal) => deal.created <= range.to);
  const buyers = buildBuyers(history, settings.marginPct, hasColumn(env, { tab: 'deals', field: 'value' }));
  const newBuyers: Buyer[] = [];
  for (const buyer of buyers.values()) if (inRange(buyer.wonDeals[0].created, range)) newBuyers.push(buyer);

  const acq = acquisition(env, deals, costs, newBuyers);
  const metricsByArea: Record<AreaId, MetricResult[]> = {
    acquisition: acq.metrics,
    conversations: [],
    aftersales: [],
    relationships: [],
  };

  const areas = AREAS.map((id) =>
    areaResult(
      id,
      metricsByArea[id],
      questionResults(
        ctx.questions.filter((question) => question.area === id),
        settings.answers,
      ),
      previous ? previous.areas : null,
    ),
  );
  const overall = overallScore(areas);
  return {
    schemaVersion: 1,
    generatedAt: ctx.generatedAt,
    today: dayToIso(today),
    period: periodReport(settings.period, range, lang),
    locale: ctx.locale,
    language: lang,
    currency: settings.currency,
    input: parsed.input,
    openStages: parsed.openStages,
    overall: {
      score: overall,
      rating: scoreRating(overall),
      ...(previous ? { previousScore: previous.overall } : {}),
    },
    areas,
    channels: acq.channels,
    owners: [],
    staleDeals: [],
    overdueCustomers: [],
    statuses: [],
    issues: parsed.issues,
  };
}
