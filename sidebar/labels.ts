// Names of the things the report refers to by id, from the shared catalog.
import { hasMessage } from '../src/core/i18n/catalog';
import type { ChannelField, CustomerField, DealField, IssueCode, TabKind } from '../src/core/types';
import { tr } from './i18n';

export const FIELDS: { deals: DealField[]; channels: ChannelField[]; customers: CustomerField[] } = {
  deals: [
    'created',
    'stage',
    'value',
    'channel',
    'closed',
    'customer',
    'owner',
    'conversations',
    'type',
    'delivered',
    'followUp',
    'id',
    'name',
    'lostReason',
  ],
  channels: ['channel', 'cost', 'date'],
  customers: ['customer', 'status', 'lastContact', 'satisfaction', 'nps', 'firstLine', 'support'],
};

export const TAB_KINDS: TabKind[] = ['deals', 'channels', 'customers'];

/** A metric the catalog does not know yet still shows, under its id, rather than breaking the view. */
export function metricLabel(metricId: string): string {
  const key = `metric.${metricId}`;
  if (hasMessage(key)) return tr(key);
  if (metricId === 'channel.ltvToCac') return tr('sidebar.band.channel.ltvToCac');
  return metricId;
}

export function fieldLabel(kind: TabKind, field: string): string {
  const key = `sidebar.field.${kind}.${field}`;
  return hasMessage(key) ? tr(key) : field;
}

export function issueLabel(code: IssueCode): string {
  const key = `tab.issue.${code}`;
  return hasMessage(key) ? tr(key) : code;
}
