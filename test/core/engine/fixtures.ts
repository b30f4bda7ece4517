// Hand-made input records for engine tests: every field defaults to "empty", every column to "present".
import { isoToDay } from '../../../src/core/days';
import { computeAudit, type AuditContext } from '../../../src/core/engine/computeAudit';
import { FIELD_ORDER } from '../../../src/core/input/fields';
import { defaultSettings } from '../../../src/core/settings/defaults';
import type {
  AuditReport,
  ChannelCost,
  ChannelField,
  Customer,
  CustomerField,
  Day,
  Deal,
  DealField,
  MetricResult,
  ParsedInput,
  Settings,
  TabInput,
} from '../../../src/core/types';

export const TODAY = '2026-06-30';

export function d(iso: string): Day {
  const day = isoToDay(iso);
  if (day === null) throw new Error(`bad test date ${iso}`);
  return day;
}

let nextRow = 2;
const key = (text: string | null | undefined): string | null => (text ? text.trim().toLowerCase() : null);

export function deal(fields: Partial<Deal> = {}): Deal {
  const outcome = fields.outcome ?? 'open';
  return {
    row: nextRow++,
    id: null,
    name: null,
    created: d('2026-01-01'),
    stage: outcome === 'won' ? 'Won' : outcome === 'lost' ? 'Lost' : 'Proposal',
    outcome,
    value: null,
    channel: null,
    closed: null,
    expectedClose: null,
    customer: null,
    owner: null,
    conversations: null,
    type: null,
    delivered: null,
    followUp: null,
    lostReason: null,
    ...fields,
    channelKey: fields.channelKey ?? key(fields.channel),
    customerKey: fields.customerKey ?? key(fields.customer),
  };
}

/** `n` copies of a deal, e.g. many(3, { outcome: 'won', channel: 'Ads' }). */
export function many(n: number, fields: Partial<Deal> = {}): Deal[] {
  return Array.from({ length: n }, () => deal(fields));
}

export function cost(channel: string, amount: number, date: Day | null = null): ChannelCost {
  return { row: nextRow++, channel, channelKey: key(channel) ?? '', cost: amount, date };
}

export function customer(name: string, fields: Partial<Customer> = {}): Customer {
  return {
    row: nextRow++,
    name,
    key: key(name) ?? '',
    status: null,
    lastContact: null,
    satisfaction: null,
    nps: null,
    firstLine: null,
    support: null,
    ...fields,
    statusKey: fields.statusKey ?? key(fields.status),
  };
}

const CHANNEL_FIELDS: ChannelField[] = ['channel', 'cost', 'date'];
const CUSTOMER_FIELDS: CustomerField[] = [
  'customer',
  'status',
  'lastContact',
  'satisfaction',
  'nps',
  'firstLine',
  'support',
];

function tab<F extends string>(name: string, fields: F[], missing: F[] | 'tab', rows: number): TabInput<F> {
  const found = missing !== 'tab';
  const mapping = {} as Record<F, string | null>;
  for (const field of fields) mapping[field] = found && !missing.includes(field) ? field : null;
  return {
    found,
    tab: found ? name : null,
    rows,
    used: rows,
    mapping,
    headers: found ? fields.filter((field) => mapping[field] !== null) : [],
  };
}

export interface InputSpec {
  deals?: Deal[];
  costs?: ChannelCost[];
  customers?: Customer[];
  /** Columns (or whole tabs) the input lacks. */
  missing?: { deals?: DealField[]; channels?: ChannelField[] | 'tab'; customers?: CustomerField[] | 'tab' };
}

export function parsedInput(spec: InputSpec): ParsedInput {
  const deals = spec.deals ?? [];
  const costs = spec.costs ?? [];
  const customers = spec.customers ?? [];
  return {
    deals,
    channelCosts: costs,
    customers,
    input: {
      deals: tab('Deals', FIELD_ORDER.deals, spec.missing?.deals ?? [], deals.length),
      channels: tab('Channels', CHANNEL_FIELDS, spec.missing?.channels ?? [], costs.length),
      customers: tab('Customers', CUSTOMER_FIELDS, spec.missing?.customers ?? [], customers.length),
    },
    openStages: [...new Set(deals.filter((item) => item.outcome === 'open').map((item) => item.stage))],
    issues: [],
  };
}

export function settings(overrides: Partial<Settings> = {}): Settings {
  return { ...defaultSettings('en-US'), ...overrides };
}

export function audit(
  spec: InputSpec,
  settingsOverrides: Partial<Settings> = {},
  ctx: Partial<AuditContext> = {},
): AuditReport {
  return computeAudit(parsedInput(spec), settings(settingsOverrides), {
    today: d(TODAY),
    lang: 'en',
    locale: 'en-US',
    generatedAt: `${TODAY}T09:00:00.000Z`,
    previous: null,
    questions: [],
    ...ctx,
  });
}

export function metricOf(report: AuditReport, id: string): MetricResult {
  for (const area of report.areas) {
    const found = area.metrics.find((item) => item.id === id);
    if (found) return found;
  }
  throw new Error(`no metric ${id}`);
}

export function channelOf(report: AuditReport, name: string) {
  const row = report.channels.find((item) => item.channel === name);
  if (!row) throw new Error(`no channel ${name}`);
  return row;
}
