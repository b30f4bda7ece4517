// What "Create input tabs" puts in an empty Deals / Channels / Customers tab: headers the audit
// recognizes, number formats for the data rows and dropdowns. Pure data, so adapters only apply it.
// Headers and dropdown values are the sample data's, so example data and an empty template look alike.
import { t, type MessageKey } from '../i18n/catalog';
import { FIELD_ORDER } from '../input/fields';
import { OWN_TAB_NAMES } from '../input/tabs';
import { dateFormat } from '../figures';
import { INTEGER_FORMAT, numberFormatFor } from '../plan/formats';
import type { FieldOf, Lang, TabKind } from '../types';

/** Rows 2..1000: the data rows of a new sheet, which has 1000 rows. */
export const TEMPLATE_DATA_ROWS = 999;

export interface Dropdown {
  /** 1-based column. */
  column: number;
  values: string[];
}

export interface InputTabTemplate {
  kind: TabKind;
  name: string;
  headers: string[];
  /** Number format of each column's data rows; '' = automatic. */
  columnFormats: string[];
  /** Suggested values; other values stay allowed, because CRMs and habits name stages differently. */
  dropdowns: Dropdown[];
  columnWidths: number[];
}

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

const DROPDOWN_KEYS: Partial<Record<string, MessageKey[]>> = {
  'deals.stage': [
    'sample.stage.qualified',
    'sample.stage.proposal',
    'sample.stage.negotiation',
    'sample.stage.won',
    'sample.stage.lost',
  ],
  'deals.type': ['sample.type.new', 'sample.type.upsell', 'sample.type.crosssell'],
  'customers.status': [
    'sample.status.key',
    'sample.status.active',
    'sample.status.new',
    'sample.status.atRisk',
    'sample.status.dormant',
    'sample.status.prospect',
  ],
  'customers.support': ['sample.support.standard', 'sample.support.premium'],
};

const DATE_FIELDS = new Set([
  'created',
  'closed',
  'expectedClose',
  'delivered',
  'followUp',
  'lastContact',
  'date',
]);
const MONEY_FIELDS = new Set(['value', 'cost']);
const WHOLE_NUMBER_FIELDS = new Set(['conversations', 'satisfaction', 'nps']);
const WIDE_FIELDS = new Set(['name', 'customer', 'lostReason', 'firstLine']);

function columnFormat(field: string, currency: string, lang: Lang): string {
  if (DATE_FIELDS.has(field)) return dateFormat(lang);
  if (MONEY_FIELDS.has(field)) return numberFormatFor('currency', currency, lang);
  if (WHOLE_NUMBER_FIELDS.has(field)) return INTEGER_FORMAT;
  return '';
}

export function inputTabTemplate(kind: TabKind, lang: Lang, currency: string): InputTabTemplate {
  const fields: string[] = FIELD_ORDER[kind];
  const headerKeys = HEADER_KEYS[kind] as Record<string, MessageKey>;
  const dropdowns: Dropdown[] = [];
  fields.forEach((field, index) => {
    const keys = DROPDOWN_KEYS[`${kind}.${field}`];
    if (keys) dropdowns.push({ column: index + 1, values: keys.map((key) => t(lang, key)) });
  });
  return {
    kind,
    name: OWN_TAB_NAMES[lang][kind],
    headers: fields.map((field) => t(lang, headerKeys[field])),
    columnFormats: fields.map((field) => columnFormat(field, currency, lang)),
    dropdowns,
    columnWidths: fields.map((field) => (WIDE_FIELDS.has(field) ? 200 : 120)),
  };
}
