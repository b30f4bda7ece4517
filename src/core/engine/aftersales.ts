// SPEC §1.3: after-sale contact, satisfaction, returning customers, first line of contact, support.
import { t } from '../i18n/catalog';
import type { Customer, Deal, MetricResult } from '../types';
import type { Buyer } from './buyers';
import { emptyColumnNote, firstMissing, metric, type Env } from './metric';
import { highest, mean, median, safeRatio } from './stats';

/** 1–5 scores are the usual CSAT; a column with a score over 5 is read as 1–10 (the input drops scores over 10). */
function satisfactionScale(scores: readonly number[]): { max: number; satisfiedFrom: number } {
  return highest(scores) <= 5 ? { max: 5, satisfiedFrom: 4 } : { max: 10, satisfiedFrom: 8 };
}

export function aftersales(
  env: Env,
  deals: readonly Deal[],
  customers: readonly Customer[],
  namedBuyers: readonly Buyer[],
): MetricResult[] {
  const { lang } = env;
  const need = {
    followUp: { tab: 'deals', field: 'followUp' },
    customer: { tab: 'deals', field: 'customer' },
    satisfaction: { tab: 'customers', field: 'satisfaction' },
    nps: { tab: 'customers', field: 'nps' },
    firstLine: { tab: 'customers', field: 'firstLine' },
    support: { tab: 'customers', field: 'support' },
  } as const;

  let won = 0;
  let followedUp = 0;
  const daysToFollowUp: number[] = [];
  for (const deal of deals) {
    if (deal.outcome !== 'won') continue;
    won += 1;
    if (deal.followUp === null) continue;
    followedUp += 1;
    if (deal.followUp === 'undated') continue;
    const from = deal.delivered ?? deal.closed;
    // A follow-up dated before the delivery is a typo or a pre-sale call, not an after-sale contact.
    if (from !== null && deal.followUp >= from) daysToFollowUp.push(deal.followUp - from);
  }

  const scores: number[] = [];
  const npsScores: number[] = [];
  const byKey = new Map<string, Customer>();
  for (const customer of customers) {
    if (customer.satisfaction !== null && customer.satisfaction >= 0) scores.push(customer.satisfaction);
    if (customer.nps !== null && customer.nps >= 0 && customer.nps <= 10) npsScores.push(customer.nps);
    if (!byKey.has(customer.key)) byKey.set(customer.key, customer);
  }
  const scale = scores.length > 0 ? satisfactionScale(scores) : null;
  const satisfied = scale === null ? 0 : scores.filter((score) => score >= scale.satisfiedFrom).length;
  const scaleText =
    scale === null ? '' : t(lang, 'engine.csat.scale', { from: scale.satisfiedFrom, max: scale.max });
  const satisfactionNoData = scores.length === 0 ? emptyColumnNote(lang, need.satisfaction) : null;

  // A 0–10 NPS needs scores above 5; a column that never goes over 5 is a 1–5 rating mislabelled as NPS.
  let npsNoData: string | null = null;
  let nps: number | null = null;
  if (npsScores.length === 0) npsNoData = emptyColumnNote(lang, need.nps);
  else if (highest(npsScores) <= 5) npsNoData = t(lang, 'engine.note.npsScale');
  else {
    const promoters = npsScores.filter((score) => score >= 9).length;
    const detractors = npsScores.filter((score) => score <= 6).length;
    nps = ((promoters - detractors) / npsScores.length) * 100;
  }

  let returning = 0;
  let withFirstLine = 0;
  let withSupport = 0;
  for (const buyer of namedBuyers) {
    if (buyer.wonDeals.length >= 2) returning += 1;
    const record = byKey.get(buyer.key);
    if (record?.firstLine) withFirstLine += 1;
    if (record?.support) withSupport += 1;
  }
  const buyerCount = namedBuyers.length;

  return [
    metric(env, 'aftersales.followUpRate', {
      value: safeRatio(followedUp, won),
      sample: won,
      missing: firstMissing(env, need.followUp),
    }),
    metric(env, 'aftersales.medianDaysToFollowUp', {
      value: median(daysToFollowUp),
      sample: daysToFollowUp.length,
      missing: firstMissing(env, need.followUp),
    }),
    metric(env, 'aftersales.csat', {
      value: safeRatio(satisfied, scores.length),
      sample: scores.length,
      missing: firstMissing(env, need.satisfaction),
      noData: satisfactionNoData,
      params: { scale: scaleText },
    }),
    metric(env, 'aftersales.avgSatisfaction', {
      value: mean(scores),
      sample: scores.length,
      missing: firstMissing(env, need.satisfaction),
      noData: satisfactionNoData,
      params: { max: scale?.max ?? '' },
    }),
    metric(env, 'aftersales.nps', {
      value: nps,
      sample: npsScores.length,
      missing: firstMissing(env, need.nps),
      noData: npsNoData,
    }),
    metric(env, 'aftersales.repeatRate', {
      value: safeRatio(returning, buyerCount),
      sample: buyerCount,
      missing: firstMissing(env, need.customer),
    }),
    metric(env, 'aftersales.firstLineCoverage', {
      value: safeRatio(withFirstLine, buyerCount),
      sample: buyerCount,
      missing: firstMissing(env, need.customer, need.firstLine),
    }),
    metric(env, 'aftersales.supportCoverage', {
      value: safeRatio(withSupport, buyerCount),
      sample: buyerCount,
      missing: firstMissing(env, need.customer, need.support),
    }),
  ];
}
