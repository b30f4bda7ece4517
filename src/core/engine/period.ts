// The audit period of SPEC §3.3: which deals (by created date) and which costs (by their date) count.
import { t } from '../i18n/catalog';
import { addMonths, dayToIso, isoToDay } from '../days';
import { dateText } from '../figures';
import type { AuditReport, ChannelCost, Day, Deal, Lang, Period } from '../types';

export interface DayRange {
  /** First day included; null = from the beginning of the data. */
  from: Day | null;
  /** Last day included. */
  to: Day;
}

/**
 * "Last 3 months" on 27 Nov is 28 Aug – 27 Nov: exactly three months ending today.
 * Every period ends today at the latest: a deal created after today is a data issue, not a lead.
 */
export function periodRange(period: Period, today: Day): DayRange {
  switch (period.kind) {
    case 'all':
      return { from: null, to: today };
    case 'last':
      return { from: addMonths(today, -period.months) + 1, to: today };
    case 'range': {
      const from = isoToDay(period.from);
      const to = isoToDay(period.to);
      return { from, to: to === null ? today : Math.min(to, today) };
    }
  }
}

export function inRange(day: Day, range: DayRange): boolean {
  return (range.from === null || day >= range.from) && day <= range.to;
}

export function dealsInPeriod(deals: readonly Deal[], range: DayRange): Deal[] {
  return deals.filter((deal) => inRange(deal.created, range));
}

/** A cost without a date belongs to every period (SPEC §3.3). */
export function costsInPeriod(costs: readonly ChannelCost[], range: DayRange): ChannelCost[] {
  return costs.filter((cost) => cost.date === null || inRange(cost.date, range));
}

export function periodReport(period: Period, range: DayRange, lang: Lang): AuditReport['period'] {
  const from = range.from === null ? null : dayToIso(range.from);
  const to = dayToIso(range.to);
  const shown = { from: from === null ? '' : dateText(from, lang), to: dateText(to, lang) };
  let label: string;
  if (period.kind === 'last') label = t(lang, 'engine.period.last', { n: period.months, ...shown });
  else if (from === null) label = t(lang, 'engine.period.all', shown);
  else label = t(lang, 'engine.period.range', shown);
  return { kind: period.kind, from, to, label };
}
