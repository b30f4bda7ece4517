// Realistic, seeded sales data for "Insert sample data", the demo workbook, tests and the benchmark.
// The numbers are shaped so that the audit has something to say: channels differ in volume, conversion
// and cost (one converts well but costs a lot, one should be dropped), one salesperson is weaker,
// some open deals are stale and some customers are overdue for contact.
import { addMonths, isoToDay } from '../days';
import { t, type MessageKey } from '../i18n/catalog';
import { OWN_TAB_NAMES } from '../input/tabs';
import type { Cell, Day, Lang, NamedGrid } from '../types';
import { createRandom, type Random } from './random';
import { companyName, SAMPLE_NAMES } from './names';

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

export interface SampleData {
  deals: NamedGrid;
  channels: NamedGrid;
  customers: NamedGrid;
}

interface ChannelProfile {
  name: string;
  /** Share of leads, relative. */
  weight: number;
  winProbability: number;
  costPerLead: number;
  medianValue: number;
  /** Multiplies the sales cycle and the conversations needed. */
  effort: number;
}

const NAMED_CHANNELS: { key: MessageKey; profile: Omit<ChannelProfile, 'name'> }[] = [
  {
    key: 'sample.channel.website',
    profile: { weight: 30, winProbability: 0.3, costPerLead: 60, medianValue: 4000, effort: 1 },
  },
  {
    key: 'sample.channel.ads',
    profile: { weight: 22, winProbability: 0.2, costPerLead: 110, medianValue: 3500, effort: 0.9 },
  },
  {
    key: 'sample.channel.referrals',
    profile: { weight: 14, winProbability: 0.45, costPerLead: 70, medianValue: 6000, effort: 0.8 },
  },
  // Effective but expensive: converts well, costs many times the median CAC.
  {
    key: 'sample.channel.tradeFairs',
    profile: { weight: 10, winProbability: 0.42, costPerLead: 700, medianValue: 9000, effort: 1.3 },
  },
  {
    key: 'sample.channel.linkedin',
    profile: { weight: 12, winProbability: 0.22, costPerLead: 80, medianValue: 5000, effort: 1.2 },
  },
  // The one to drop: rarely wins, and each win costs more than the customer brings.
  {
    key: 'sample.channel.coldCalls',
    profile: { weight: 12, winProbability: 0.07, costPerLead: 450, medianValue: 3000, effort: 1.6 },
  },
];

/** Per salesperson: relative share of deals, win factor, cycle factor. The last one is the weaker. */
const OWNER_PROFILES = [
  { weight: 25, win: 1.1, cycle: 1 },
  { weight: 22, win: 1, cycle: 1 },
  { weight: 20, win: 1.05, cycle: 0.9 },
  { weight: 18, win: 0.95, cycle: 1.1 },
  { weight: 15, win: 0.5, cycle: 1.6 },
];

const MEDIAN_CYCLE_DAYS = 21;
const MEDIAN_CONVERSATIONS = 3;
const STALE_SHARE = 0.012;
const MS_PER_DAY = 86_400_000;

/** Noon UTC of the day: any zone within ±11 h reads it as the same calendar day. */
function dateCell(day: Day): Date {
  return new Date(day * MS_PER_DAY + MS_PER_DAY / 2);
}

function monthStart(day: Day): Day {
  const date = new Date(day * MS_PER_DAY);
  return Math.round(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1) / MS_PER_DAY);
}

function channelProfiles(count: number, lang: Lang, random: Random): ChannelProfile[] {
  const profiles: ChannelProfile[] = NAMED_CHANNELS.slice(0, count).map(({ key, profile }) => ({
    name: t(lang, key),
    ...profile,
  }));
  for (let n = profiles.length + 1; n <= count; n++) {
    profiles.push({
      name: t(lang, 'sample.channel.partner', { n }),
      weight: 2 + random.next() * 4,
      winProbability: 0.1 + random.next() * 0.25,
      costPerLead: Math.round(20 + random.next() * 180),
      medianValue: Math.round(2000 + random.next() * 6000),
      effort: 0.8 + random.next() * 0.6,
    });
  }
  return profiles;
}

