// The sample's Customers tab: a status that follows the customer's wins, contacts, satisfaction and NPS.
import { t, type MessageKey } from '../i18n/catalog';
import { FIELD_ORDER } from '../input/fields';
import { inputHeaders } from '../templates/inputHeaders';
import type { Cell, CustomerField, Day, Lang } from '../types';
import { SAMPLE_NAMES } from './names';
import type { Random } from './random';
import { dateCell } from './sampleDays';

export interface SampleCustomer {
  name: string;
  channel: number;
  arrival: Day;
  wins: number;
  firstWon: Day | null;
  lastWon: Day | null;
}

/** The sample Customers tab's columns: the order of the tab the add-on makes. */
export const CUSTOMER_SAMPLE_COLUMNS: readonly CustomerField[] = FIELD_ORDER.customers;

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

export function customerRows(customers: SampleCustomer[], today: Day, lang: Lang, random: Random): Cell[][] {
  const text = (key: MessageKey): string => t(lang, key);
  const managers = SAMPLE_NAMES[lang].accountManagers;
  const supportPlans = [text('sample.support.standard'), text('sample.support.premium')];
  const rows: Cell[][] = [inputHeaders('customers', CUSTOMER_SAMPLE_COLUMNS, lang)];
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
