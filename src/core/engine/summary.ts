// SPEC §1.6 "are we selling enough?": won value and deals in the period, the monthly mean against the
// optional target, and 13 calendar months back-filled from all the data for the trend.
import { dayToIso, monthStart } from '../days';
import type { Day, Deal, MonthSummary, Rating, SalesSummary } from '../types';
import { winDay } from './buyers';
import { inRange, type DayRange } from './period';
import { mean, safeRatio } from './stats';

/** The 12 months before today's month, then today's month. */
const MONTHS_SHOWN = 13;

export interface SummaryInput {
  /** Every deal read, whatever the period: months ignore it. */
  deals: readonly Deal[];
  range: DayRange;
  today: Day;
  hasValue: boolean;
  monthlyTarget: number | null;
}

/** A month counts toward the monthly mean only once it is over: today's month never does. */
function completeMonthStarts(range: DayRange, deals: readonly Deal[], today: Day): Day[] {
  let from = range.from;
  // "All data" starts with the first deal: a month the records begin in the middle of is not complete.
  if (from === null) for (const deal of deals) if (from === null || deal.created < from) from = deal.created;
  if (from === null) return [];
  const lastDay = Math.min(range.to, today - 1);
  const starts: Day[] = [];
  for (let start = monthStart(from, from === monthStart(from) ? 0 : 1); ;) {
    const next = monthStart(start, 1);
    if (next - 1 > lastDay) break;
    starts.push(start);
    start = next;
  }
  return starts;
}

/**
 * Index of the month a day falls in among ascending month starts (-1 outside them), by a table of one entry
 * per day: a lookup per deal instead of a search.
 */
function monthIndexer(starts: readonly Day[]): (day: Day) => number {
  if (starts.length === 0) return () => -1;
  const first = starts[0];
  const byDay = new Int16Array(monthStart(starts[starts.length - 1], 1) - first);
  starts.forEach((start, i) => byDay.fill(i, start - first, (starts[i + 1] ?? first + byDay.length) - first));
  return (day) => (day < first || day - first >= byDay.length ? -1 : byDay[day - first]);
}

function targetRating(summary: Omit<SalesSummary, 'targetRating' | 'months'>, hasValue: boolean): Rating {
  const { monthlyTarget, avgMonthlyWonValue } = summary;
  if (monthlyTarget === null) return 'unrated';
  if (!hasValue) return 'nodata';
  if (avgMonthlyWonValue === null) return 'insufficient';
  const share = avgMonthlyWonValue / monthlyTarget;
  return share >= 1 ? 'green' : share >= 0.8 ? 'amber' : 'red';
}

function trendMonths(deals: readonly Deal[], today: Day, hasValue: boolean): MonthSummary[] {
  const starts = Array.from({ length: MONTHS_SHOWN }, (_, i) => monthStart(today, i - (MONTHS_SHOWN - 1)));
  const monthOf = monthIndexer(starts);
  const months = starts.map((start) => ({
    month: dayToIso(start).slice(0, 7),
    leads: 0,
    won: 0,
    wonValue: hasValue ? 0 : null,
    lost: 0,
  }));
  for (const deal of deals) {
    const created = monthOf(deal.created);
    if (created >= 0) months[created].leads += 1;
    if (deal.outcome === 'open') continue;
    // A lost deal without a closed date is dated like a won one: by its created date.
    const closed = monthOf(winDay(deal));
    if (closed < 0) continue;
    const month = months[closed];
    if (deal.outcome === 'lost') {
      month.lost += 1;
      continue;
    }
    month.won += 1;
    if (month.wonValue !== null && deal.value !== null) month.wonValue += deal.value;
  }
  return months.map((month) => ({ ...month, winRate: safeRatio(month.won, month.won + month.lost) }));
}

export function salesSummary(input: SummaryInput): SalesSummary {
  const { deals, range, today, hasValue, monthlyTarget } = input;
  const starts = completeMonthStarts(range, deals, today);
  const monthOf = monthIndexer(starts);
  const byMonth = starts.map(() => 0);
  let wonDeals = 0;
  let wonValue = 0;
  for (const deal of deals) {
    if (deal.outcome !== 'won') continue;
    const day = winDay(deal);
    if (!inRange(day, range)) continue;
    wonDeals += 1;
    if (deal.value === null) continue;
    wonValue += deal.value;
    const month = monthOf(day);
    if (month >= 0) byMonth[month] += deal.value;
  }
  const totals = {
    wonValue: hasValue ? wonValue : null,
    wonDeals,
    avgMonthlyWonValue: hasValue ? mean(byMonth) : null,
    completeMonths: starts.length,
    monthlyTarget,
  };
  return {
    ...totals,
    targetRating: targetRating(totals, hasValue),
    months: trendMonths(deals, today, hasValue),
  };
}
