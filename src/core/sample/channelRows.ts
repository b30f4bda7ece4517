// The sample's sales channels, each with how it sells (volume, conversion, cost, effort), and its Channels tab.
import { t, type MessageKey } from '../i18n/catalog';
import { FIELD_ORDER } from '../input/fields';
import { inputHeaders } from '../templates/inputHeaders';
import type { Cell, ChannelField, Day, Lang } from '../types';
import type { Random } from './random';
import { dateCell } from './sampleDays';

/** The sample Channels tab's columns (one cost per channel and month): the order of the tab the add-on makes. */
export const CHANNEL_SAMPLE_COLUMNS: readonly ChannelField[] = FIELD_ORDER.channels;

export interface ChannelProfile {
  name: string;
  /** Share of leads, relative. */
  weight: number;
  winProbability: number;
  costPerLead: number;
  medianValue: number;
  /** Multiplies the sales cycle and the conversations needed. */
  effort: number;
}

export const NAMED_CHANNELS: { key: MessageKey; profile: Omit<ChannelProfile, 'name'> }[] = [
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

export function channelProfiles(count: number, lang: Lang, random: Random): ChannelProfile[] {
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

/** One cost row per channel and month; cost follows the month's leads, so CAC stays near the profile's. */
export function channelCostRows(
  channels: ChannelProfile[],
  leadsPerChannelMonth: Int32Array,
  months: Day[],
  lang: Lang,
  random: Random,
): Cell[][] {
  const rows: Cell[][] = [inputHeaders('channels', CHANNEL_SAMPLE_COLUMNS, lang)];
  channels.forEach((channel, channelIndex) => {
    months.forEach((month, monthIndex) => {
      const leads = leadsPerChannelMonth[channelIndex * months.length + monthIndex];
      const cost = Math.round(channel.costPerLead * (leads + 1) * (0.85 + random.next() * 0.3));
      rows.push([channel.name, dateCell(month), cost]);
    });
  });
  return rows;
}
