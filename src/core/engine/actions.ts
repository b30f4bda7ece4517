// SPEC §1.6 "what to do first": every candidate action with its money at stake, most at stake first.
// The kinds are one table (ACTION_KINDS): a new kind is one entry, placed where it ranks among equals.
import { metricLabel } from '../i18n/labels';
import { hasMessage, t } from '../i18n/catalog';
import type {
  Action,
  AreaId,
  AreaResult,
  ChannelRow,
  MetricResult,
  Movement,
  MovementDeal,
  OwnerRow,
  QuestionResult,
} from '../types';
import type { Env } from './metric';
import { isLowWinRate } from './owners';
import { knownSum } from './stats';
import { quoted } from '../cells/writing';

/** Most actions the summary lists (SPEC §1.6). */
export const MAX_ACTIONS = 7;

/** Customers an action is about, with the CLV at stake: null when no value of theirs is known. */
export interface CustomersAtStake {
  customers: number;
  clv: number | null;
}

/** What the actions are drawn from: the computed report parts and a few totals the report rows lack. */
export interface ActionFacts {
  env: Env;
  areas: readonly AreaResult[];
  processQuestions: readonly QuestionResult[];
  channels: readonly ChannelRow[];
  owners: readonly OwnerRow[];
  /** The team's yardsticks in the period. */
  team: { winRate: number | null; avgDaysToWin: number | null; avgDealValue: number | null };
  /** Stale open deals and the Σ of their known values (null: none known). */
  stale: { deals: number; value: number | null };
  overdue: CustomersAtStake;
  dormant: CustomersAtStake;
  /** What moved since the last audit; null on the first audit. */
  movement: Movement | null;
}

export interface ActionKind {
  /** The kind of SPEC §1.6's table; `metric` and `question` are followed by an id in Action.kind. */
  kind: string;
  /** Metric ids whose rating this kind already acts on, so they get no `metric.` action of their own. */
  covers?: readonly string[];
  collect(facts: ActionFacts): Action[];
}

function metricOf(facts: ActionFacts, id: string): MetricResult | undefined {
  for (const area of facts.areas) {
    const found = area.metrics.find((item) => item.id === id);
    if (found) return found;
  }
  return undefined;
}

function ratingOf(facts: ActionFacts, metricId: string): 'red' | 'amber' {
  return metricOf(facts, metricId)?.rating === 'red' ? 'red' : 'amber';
}

/** "$250,000 spent this period for 3 customers who brought $48,000". */
function spentText(env: Env, row: ChannelRow): string {
  const params = { n: row.newCustomers, cost: env.num.currency(row.cost ?? 0) };
  if (row.newCustomers === 0) return t(env.lang, 'action.spent.none', params);
  // The channel's new customers at their mean CLV: what they brought, customers of unknown value at the mean.
  if (row.avgClv === null) return t(env.lang, 'action.spent.customers', params);
  return t(env.lang, 'action.spent.clv', {
    ...params,
    value: env.num.currency(row.avgClv * row.newCustomers),
  });
}

function channelAction(env: Env, row: ChannelRow, kind: 'channel.drop' | 'channel.modify'): Action {
  return {
    area: 'acquisition',
    kind,
    subject: row.channel,
    rating: kind === 'channel.drop' ? 'red' : 'amber',
    text: t(env.lang, `action.${kind}`, { channel: quoted(row.channel), spent: spentText(env, row) }),
    impact: { value: row.cost, deals: row.leads, customers: null },
  };
}

function ownerAction(facts: ActionFacts, row: OwnerRow): Action {
  const { env, team } = facts;
  const { lang, num } = env;
  const closed = row.won + row.lost;
  const lowWinRate = isLowWinRate(row.winRate, team.winRate);
  // What the salesperson's closed deals would have brought at the team's win rate; never below nothing.
  const value =
    row.winRate === null || team.winRate === null || team.avgDealValue === null
      ? null
      : Math.max(0, (team.winRate - row.winRate) * closed * team.avgDealValue);
  const params = {
    owner: quoted(row.owner),
    n: closed,
    rate: num.percent(row.winRate ?? 0),
    team: num.percent(team.winRate ?? 0),
    value: num.currency(value ?? 0),
    days: num.days(row.avgDaysToWin ?? 0),
    teamDays: num.days(team.avgDaysToWin ?? 0),
  };
  // Flagged only for slow wins: the text is about time; the amount still follows SPEC §1.6's formula.
  const key = !lowWinRate
    ? 'action.owner.slow'
    : value === null
      ? 'action.owner.winRate'
      : 'action.owner.lostSales';
  return {
    area: 'conversations',
    kind: 'owner.flag',
    subject: row.owner,
    rating: 'red',
    text: t(lang, key, params),
    impact: { value, deals: closed, customers: null },
  };
}

/** Stuck or slipped deals (SPEC §1.7): the owner should call about each; the money is their known value. */
function movedDealsAction(
  env: Env,
  kind: 'deals.stuck' | 'deals.slipped',
  deals: readonly MovementDeal[],
): Action[] {
  if (deals.length === 0) return [];
  const value = knownSum(deals.map((deal) => deal.value));
  const params = { n: deals.length, value: env.num.currency(value ?? 0) };
  return [
    {
      area: 'conversations',
      kind,
      subject: null,
      rating: 'amber',
      text: t(env.lang, value === null ? `action.${kind}.noValue` : `action.${kind}`, params),
      impact: { value, deals: deals.length, customers: null },
    },
  ];
}

