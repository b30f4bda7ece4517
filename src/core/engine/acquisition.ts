// SPEC §1.1: where inquiries come from, what they convert to, what a customer costs per channel.
import { t } from '../i18n/catalog';
import type { ChannelCost, ChannelRow, Deal, MetricResult, TableScore, Verdict } from '../types';
import type { Buyer } from './buyers';
import { firstMissing, hasColumn, metric, type Env } from './metric';
import { tableScore } from './scoring';
import { mean, safeRatio, spread } from './stats';
import { channelVerdict, flagExpensive } from './verdict';
import { quoted } from '../cells/writing';

interface ChannelTally {
  name: string;
  leads: number;
  won: number;
  lost: number;
  /** Σ conversation counts; null while none of the channel's deals has one (unknown effort, not zero). */
  conversations: number | null;
  cost: number | null;
  newCustomers: number;
  clvs: number[];
}

export interface AcquisitionResult {
  metrics: MetricResult[];
  channels: ChannelRow[];
  /** The channel table as one item of the area score (SPEC §2). */
  table: TableScore;
  /** Won ÷ all deals created in the period; the yardstick of channel verdicts. */
  leadToWinRate: number | null;
}

const VERDICT_POINTS: Partial<Record<Verdict, number>> = { strengthen: 100, modify: 50, drop: 0 };

/**
 * Verdict points weighted by each channel's leads. Only a table with costs says what a channel is worth,
 * so without any LTV:CAC it is unrated; `insufficient` channels and the `(no channel)` row weigh nothing.
 */
export function channelTable(channels: readonly ChannelRow[]): TableScore {
  if (!channels.some((row) => row.ltvToCac !== null)) return tableScore('channels', null);
  let weighted = 0;
  let leads = 0;
  for (const row of channels) {
    const points = VERDICT_POINTS[row.verdict];
    if (points === undefined) continue;
    weighted += points * row.leads;
    leads += row.leads;
  }
  return tableScore('channels', safeRatio(weighted, leads));
}

const NO_CHANNEL = '';

function tallyChannels(
  env: Env,
  deals: readonly Deal[],
  costs: readonly ChannelCost[],
  newBuyers: readonly Buyer[],
): Map<string, ChannelTally> {
  const tallies = new Map<string, ChannelTally>();
  const tally = (key: string | null, name: string | null): ChannelTally => {
    const id = key ?? NO_CHANNEL;
    let entry = tallies.get(id);
    if (!entry) {
      entry = {
        name: name ?? t(env.lang, 'engine.channel.none'),
        leads: 0,
        won: 0,
        lost: 0,
        conversations: null,
        cost: null,
        newCustomers: 0,
        clvs: [],
      };
      tallies.set(id, entry);
    }
    return entry;
  };
  for (const deal of deals) {
    const entry = tally(deal.channelKey, deal.channel);
    entry.leads += 1;
    if (deal.outcome === 'won') entry.won += 1;
    else if (deal.outcome === 'lost') entry.lost += 1;
    if (deal.conversations !== null) entry.conversations = (entry.conversations ?? 0) + deal.conversations;
  }
  for (const cost of costs) {
    const entry = tally(cost.channelKey, cost.channel);
    entry.cost = (entry.cost ?? 0) + cost.cost;
  }
  for (const buyer of newBuyers) {
    const entry = tally(buyer.wonDeals[0].channelKey, buyer.wonDeals[0].channel);
    entry.newCustomers += 1;
    if (buyer.clv !== null) entry.clvs.push(buyer.clv);
  }
  return tallies;
}

