// Realistic, seeded sales data for "Insert sample data", the demo workbook, tests and the benchmark.
// The numbers are shaped so that the audit has something to say: channels differ in volume, conversion
// and cost (one converts well but costs a lot, one should be dropped), one salesperson is weaker,
// some open deals are stale and some customers are overdue for contact.
import { addMonths, isoToDay } from '../days';
import { OWN_TAB_NAMES } from '../input/tabs';
import type { Day, FieldOf, Lang, NamedGrid, TabKind } from '../types';
import { CHANNEL_SAMPLE_COLUMNS, channelCostRows, channelProfiles, NAMED_CHANNELS } from './channelRows';
import { CUSTOMER_SAMPLE_COLUMNS, customerRows, type SampleCustomer } from './customerRows';
import { DEAL_SAMPLE_COLUMNS, dealRows, drawDeals } from './dealRows';
import { companyName } from './names';
import { createRandom } from './random';
import { monthStart } from './sampleDays';

export interface SampleOptions {
  seed?: number;
  deals: number;
  /** Default: 20 % of the deals. */
  customers?: number;
  /** Default: 6 named channels; more get names like "Partner 7". */
  channels?: number;
  /** How far back deals are created. Default 18. */
  months?: number;
  /** ISO YYYY-MM-DD; no date in the data lies after it. */
  today: string;
  /** Language of tab names, headers and values. Default 'en'. */
  lang?: Lang;
}

/** The field each column of the sample's tabs holds, in column order (its header row says the same in words). */
export const SAMPLE_COLUMNS: { readonly [K in TabKind]: readonly FieldOf<K>[] } = {
  deals: DEAL_SAMPLE_COLUMNS,
  channels: CHANNEL_SAMPLE_COLUMNS,
  customers: CUSTOMER_SAMPLE_COLUMNS,
};

export interface SampleData {
  deals: NamedGrid;
  channels: NamedGrid;
  customers: NamedGrid;
}

export function generateSalesData(options: SampleOptions): SampleData {
  const lang = options.lang ?? 'en';
  const random = createRandom(options.seed ?? 1);
  const today = isoToDay(options.today);
  if (today === null) throw new Error(`generateSalesData: today must be YYYY-MM-DD, got "${options.today}"`);
  const dealCount = Math.max(0, Math.floor(options.deals));
  const customerCount = Math.max(1, Math.floor(options.customers ?? Math.round(dealCount * 0.2)));
  const firstDay = addMonths(today, -(options.months ?? 18));
  const channels = channelProfiles(
    Math.max(1, Math.floor(options.channels ?? NAMED_CHANNELS.length)),
    lang,
    random,
  );
  const channelWeights = channels.map((channel) => channel.weight);

  const customers: SampleCustomer[] = [];
  for (let i = 0; i < customerCount; i++) {
    customers.push({
      name: companyName(lang, i),
      channel: random.weighted(channelWeights),
      arrival: firstDay + Math.floor(random.next() * (today - firstDay + 1)),
      wins: 0,
      firstWon: null,
      lastWon: null,
    });
  }
  const deals = drawDeals(dealCount, customers, firstDay, today, random);
  const months: Day[] = [];
  for (let month = monthStart(firstDay); month <= today; month = addMonths(month, 1)) months.push(month);

  const { rows, leadsPerChannelMonth } = dealRows({
    deals,
    customers,
    channels,
    months,
    today,
    lang,
    random,
  });

  return {
    deals: { name: OWN_TAB_NAMES[lang].deals, values: rows },
    channels: {
      name: OWN_TAB_NAMES[lang].channels,
      values: channelCostRows(channels, leadsPerChannelMonth, months, lang, random),
    },
    customers: { name: OWN_TAB_NAMES[lang].customers, values: customerRows(customers, today, lang, random) },
  };
}