interface SampleCustomer {
  name: string;
  channel: number;
  arrival: Day;
  wins: number;
  firstWon: Day | null;
  lastWon: Day | null;
}

/** Deals as parallel arrays sorted by creation day: 100,000 objects would keep the garbage collector busy. */
interface SampleDeals {
  created: Int32Array;
  customer: Int32Array;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/** Draws which customer each deal belongs to and when it was created, sorted by creation day. */
function drawDeals(
  dealCount: number,
  customers: SampleCustomer[],
  firstDay: Day,
  today: Day,
  random: Random,
): SampleDeals {
  const created = new Int32Array(dealCount);
  const customer = new Int32Array(dealCount);
  const withFirstDeal = Math.min(customers.length, dealCount);
  for (let i = 0; i < withFirstDeal; i++) {
    created[i] = customers[i].arrival;
    customer[i] = i;
  }
  // Further deals go to customers in proportion to an appetite and to how long they have been around.
  const cumulative = new Float64Array(withFirstDeal);
  let total = 0;
  for (let i = 0; i < withFirstDeal; i++) {
    total += random.logNormal(1, 1) * (today - customers[i].arrival + 30);
    cumulative[i] = total;
  }
  for (let d = withFirstDeal; d < dealCount; d++) {
    const target = random.next() * total;
    let low = 0;
    let high = withFirstDeal - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (cumulative[middle] <= target) low = middle + 1;
      else high = middle;
    }
    const arrival = customers[low].arrival;
    created[d] = arrival + Math.floor(random.next() * (today - arrival + 1));
    customer[d] = low;
  }
  // Counting sort by day: linear, and stable, so the order is the same on every engine.
  const perDay = new Int32Array(today - firstDay + 2);
  for (let d = 0; d < dealCount; d++) perDay[created[d] - firstDay + 1]++;
  for (let day = 1; day < perDay.length; day++) perDay[day] += perDay[day - 1];
  const sorted: SampleDeals = { created: new Int32Array(dealCount), customer: new Int32Array(dealCount) };
  for (let d = 0; d < dealCount; d++) {
    const at = perDay[created[d] - firstDay]++;
    sorted.created[at] = created[d];
    sorted.customer[at] = customer[d];
  }
  return sorted;
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
  const names = SAMPLE_NAMES[lang];
  const text = (key: MessageKey): string => t(lang, key);

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

  const stages = {
    open: [text('sample.stage.qualified'), text('sample.stage.proposal'), text('sample.stage.negotiation')],
    won: text('sample.stage.won'),
    lost: text('sample.stage.lost'),
  };
  const types = {
    new: text('sample.type.new'),
    expansion: [text('sample.type.upsell'), text('sample.type.crosssell')],
  };
  const lostReasons = (
    [
      'sample.lostReason.price',
      'sample.lostReason.competitor',
      'sample.lostReason.budget',
      'sample.lostReason.noResponse',
    ] as const
  ).map(text);
  const products = (
    [
      'sample.product.licence',
      'sample.product.implementation',
      'sample.product.consulting',
      'sample.product.training',
      'sample.product.maintenance',
    ] as const
  ).map(text);
  const ownerWeights = OWNER_PROFILES.map((owner) => owner.weight);
  const leadsPerChannelMonth = new Int32Array(channels.length * months.length);
  let monthIndex = 0;

