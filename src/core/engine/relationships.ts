// SPEC §1.4: customer statuses, contact cadence, dormant customers, cross- and up-selling.
import { t } from '../i18n/catalog';
import { dayToIso } from '../days';
import { cadenceLookup } from '../settings/defaults';
import type { Customer, Deal, DealType, MetricResult, OverdueCustomer, StatusRow } from '../types';
import type { CustomersAtStake } from './actions';
import type { Buyer } from './buyers';
import { firstMissing, hasColumn, metric, type Env } from './metric';
import { knownSum, median, safeRatio } from './stats';

export interface RelationshipsResult {
  metrics: MetricResult[];
  statuses: StatusRow[];
  overdueCustomers: OverdueCustomer[];
  /** Named customers whose last win is older than `dormantAfterDays`, with their CLV. */
  dormant: CustomersAtStake;
}

const EXPANSION_TYPES = new Set<DealType>(['upsell', 'crosssell', 'existing']);

interface StatusTally {
  status: string;
  customers: number;
  cadenceDays: number | null;
  daysSinceContact: number[];
  overdue: number;
}

/** Without a last-contact column the statuses are still counted, but nobody can be called overdue. */
function contactPlan(
  env: Env,
  customers: readonly Customer[],
  hasLastContact: boolean,
  buyers: ReadonlyMap<string, Buyer>,
) {
  const { lang, today } = env;
  const cadenceOf = cadenceLookup(env.settings);
  const tallies = new Map<string, StatusTally>();
  const overdue: OverdueCustomer[] = [];
  let planned = 0;
  for (const customer of customers) {
    const key = customer.statusKey ?? '';
    let tally = tallies.get(key);
    if (!tally) {
      tally = {
        status: customer.status ?? t(lang, 'engine.status.none'),
        customers: 0,
        cadenceDays: customer.statusKey === null ? null : cadenceOf(customer.statusKey),
        daysSinceContact: [],
        overdue: 0,
      };
      tallies.set(key, tally);
    }
    tally.customers += 1;
    const daysSinceContact = customer.lastContact === null ? null : today - customer.lastContact;
    if (daysSinceContact !== null) tally.daysSinceContact.push(daysSinceContact);
    if (tally.cadenceDays === null) continue;
    planned += 1;
    if (!hasLastContact || (daysSinceContact !== null && daysSinceContact <= tally.cadenceDays)) continue;
    tally.overdue += 1;
    overdue.push({
      customer: customer.name,
      status: customer.status,
      lastContact: customer.lastContact === null ? null : dayToIso(customer.lastContact),
      daysSinceContact,
      cadenceDays: tally.cadenceDays,
      overdueDays: daysSinceContact === null ? null : daysSinceContact - tally.cadenceDays,
      clv: buyers.get(customer.key)?.clv ?? null,
      accountManager: customer.firstLine,
    });
  }
  const statuses: StatusRow[] = [...tallies.values()]
    .map((tally) => ({
      status: tally.status,
      customers: tally.customers,
      share: tally.customers / customers.length,
      cadenceDays: tally.cadenceDays,
      medianDaysSinceContact: median(tally.daysSinceContact),
      overdue: tally.overdue,
    }))
    .sort((a, b) => b.customers - a.customers || a.status.localeCompare(b.status));
  // Never contacted first: they are the most overdue of all.
  overdue.sort(
    (a, b) =>
      (b.overdueDays ?? Infinity) - (a.overdueDays ?? Infinity) || a.customer.localeCompare(b.customer),
  );
  return { statuses, overdue, planned };
}

function expansion(env: Env, deals: readonly Deal[], firstWins: ReadonlySet<Deal>) {
  // A type column left blank on every won deal tells nothing; returning customers still do.
  const byType =
    hasColumn(env, { tab: 'deals', field: 'type' }) &&
    deals.some((deal) => deal.outcome === 'won' && deal.type !== null);
  let total = 0;
  let expanded = 0;
  let sample = 0;
  for (const deal of deals) {
    if (deal.outcome !== 'won' || deal.value === null) continue;
    sample += 1;
    total += deal.value;
    const isExpansion = byType
      ? deal.type !== null && EXPANSION_TYPES.has(deal.type)
      : deal.customerKey !== null && !firstWins.has(deal);
    if (isExpansion) expanded += deal.value;
  }
  return { share: safeRatio(expanded, total), sample, byType };
}

export function relationships(
  env: Env,
  deals: readonly Deal[],
  customers: readonly Customer[],
  buyers: ReadonlyMap<string, Buyer>,
  namedBuyers: readonly Buyer[],
  firstWins: ReadonlySet<Deal>,
): RelationshipsResult {
  const { lang, num, settings, today } = env;
  const statusColumn = { tab: 'customers', field: 'status' } as const;
  const lastContactColumn = { tab: 'customers', field: 'lastContact' } as const;
  const plan = hasColumn(env, statusColumn)
    ? contactPlan(env, customers, hasColumn(env, lastContactColumn), buyers)
    : { statuses: [], overdue: [], planned: 0 };

  const dormantBuyers = namedBuyers.filter((buyer) => today - buyer.lastWinDay > settings.dormantAfterDays);
  const dormant = dormantBuyers.length;

  const expanded = expansion(env, deals, firstWins);
  const canTellExpansion = expanded.byType || hasColumn(env, { tab: 'deals', field: 'customer' });

  const metrics = [
    metric(env, 'relationships.overdueShare', {
      value: safeRatio(plan.overdue.length, plan.planned),
      sample: plan.planned,
      missing: firstMissing(env, statusColumn, lastContactColumn),
      params: { overdue: plan.overdue.length, total: plan.planned },
    }),
    metric(env, 'relationships.dormantShare', {
      value: safeRatio(dormant, namedBuyers.length),
      sample: namedBuyers.length,
      missing: firstMissing(env, { tab: 'deals', field: 'customer' }),
      params: { days: num.days(settings.dormantAfterDays) },
    }),
    metric(env, 'relationships.expansionShare', {
      value: expanded.share,
      sample: expanded.sample,
      missing: firstMissing(env, { tab: 'deals', field: 'value' }),
      noData: canTellExpansion ? null : t(lang, 'engine.hint.typeOrCustomer'),
    }),
  ];
  return {
    metrics,
    statuses: plan.statuses,
    overdueCustomers: plan.overdue,
    dormant: { customers: dormant, clv: knownSum(dormantBuyers.map((buyer) => buyer.clv)) },
  };
}
