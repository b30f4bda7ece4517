// The fields of each input tab: their order, which are required, and the header synonyms that find them
// (one file per tab in `synonyms/`).
import type { FieldOf, TabKind } from '../types';
import { CHANNEL_SYNONYMS } from './synonyms/channels';
import { CUSTOMER_SYNONYMS } from './synonyms/customers';
import { DEAL_SYNONYMS } from './synonyms/deals';

/** Field order for tabs the add-on creates, and for listing fields in the sidebar. */
export const FIELD_ORDER: { [K in TabKind]: FieldOf<K>[] } = {
  deals: [
    'id',
    'name',
    'created',
    'customer',
    'channel',
    'owner',
    'stage',
    'value',
    'closed',
    'expectedClose',
    'conversations',
    'type',
    'delivered',
    'followUp',
    'lostReason',
  ],
  channels: ['channel', 'date', 'cost'],
  customers: ['customer', 'status', 'lastContact', 'satisfaction', 'nps', 'firstLine', 'support'],
};

/** Fields without which a tab's rows cannot be used. */
export const REQUIRED_FIELDS: { [K in TabKind]: FieldOf<K>[] } = {
  deals: ['created', 'stage'],
  channels: ['channel', 'cost'],
  customers: ['customer'],
};

export const FIELD_SYNONYMS: { [K in TabKind]: Record<FieldOf<K>, string[]> } = {
  deals: DEAL_SYNONYMS,
  channels: CHANNEL_SYNONYMS,
  customers: CUSTOMER_SYNONYMS,
};
