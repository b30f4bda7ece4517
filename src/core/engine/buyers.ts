// Who bought what, over the whole history up to the period's end: a customer's acquisition channel,
// CLV, repeat purchases and last purchase depend on deals before the period too.
import type { Day, Deal } from '../types';

export interface Buyer {
  /** The customer key, or `#<row>` for a won deal without a customer (SPEC §1.1: it is a new customer). */
  key: string;
  named: boolean;
  /** Won deals in the order they were won. */
  wonDeals: Deal[];
  /** Σ won value × margin; null when the Deals tab has no value column or none of its won deals has a value. */
  clv: number | null;
  lastWinDay: Day;
}

/** When a deal was won: its closed date, else (no closed column or blank cell) its created date. */
export function winDay(deal: Deal): Day {
  return deal.closed ?? deal.created;
}

function byWinOrder(a: Deal, b: Deal): number {
  return winDay(a) - winDay(b) || a.created - b.created || a.row - b.row;
}

export function buildBuyers(
  historyDeals: readonly Deal[],
  marginPct: number,
  hasValue: boolean,
): Map<string, Buyer> {
  const buyers = new Map<string, Buyer>();
  for (const deal of historyDeals) {
    if (deal.outcome !== 'won') continue;
    const key = deal.customerKey ?? `#${deal.row}`;
    const buyer = buyers.get(key);
    if (buyer) buyer.wonDeals.push(deal);
    else
      buyers.set(key, { key, named: deal.customerKey !== null, wonDeals: [deal], clv: null, lastWinDay: 0 });
  }
  const margin = marginPct / 100;
  for (const buyer of buyers.values()) {
    if (buyer.wonDeals.length > 1) buyer.wonDeals.sort(byWinOrder);
    buyer.lastWinDay = winDay(buyer.wonDeals[buyer.wonDeals.length - 1]);
    if (!hasValue) continue;
    // A won deal with a blank value is of unknown worth: a customer with no known value has an unknown CLV,
    // not a CLV of 0 that would pull the average down and turn its channel's LTV:CAC into 0.
    let revenue: number | null = null;
    for (const deal of buyer.wonDeals) if (deal.value !== null) revenue = (revenue ?? 0) + deal.value;
    buyer.clv = revenue === null ? null : revenue * margin;
  }
  return buyers;
}

/** The deal that made each buyer a customer, by buyer key. */
export function firstWins(buyers: Map<string, Buyer>): Set<Deal> {
  const first = new Set<Deal>();
  for (const buyer of buyers.values()) first.add(buyer.wonDeals[0]);
  return first;
}