function customersAction(
  facts: ActionFacts,
  kind: 'customers.overdue' | 'customers.dormant',
  atStake: CustomersAtStake,
  metricId: string,
): Action {
  const { lang, num } = facts.env;
  const params = { n: atStake.customers, value: num.currency(atStake.clv ?? 0) };
  return {
    area: 'relationships',
    kind,
    subject: null,
    rating: ratingOf(facts, metricId),
    text: t(lang, atStake.clv === null ? `action.${kind}.noValue` : `action.${kind}`, params),
    impact: { value: atStake.clv, deals: null, customers: atStake.customers },
  };
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const STALE = 'conversations.staleOpenShare';
const OVERDUE = 'relationships.overdueShare';
const DORMANT = 'relationships.dormantShare';

/** SPEC §1.6's table, in its order: the order breaks ties between equal amounts and severities. */
export const ACTION_KINDS: readonly ActionKind[] = [
  {
    kind: 'channel.drop',
    collect: ({ env, channels }) =>
      channels.filter((row) => row.verdict === 'drop').map((row) => channelAction(env, row, 'channel.drop')),
  },
  {
    kind: 'channel.modify',
    collect: ({ env, channels }) =>
      channels
        .filter((row) => row.verdict === 'modify' && row.cost !== null && row.cost > 0)
        .map((row) => channelAction(env, row, 'channel.modify')),
  },
  {
    kind: 'owner.flag',
    collect: (facts) =>
      facts.owners.filter((row) => row.flags.length > 0).map((row) => ownerAction(facts, row)),
  },
  {
    kind: 'deals.stale',
    covers: [STALE],
    collect: (facts) => {
      const { stale, env } = facts;
      if (stale.deals === 0) return [];
      const params = { n: stale.deals, value: env.num.currency(stale.value ?? 0) };
      return [
        {
          area: 'conversations',
          kind: 'deals.stale',
          subject: null,
          rating: ratingOf(facts, STALE),
          text: t(
            env.lang,
            stale.value === null ? 'action.deals.stale.noValue' : 'action.deals.stale',
            params,
          ),
          impact: { value: stale.value, deals: stale.deals, customers: null },
        },
      ];
    },
  },
  {
    kind: 'deals.stuck',
    collect: ({ env, movement }) => movedDealsAction(env, 'deals.stuck', movement?.stuckDeals ?? []),
  },
  {
    kind: 'deals.slipped',
    collect: ({ env, movement }) => movedDealsAction(env, 'deals.slipped', movement?.slippedDeals ?? []),
  },
  {
    kind: 'customers.overdue',
    covers: [OVERDUE],
    collect: (facts) =>
      facts.overdue.customers === 0
        ? []
        : [customersAction(facts, 'customers.overdue', facts.overdue, OVERDUE)],
  },
  {
    kind: 'customers.dormant',
    covers: [DORMANT],
    collect: (facts) => {
      const rating = metricOf(facts, DORMANT)?.rating;
      if (rating !== 'red' && rating !== 'amber') return [];
      return [customersAction(facts, 'customers.dormant', facts.dormant, DORMANT)];
    },
  },
  {
    kind: 'metric',
    collect: (facts) => {
      const covered = new Set(ACTION_KINDS.flatMap((kind) => kind.covers ?? []));
      const { lang, num } = facts.env;
      return facts.areas.flatMap((area) =>
        area.metrics
          .filter((item) => (item.rating === 'red' || item.rating === 'amber') && !covered.has(item.id))
          .map((item): Action => {
            const advice = `engine.advice.${item.id}`;
            return {
              area: area.id,
              kind: `metric.${item.id}`,
              subject: item.id,
              rating: item.rating === 'red' ? 'red' : 'amber',
              text: t(lang, 'action.metric', {
                advice: capitalized(hasMessage(advice) ? t(lang, advice) : ''),
                label: metricLabel(lang, item.id),
                value: item.value === null ? '' : num.of(item.value, item.unit),
                target: item.target ?? '',
              }),
              impact: { value: null, deals: null, customers: null },
            };
          }),
      );
    },
  },
  {
    kind: 'question',
    collect: ({ env, areas, processQuestions }) => {
      const answered = (area: AreaId | 'process', questions: readonly QuestionResult[]) =>
        questions
          .filter((question) => question.answer === 'no')
          .map((question): Action => ({
            area,
            kind: `question.${question.id}`,
            subject: question.id,
            rating: 'red',
            text: t(env.lang, 'action.question', { question: question.text }),
            impact: { value: null, deals: null, customers: null },
          }));
      return [
        ...areas.flatMap((area) => answered(area.id, area.questions)),
        ...answered('process', processQuestions),
      ];
    },
  },
];

const SEVERITY: Record<Action['rating'], number> = { red: 0, amber: 1 };

/**
 * Every candidate, sorted by money at stake (none after any amount), then severity, then the kind's place
 * in ACTION_KINDS, then subject; the first MAX_ACTIONS are kept.
 */
export function rankActions(facts: ActionFacts): Action[] {
  const ranked = ACTION_KINDS.flatMap((kind, order) =>
    kind.collect(facts).map((action) => ({ action, order })),
  );
  ranked.sort((a, b) => {
    const x = a.action;
    const y = b.action;
    const byValue =
      x.impact.value === null || y.impact.value === null
        ? Number(x.impact.value === null) - Number(y.impact.value === null)
        : y.impact.value - x.impact.value;
    return (
      byValue ||
      SEVERITY[x.rating] - SEVERITY[y.rating] ||
      a.order - b.order ||
      (x.subject ?? '').localeCompare(y.subject ?? '')
    );
  });
  return ranked.slice(0, MAX_ACTIONS).map((entry) => entry.action);
}