  const dealRows: Cell[][] = [
    (
      [
        'sample.deals.id',
        'sample.deals.name',
        'sample.deals.created',
        'sample.deals.stage',
        'sample.deals.value',
        'sample.deals.channel',
        'sample.deals.closed',
        'sample.deals.expectedClose',
        'sample.deals.customer',
        'sample.deals.owner',
        'sample.deals.conversations',
        'sample.deals.type',
        'sample.deals.delivered',
        'sample.deals.followUp',
        'sample.deals.lostReason',
      ] as const
    ).map(text),
  ];
  const idWidth = Math.max(5, String(dealCount).length);
  for (let index = 0; index < dealCount; index++) {
    const createdDay = deals.created[index];
    const customer = customers[deals.customer[index]];
    const returning = customer.wins > 0;
    const channelIndex = random.chance(0.85) ? customer.channel : random.weighted(channelWeights);
    const channel = channels[channelIndex];
    const ownerIndex = random.weighted(ownerWeights);
    const owner = OWNER_PROFILES[ownerIndex];
    while (monthIndex + 1 < months.length && months[monthIndex + 1] <= createdDay) monthIndex++;
    leadsPerChannelMonth[channelIndex * months.length + monthIndex]++;

    const cycle = Math.max(
      1,
      Math.round(random.logNormal(MEDIAN_CYCLE_DAYS * channel.effort * owner.cycle, 0.55)),
    );
    const age = today - createdDay;
    const stale = random.chance(STALE_SHARE);
    const medianConversations =
      MEDIAN_CONVERSATIONS * channel.effort * (ownerIndex === OWNER_PROFILES.length - 1 ? 1.3 : 1);
    let conversations = clamp(Math.round(random.logNormal(medianConversations, 0.45)), 1, 12);
    let value = Math.round(random.logNormal(channel.medianValue * (returning ? 0.7 : 1), 0.7) / 10) * 10;
    value = Math.max(10, value);

    let stage: string;
    let closed: Day | null = null;
    let delivered: Day | null = null;
    let followUp: Day | null = null;
    const type = returning ? random.pick(types.expansion) : types.new;
    let lostReason: string | null = null;
    if (age < cycle || stale) {
      const progress = stale ? 1 : age / cycle;
      stage = stages.open[progress < 0.34 ? 0 : progress < 0.67 ? 1 : 2];
      conversations = stale ? random.int(6, 12) : clamp(Math.ceil(conversations * progress), 1, 12);
    } else {
      const winProbability = Math.min(0.9, channel.winProbability * owner.win * (returning ? 1.8 : 1));
      if (random.chance(winProbability)) {
        stage = stages.won;
        closed = createdDay + cycle;
        customer.wins += 1;
        customer.firstWon ??= closed;
        customer.lastWon = Math.max(customer.lastWon ?? closed, closed);
        if (random.chance(0.9)) {
          const deliveredDay = closed + random.int(1, 10);
          if (deliveredDay <= today) delivered = deliveredDay;
        }
        if (delivered !== null && random.chance(0.72)) {
          const followUpDay = delivered + Math.max(1, Math.round(random.logNormal(8, 0.6)));
          if (followUpDay <= today) followUp = followUpDay;
        }
      } else {
        stage = stages.lost;
        closed = createdDay + Math.max(1, Math.round(cycle * 0.8));
        conversations = clamp(Math.round(conversations * 0.7), 1, 12);
        if (random.chance(0.8)) lostReason = random.pick(lostReasons);
      }
    }

    dealRows.push([
      `D-${String(index + 1).padStart(idWidth, '0')}`,
      `${random.pick(products)} – ${customer.name}`,
      dateCell(createdDay),
      stage,
      value,
      channel.name,
      closed === null ? null : dateCell(closed),
      // An open deal is expected to close at the end of its cycle; a stale one's date has passed.
      closed === null ? dateCell(createdDay + cycle) : null,
      customer.name,
      names.owners[ownerIndex],
      conversations,
      type,
      delivered === null ? null : dateCell(delivered),
      followUp === null ? null : dateCell(followUp),
      lostReason,
    ]);
  }

  return {
    deals: { name: OWN_TAB_NAMES[lang].deals, values: dealRows },
    channels: {
      name: OWN_TAB_NAMES[lang].channels,
      values: channelCostRows(channels, leadsPerChannelMonth, months, lang, random),
    },
    customers: { name: OWN_TAB_NAMES[lang].customers, values: customerRows(customers, today, lang, random) },
  };
}