function channelRow(tally: ChannelTally, totalLeads: number): ChannelRow {
  const cac = tally.cost === null ? null : safeRatio(tally.cost, tally.newCustomers);
  const avgClv = mean(tally.clvs);
  return {
    channel: tally.name,
    leads: tally.leads,
    share: safeRatio(tally.leads, totalLeads),
    won: tally.won,
    lost: tally.lost,
    conversion: safeRatio(tally.won, tally.leads),
    winRate: safeRatio(tally.won, tally.won + tally.lost),
    cost: tally.cost,
    newCustomers: tally.newCustomers,
    cac,
    avgClv,
    profitPerCustomer: avgClv === null || cac === null ? null : avgClv - cac,
    ltvToCac: avgClv === null || cac === null ? null : safeRatio(avgClv, cac),
    conversationsPerWin: tally.conversations === null ? null : safeRatio(tally.conversations, tally.won),
    verdict: 'insufficient',
    reason: '',
  };
}

export function acquisition(
  env: Env,
  deals: readonly Deal[],
  costs: readonly ChannelCost[],
  newBuyers: readonly Buyer[],
): AcquisitionResult {
  const hasChannel = hasColumn(env, { tab: 'deals', field: 'channel' });
  const leads = deals.length;
  let won = 0;
  for (const deal of deals) if (deal.outcome === 'won') won += 1;
  const leadToWinRate = safeRatio(won, leads);

  const channels: ChannelRow[] = [];
  if (hasChannel) {
    for (const [key, tally] of tallyChannels(env, deals, costs, newBuyers)) {
      const row = channelRow(tally, leads);
      // Deals with a blank channel are shown (they count in the shares) but are no channel to act on.
      const judged: Pick<ChannelRow, 'verdict' | 'reason'> =
        key === NO_CHANNEL
          ? { verdict: 'insufficient', reason: t(env.lang, 'engine.verdict.noChannel') }
          : channelVerdict(env, row, leadToWinRate);
      Object.assign(row, judged);
      channels.push(row);
    }
    channels.sort((a, b) => b.leads - a.leads || b.won - a.won || a.channel.localeCompare(b.channel));
    flagExpensive(env, channels, leadToWinRate);
  }

  const costMissing = firstMissing(env, { tab: 'channels', field: 'cost' });
  let totalCost = 0;
  for (const cost of costs) totalCost += cost.cost;
  const newCustomers = newBuyers.length;
  // No cost row in the period is unknown cost, not zero cost.
  const blendedCac = costs.length === 0 ? null : safeRatio(totalCost, newCustomers);
  const clvs = newBuyers.flatMap((buyer) => (buyer.clv === null ? [] : [buyer.clv]));
  const avgNewClv = mean(clvs);

  const rated = channels.filter(
    (row) =>
      row.verdict !== 'insufficient' && row.conversationsPerWin !== null && row.conversationsPerWin > 0,
  );
  const effortSpread = spread(rated.map((row) => row.conversationsPerWin ?? 0));
  const byEffort = [...rated].sort((a, b) => (b.conversationsPerWin ?? 0) - (a.conversationsPerWin ?? 0));

  const metrics = [
    metric(env, 'acquisition.leads', { value: leads, sample: leads }),
    metric(env, 'acquisition.leadToWinRate', { value: leadToWinRate, sample: leads }),
    metric(env, 'acquisition.blendedCac', { value: blendedCac, sample: newCustomers, missing: costMissing }),
    metric(env, 'acquisition.ltvToCac', {
      value: avgNewClv === null || blendedCac === null ? null : safeRatio(avgNewClv, blendedCac),
      sample: newCustomers,
      missing: firstMissing(env, { tab: 'channels', field: 'cost' }, { tab: 'deals', field: 'value' }),
      noData: blendedCac === 0 ? t(env.lang, 'engine.note.zeroCost') : null,
    }),
    metric(env, 'acquisition.effortSpread', {
      value: effortSpread,
      sample: rated.reduce((total, row) => total + row.won, 0),
      missing: firstMissing(
        env,
        { tab: 'deals', field: 'channel' },
        { tab: 'deals', field: 'conversations' },
      ),
      params: {
        maxChannel: quoted(byEffort[0]?.channel ?? ''),
        minChannel: quoted(byEffort[byEffort.length - 1]?.channel ?? ''),
      },
    }),
  ];
  return { metrics, channels, table: channelTable(channels), leadToWinRate };
}
