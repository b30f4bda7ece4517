// The audit engine: parsed input + settings → the report of SPEC §4.3 (metrics, ratings, verdicts, lists).
import { dayToIso } from '../days';
import type { PreviousRun } from '../history';
import type { QuestionView } from '../server-api';
import type { AreaId, AuditReport, Day, Lang, MetricResult, Movement, ParsedInput, Settings } from '../types';
import { acquisition } from './acquisition';
import { aftersales } from './aftersales';
import { buildBuyers, firstWins, type Buyer } from './buyers';
import { conversations } from './conversations';
import { lostReasons } from './lostReasons';
import { hasColumn, type Env } from './metric';
import { numberText } from './numberText';
import { costsInPeriod, dealsInPeriod, inRange, periodRange, periodReport } from './period';
import { owners } from './owners';
import { pipeline } from './pipeline';
import { relationships } from './relationships';
import { areaResult, overallScore, questionResults, scoreRating } from './scoring';

export interface AuditContext {
  today: Day;
  lang: Lang;
  /** How numbers inside sentences are written, e.g. 'pl-PL'. */
  locale: string;
  generatedAt: string;
  previous: PreviousRun | null;
  questions: readonly QuestionView[];
  /** What moved since the last audit (SPEC §1.7); null or absent on the first run. */
  movement?: Movement | null;
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

  const namedBuyers: Buyer[] = [];
  for (const buyer of buyers.values()) if (buyer.named) namedBuyers.push(buyer);

  const open = pipeline(parsed.deals, today, settings.stageOrder);
  const lost = hasColumn(env, { tab: 'deals', field: 'lostReason' }) ? lostReasons(deals) : null;
  const acq = acquisition(env, deals, costs, newBuyers);
  const talks = conversations(env, deals, buyers.values());
  const rel = relationships(env, deals, parsed.customers, buyers, namedBuyers, firstWins(buyers));
  const metricsByArea: Record<AreaId, MetricResult[]> = {
    acquisition: acq.metrics,
    conversations: talks.metrics,
    aftersales: aftersales(env, deals, parsed.customers, namedBuyers),
    relationships: rel.metrics,
  };
  const questionsOf = (area: AreaId | 'process') =>
    questionResults(
      ctx.questions.filter((question) => question.area === area),
      settings.answers,
    );
  const areas = AREAS.map((id) =>
    areaResult(id, metricsByArea[id], questionsOf(id), previous ? previous.areas : null),
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
    processQuestions: questionsOf('process'),
    channels: acq.channels,
    owners: owners(env, deals, talks),
    staleDeals: talks.staleDeals,
    overdueCustomers: rel.overdueCustomers,
    statuses: rel.statuses,
    pipeline: open.rows,
    lostReasons: lost,
    movement: ctx.movement ?? null,
    issues: parsed.issues,
  };
}