/** One cost row per channel and month; cost follows the month's leads, so CAC stays near the profile's. */
function channelCostRows(
  channels: ChannelProfile[],
  leadsPerChannelMonth: Int32Array,
  months: Day[],
  lang: Lang,
  random: Random,
): Cell[][] {
  const rows: Cell[][] = [
    [t(lang, 'sample.channels.channel'), t(lang, 'sample.channels.month'), t(lang, 'sample.channels.cost')],
  ];
  channels.forEach((channel, channelIndex) => {
    months.forEach((month, monthIndex) => {
      const leads = leadsPerChannelMonth[channelIndex * months.length + monthIndex];
      const cost = Math.round(channel.costPerLead * (leads + 1) * (0.85 + random.next() * 0.3));
      rows.push([channel.name, dateCell(month), cost]);
    });
  });
  return rows;
}

const CADENCE_BY_STATUS = { key: 30, active: 60, new: 14, atRisk: 30, dormant: 90, prospect: 45 };
type SampleStatus = keyof typeof CADENCE_BY_STATUS;
const SAMPLE_STATUSES = Object.keys(CADENCE_BY_STATUS) as SampleStatus[];
const STATUS_TEXT: Record<SampleStatus, MessageKey> = {
  key: 'sample.status.key',
  active: 'sample.status.active',
  new: 'sample.status.new',
  atRisk: 'sample.status.atRisk',
  dormant: 'sample.status.dormant',
  prospect: 'sample.status.prospect',
};
/** CSAT 1–5 and NPS 0–10, mostly happy customers with a tail. */
const CSAT_WEIGHTS = [3, 5, 14, 38, 40];
const NPS_WEIGHTS = [2, 1, 2, 3, 3, 5, 6, 14, 20, 22, 22];

function statusOf(customer: SampleCustomer, today: Day): SampleStatus {
  if (customer.lastWon === null || customer.firstWon === null) return 'prospect';
  const sinceLastWin = today - customer.lastWon;
  if (today - customer.firstWon <= 60) return 'new';
  if (sinceLastWin <= 180) return customer.wins >= 3 ? 'key' : 'active';
  return sinceLastWin <= 365 ? 'atRisk' : 'dormant';
}

function customerRows(customers: SampleCustomer[], today: Day, lang: Lang, random: Random): Cell[][] {
  const text = (key: MessageKey): string => t(lang, key);
  const managers = SAMPLE_NAMES[lang].accountManagers;
  const supportPlans = [text('sample.support.standard'), text('sample.support.premium')];
  const rows: Cell[][] = [
    (
      [
        'sample.customers.customer',
        'sample.customers.status',
        'sample.customers.lastContact',
        'sample.customers.satisfaction',
        'sample.customers.nps',
        'sample.customers.firstLine',
        'sample.customers.support',
      ] as const
    ).map(text),
  ];
  for (const customer of customers) {
    // A few statuses are out of date, as in any real customer list.
    const status = random.chance(0.08) ? random.pick(SAMPLE_STATUSES) : statusOf(customer, today);
    const buyer = customer.wins > 0;
    const daysSinceContact = Math.min(
      today - customer.arrival,
      Math.round(CADENCE_BY_STATUS[status] * random.logNormal(0.6, 0.6)),
    );
    rows.push([
      customer.name,
      text(STATUS_TEXT[status]),
      random.chance(0.04) ? null : dateCell(today - Math.max(0, daysSinceContact)),
      buyer && random.chance(0.85) ? random.weighted(CSAT_WEIGHTS) + 1 : null,
      buyer && random.chance(0.7) ? random.weighted(NPS_WEIGHTS) : null,
      random.chance(buyer ? 0.88 : 0.3) ? random.pick(managers) : null,
      buyer && random.chance(0.75) ? random.pick(supportPlans) : null,
    ]);
  }
  return rows;
}
