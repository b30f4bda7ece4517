// The sample's Deals tab: which customer each deal belongs to, when it was created, and how it went.
import { t, type MessageKey } from '../i18n/catalog';
import { inputHeaders } from '../templates/inputHeaders';
import type { Cell, Day, DealField, Lang } from '../types';
import type { ChannelProfile } from './channelRows';
import type { SampleCustomer } from './customerRows';
import { SAMPLE_NAMES } from './names';
import type { Random } from './random';
import { dateCell } from './sampleDays';

/** Per salesperson: relative share of deals, win factor, cycle factor. The last one is the weaker. */
const OWNER_PROFILES = [
  { weight: 25, win: 1.1, cycle: 1 },
  { weight: 22, win: 1, cycle: 1 },
  { weight: 20, win: 1.05, cycle: 0.9 },
  { weight: 18, win: 0.95, cycle: 1.1 },
  { weight: 15, win: 0.5, cycle: 1.6 },
];

/** The sample Deals tab's columns, in the order a CRM export might have them. */
export const DEAL_SAMPLE_COLUMNS: readonly DealField[] = [
  'id',
  'name',
  'created',
  'stage',
  'value',
  'channel',
  'closed',
  'expectedClose',
  'customer',
  'owner',
  'conversations',
  'type',
  'delivered',
  'followUp',
  'lostReason',
];

const MEDIAN_CYCLE_DAYS = 21;
const MEDIAN_CONVERSATIONS = 3;
const STALE_SHARE = 0.012;
/** Deals as parallel arrays sorted by creation day: 100,000 objects would keep the garbage collector busy. */
export interface SampleDeals {
  created: Int32Array;
  customer: Int32Array;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/** Draws which customer each deal belongs to and when it was created, sorted by creation day. */
export function drawDeals(
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

interface DealRowsInput {
  deals: SampleDeals;
  customers: SampleCustomer[];
  channels: ChannelProfile[];
  months: Day[];
  today: Day;
  lang: Lang;
  random: Random;
}

/** The Deals tab's rows, header first, and how many leads each channel brought in each month. */
export function dealRows({ deals, customers, channels, months, today, lang, random }: DealRowsInput): {
  rows: Cell[][];
  leadsPerChannelMonth: Int32Array;
} {
  const dealCount = deals.created.length;
  const channelWeights = channels.map((channel) => channel.weight);
  const names = SAMPLE_NAMES[lang];
  const text = (key: MessageKey): string => t(lang, key);
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

  const dealRows: Cell[][] = [inputHeaders('deals', DEAL_SAMPLE_COLUMNS, lang)];
  const idWidth = Math.max(5, String(dealCount).length);
  // The first deal left open too long gets a won stage typed with a slip, as in real sheets: it stays open
  // and the audit reports it (suspect_stage, SPEC §3.1). Renamed after the loop: no extra random draw.
  let misspeltRow = -1;
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
      if (stale && misspeltRow < 0) misspeltRow = dealRows.length;
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

  if (misspeltRow >= 0) dealRows[misspeltRow][3] = text('sample.stage.misspeltWon');
  return { rows: dealRows, leadsPerChannelMonth };
}
