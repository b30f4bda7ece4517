// The audit engine: parsed input + settings → the report of SPEC §4.3 (metrics, ratings, verdicts, lists).
import { dayToIso } from '../days';
import type { PreviousRun } from '../historyRead';
import { AREA_IDS } from '../types';
import type {
  AreaId,
  AttentionItem,
  AuditReport,
  Day,
  Lang,
  Movement,
  ParsedInput,
  QuestionView,
  Settings,
} from '../types';
import { acquisition } from './acquisition';
import { rankActions } from './actions';
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
import { areaResult, overallScore, questionResults, scoreRating, type AreaItems } from './scoring';
import { knownSum } from './stats';
import { salesSummary } from './summary';
import { winRateDetail } from './winRateDetail';

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
  const hasValue = hasColumn(env, { tab: 'deals', field: 'value' });
  const buyers = buildBuyers(history, settings.marginPct, hasValue);
  const newBuyers: Buyer[] = [];
  for (const buyer of buyers.values()) if (inRange(buyer.wonDeals[0].created, range)) newBuyers.push(buyer);

  const namedBuyers: Buyer[] = [];
  for (const buyer of buyers.values()) if (buyer.named) namedBuyers.push(buyer);

  const open = pipeline(parsed.deals, today, settings.stageOrder);
  const lost = hasColumn(env, { tab: 'deals', field: 'lostReason' }) ? lostReasons(deals) : null;
  const acq = acquisition(env, deals, costs, newBuyers);
  const talks = conversations(env, deals, buyers.values(), winRateDetail(env, lost, open.rows));
  const rel = relationships(env, deals, parsed.customers, buyers, namedBuyers, firstWins(buyers));
  const team = owners(env, deals, talks);
  const questionsOf = (area: AreaId | 'process') =>
    questionResults(
      ctx.questions.filter((question) => question.area === area),
      settings.answers,
    );
  const named = (kind: AttentionItem['kind'], subjects: string[]): AttentionItem[] =>
    subjects.map((subject) => ({ kind, subject }));
  const items: Record<AreaId, Omit<AreaItems, 'questions'>> = {
    acquisition: {
      metrics: acq.metrics,
      tables: [acq.table],
      namedInTables: named(
        'channel',
        acq.channels.filter((row) => row.verdict === 'drop').map((row) => row.channel),
      ),
    },
    conversations: {
      metrics: talks.metrics,
      tables: [team.table],
      namedInTables: named(
        'owner',
        team.rows.filter((row) => row.flags.length > 0).map((row) => row.owner),
      ),
    },
    aftersales: {
      metrics: aftersales(env, deals, parsed.customers, namedBuyers),
      tables: [],
      namedInTables: [],
    },
    relationships: { metrics: rel.metrics, tables: [], namedInTables: [] },
  };
  const areas = AREA_IDS.map((id) =>
    areaResult(id, { ...items[id], questions: questionsOf(id) }, previous ? previous.areas : null),
  );
  const processQuestions = questionsOf('process');
  const overall = overallScore(areas);
  const avgDealValue = talks.metrics.find((item) => item.id === 'conversations.avgDealValue')?.value ?? null;
  const actions = rankActions({
    env,
    areas,
    processQuestions,
    channels: acq.channels,
    owners: team.rows,
    team: { winRate: talks.winRate, avgDaysToWin: talks.avgDaysToWin, avgDealValue },
    stale: {
      deals: talks.staleDeals.length,
      value: hasValue ? knownSum(talks.staleDeals.map((item) => item.value)) : null,
    },
    overdue: {
      customers: rel.overdueCustomers.length,
      clv: knownSum(rel.overdueCustomers.map((item) => item.clv)),
    },
    dormant: rel.dormant,
    movement: ctx.movement ?? null,
  });
  return {
    schemaVersion: 2,
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
    summary: salesSummary({
      deals: parsed.deals,
      range,
      today,
      hasValue,
      monthlyTarget: settings.monthlyTarget,
    }),
    actions,
    areas,
    processQuestions,
    channels: acq.channels,
    owners: team.rows,
    staleDeals: talks.staleDeals,
    overdueCustomers: rel.overdueCustomers,
    statuses: rel.statuses,
    pipeline: open.rows,
    lostReasons: lost,
    movement: ctx.movement ?? null,
    issues: parsed.issues,
  };
}
