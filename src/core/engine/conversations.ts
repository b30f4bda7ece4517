// SPEC §1.2: how deals are won — cycle times, conversations, deal values, CLV, stale open deals, velocity.
import { dayToIso } from '../days';
import { t } from '../i18n/catalog';
import type { Deal, MetricResult, StaleDeal } from '../types';
import type { Buyer } from './buyers';
import { firstMissing, hasColumn, metric, type Env } from './metric';
import { mean, median, percentileInc, safeRatio } from './stats';
import type { WinRateDetail } from './winRateDetail';

export interface ConversationsResult {
  metrics: MetricResult[];
  staleDeals: StaleDeal[];
  /** Team yardsticks the owner table compares against. */
  winRate: number | null;
  avgDaysToWin: number | null;
}

/** Days from created to closed, or null when the deal has no usable closed date. */
export function daysToClose(deal: Deal): number | null {
  return deal.closed === null || deal.closed < deal.created ? null : deal.closed - deal.created;
}

function staleDeals(
  env: Env,
  open: readonly Deal[],
  maxAge: number | null,
  medianDaysToWin: number | null,
  conversationsP75: number | null,
): StaleDeal[] {
  const { lang, num, today } = env;
  const median = num.days(medianDaysToWin ?? 0);
  const p75 = num.count(conversationsP75 ?? 0);
  // Reasons repeat for deals of the same age and conversation count; write each once.
  const reasons = new Map<string, string>();
  const reasonFor = (ageDays: number | null, conversations: number | null): string => {
    const cacheKey = `${ageDays}|${conversations}`;
    let reason = reasons.get(cacheKey);
    if (reason === undefined) {
      const age = ageDays === null ? '' : t(lang, 'engine.stale.age', { age: num.days(ageDays), median });
      const talks =
        conversations === null
          ? ''
          : t(lang, 'engine.stale.conversations', {
              n: conversations,
              conversations: num.count(conversations),
              p75,
            });
      reason = age && talks ? t(lang, 'engine.stale.both', { age, conversations: talks }) : age || talks;
      reasons.set(cacheKey, reason);
    }
    return reason;
  };
  const stale: StaleDeal[] = [];
  for (const deal of open) {
    const ageDays = today - deal.created;
    const tooOld = maxAge !== null && ageDays > maxAge;
    const tooManyTalks =
      conversationsP75 !== null && deal.conversations !== null && deal.conversations > conversationsP75;
    if (!tooOld && !tooManyTalks) continue;
    stale.push({
      row: deal.row,
      id: deal.id,
      name: deal.name,
      owner: deal.owner,
      channel: deal.channel,
      ageDays,
      conversations: deal.conversations,
      reason: reasonFor(tooOld ? ageDays : null, tooManyTalks ? deal.conversations : null),
      customer: deal.customer,
      stage: deal.stage,
      value: deal.value,
      created: dayToIso(deal.created),
    });
  }
  return stale.sort((a, b) => b.ageDays - a.ageDays || a.row - b.row);
}

