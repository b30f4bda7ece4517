// The headers the add-on writes in the input tabs it makes (the empty template and the sample data): one
// per field, which the header synonyms read back as that field.
import { t, type MessageKey } from '../i18n/catalog';
import type { FieldOf, Lang, TabKind } from '../types';

const HEADER_KEYS: { [K in TabKind]: Record<FieldOf<K>, MessageKey> } = {
  deals: {
    id: 'sample.deals.id',
    name: 'sample.deals.name',
    created: 'sample.deals.created',
    customer: 'sample.deals.customer',
    channel: 'sample.deals.channel',
    owner: 'sample.deals.owner',
    stage: 'sample.deals.stage',
    value: 'sample.deals.value',
    closed: 'sample.deals.closed',
    expectedClose: 'sample.deals.expectedClose',
    conversations: 'sample.deals.conversations',
    type: 'sample.deals.type',
    delivered: 'sample.deals.delivered',
    followUp: 'sample.deals.followUp',
    lostReason: 'sample.deals.lostReason',
  },
  channels: {
    channel: 'sample.channels.channel',
    date: 'sample.channels.month',
    cost: 'sample.channels.cost',
  },
  customers: {
    customer: 'sample.customers.customer',
    status: 'sample.customers.status',
    lastContact: 'sample.customers.lastContact',
    satisfaction: 'sample.customers.satisfaction',
    nps: 'sample.customers.nps',
    firstLine: 'sample.customers.firstLine',
    support: 'sample.customers.support',
  },
};

/** The header row of a tab whose columns hold `fields`, in that order. */
export function inputHeaders<K extends TabKind>(
  kind: K,
  fields: readonly FieldOf<K>[],
  lang: Lang,
): string[] {
  const keys = HEADER_KEYS[kind] as Record<string, MessageKey>;
  return fields.map((field) => t(lang, keys[field]));
}