export function conversations(
  env: Env,
  deals: readonly Deal[],
  buyers: Iterable<Buyer>,
  winRateText: WinRateDetail,
): ConversationsResult {
  const { lang, settings, today } = env;
  const need = {
    value: { tab: 'deals', field: 'value' },
    closed: { tab: 'deals', field: 'closed' },
    conversations: { tab: 'deals', field: 'conversations' },
  } as const;

  const daysToWin: number[] = [];
  const wonConversations: number[] = [];
  const wonValues: number[] = [];
  const daysInFunnel: number[] = [];
  const open: Deal[] = [];
  let won = 0;
  let lost = 0;
  // Σ conversations on every deal, open and lost ones too: the per-channel and per-owner definition.
  let allConversations: number | null = null;
  for (const deal of deals) {
    if (deal.conversations !== null) allConversations = (allConversations ?? 0) + deal.conversations;
    if (deal.outcome === 'open') {
      open.push(deal);
      continue;
    }
    const days = daysToClose(deal);
    if (days !== null) daysInFunnel.push(days);
    if (deal.outcome === 'lost') {
      lost += 1;
      continue;
    }
    won += 1;
    if (days !== null) daysToWin.push(days);
    if (deal.conversations !== null) wonConversations.push(deal.conversations);
    if (deal.value !== null) wonValues.push(deal.value);
  }

  const clvs: number[] = [];
  for (const buyer of buyers) if (buyer.clv !== null) clvs.push(buyer.clv);

  const avgDaysToWin = mean(daysToWin);
  const medianDaysToWin = median(daysToWin);
  const avgDealValue = mean(wonValues);
  const winRate = safeRatio(won, won + lost);

  // An open deal has outstayed a normal win when older than twice the median win, or when it took more
  // conversations than three in four won deals needed ("the average tells you when to leave the stage").
  const maxAge = medianDaysToWin === null ? null : 2 * medianDaysToWin;
  const conversationsP75 = percentileInc(wonConversations, 0.75);
  const stale = staleDeals(env, open, maxAge, medianDaysToWin, conversationsP75);
  const thresholdBasis = Math.max(maxAge === null ? 0 : daysToWin.length, wonConversations.length);
  const hasStaleBasis = hasColumn(env, need.closed) || hasColumn(env, need.conversations);

  const openDays = open.map((deal) => today - deal.created);
  const velocity =
    avgDealValue === null || winRate === null || avgDaysToWin === null
      ? null
      : safeRatio(open.length * winRate * avgDealValue, avgDaysToWin);

  const marginBasis =
    settings.marginPct === 100
      ? t(lang, 'engine.clv.revenue')
      : t(lang, 'engine.clv.margin', { pct: env.num.percent(settings.marginPct / 100) });

  const metrics = [
    metric(env, 'conversations.avgDaysToWin', {
      value: avgDaysToWin,
      sample: daysToWin.length,
      missing: firstMissing(env, need.closed),
    }),
    metric(env, 'conversations.medianDaysToWin', {
      value: medianDaysToWin,
      sample: daysToWin.length,
      missing: firstMissing(env, need.closed),
    }),
    metric(env, 'conversations.avgConversationsPerWin', {
      value: mean(wonConversations),
      sample: wonConversations.length,
      missing: firstMissing(env, need.conversations),
    }),
    metric(env, 'conversations.conversationsPerWin', {
      value: allConversations === null ? null : safeRatio(allConversations, won),
      sample: won,
      missing: firstMissing(env, need.conversations),
      params: { conversations: env.num.count(allConversations ?? 0), won: env.num.count(won) },
    }),
    metric(env, 'conversations.avgDealValue', {
      value: avgDealValue,
      sample: wonValues.length,
      missing: firstMissing(env, need.value),
    }),
    metric(env, 'conversations.medianDealValue', {
      value: median(wonValues),
      sample: wonValues.length,
      missing: firstMissing(env, need.value),
    }),
    metric(env, 'conversations.avgClv', {
      value: mean(clvs),
      sample: clvs.length,
      missing: firstMissing(env, need.value),
      params: { basis: marginBasis },
    }),
    metric(env, 'conversations.avgDaysInFunnel', {
      value: mean(daysInFunnel),
      sample: daysInFunnel.length,
      missing: firstMissing(env, need.closed),
    }),
    metric(env, 'conversations.avgOpenDealAgeDays', { value: mean(openDays), sample: open.length }),
    metric(env, 'conversations.staleOpenShare', {
      value: maxAge === null && conversationsP75 === null ? null : safeRatio(stale.length, open.length),
      // The share is only as good as the smaller of its two bases: open deals and the won deals
      // behind the thresholds.
      sample: Math.min(open.length, thresholdBasis),
      missing: hasStaleBasis ? null : need.closed,
      params: { stale: stale.length, open: open.length },
    }),
    metric(env, 'conversations.winRate', {
      value: winRate,
      sample: won + lost,
      params: { won, closed: won + lost, detail: winRateText.detail },
      advice: winRateText.advice,
    }),
    metric(env, 'conversations.salesVelocity', {
      value: velocity,
      sample: daysToWin.length,
      missing: firstMissing(env, need.value, need.closed),
    }),
  ];
  return { metrics, staleDeals: stale, winRate, avgDaysToWin };
}
