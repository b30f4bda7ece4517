// Each CRM's deal export, from its documented column names, maps with no manual mapping.
// The Salesforce report also carries its Closed and Won checkboxes, which must not pass for dates.
import { readFileSync } from 'fs';
import { join } from 'path';
import { parse } from 'csv-parse/sync';
import { isoToDay } from '../../../src/core/days';
import { parseInput } from '../../../src/core/input/parseInput';
import type { DealField, NamedGrid } from '../../../src/core/types';
import { PARSE_OPTIONS } from './parseFixtures';

function loadCsv(file: string): NamedGrid {
  const text = readFileSync(join(__dirname, '../../fixtures/crm', file), 'utf8');
  return { name: 'Deals', values: parse(text) as string[][] };
}

const options = PARSE_OPTIONS;

const day = (iso: string) => isoToDay(iso)!;

interface Expected {
  mapping: Partial<Record<DealField, string>>;
  values: (number | null)[];
  closed: (string | null)[];
  /** Won and lost deals have none; an open deal's is its own column, else its close date. */
  expectedClose: (string | null)[];
  customers: string[];
  channels: (string | null)[];
}

const cases: Record<string, Expected> = {
  'hubspot-deals.csv': {
    mapping: {
      id: 'Record ID',
      name: 'Deal Name',
      stage: 'Deal Stage',
      closed: 'Close Date',
      owner: 'Deal owner',
      value: 'Amount',
      created: 'Create Date',
      type: 'Deal Type',
      channel: 'Original Source Type',
      customer: 'Associated Company',
      conversations: 'Number of Sales Activities',
      lostReason: 'Closed Lost Reason',
    },
    values: [22700, 5000, 1200],
    closed: ['2024-03-20', '2024-04-02', null],
    expectedClose: [null, null, null],
    customers: ['Acme Ltd', 'Beta Inc', 'Acme Ltd'],
    channels: ['Organic Search', 'Referrals', 'Paid Search'],
  },
  'pipedrive-deals.csv': {
    mapping: {
      id: 'Deal - ID',
      name: 'Deal - Title',
      value: 'Deal - Value',
      customer: 'Deal - Organization',
      // The pipeline step; the outcome comes from Deal - Status (won / lost / open).
      stage: 'Deal - Stage',
      owner: 'Deal - Owner',
      created: 'Deal - Deal created',
      closed: 'Deal - Deal closed on',
      expectedClose: 'Deal - Expected close date',
      lostReason: 'Deal - Lost reason',
      channel: 'Deal - Source origin',
      conversations: 'Deal - Done activities',
    },
    values: [22700, 5000, 1200],
    closed: ['2024-03-20', '2024-04-02', null],
    expectedClose: [null, null, '2024-05-30'],
    customers: ['Acme Sp. z o.o.', 'Beta SA', 'Gamma'],
    channels: ['Web forms', 'Prospector', 'Web forms'],
  },
  'zoho-deals.csv': {
    mapping: {
      id: 'Record Id',
      owner: 'Deal Owner',
      name: 'Deal Name',
      value: 'Amount',
      closed: 'Closing Date',
      customer: 'Account Name',
      stage: 'Stage',
      type: 'Type',
      channel: 'Lead Source',
      created: 'Created Time',
      lostReason: 'Reason For Loss',
    },
    values: [22700, 5000, 1200],
    closed: ['2024-03-20', '2024-04-02', '2024-05-30'],
    expectedClose: [null, null, '2024-05-30'],
    customers: ['Acme Ltd', 'Beta Inc', 'Gamma LLC'],
    channels: ['Web Download', 'Cold Call', 'Partner'],
  },
  'salesforce-opportunities.csv': {
    mapping: {
      owner: 'Opportunity Owner',
      customer: 'Account Name',
      name: 'Opportunity Name',
      stage: 'Stage',
      value: 'Amount',
      closed: 'Close Date',
      created: 'Created Date',
      channel: 'Lead Source',
      type: 'Type',
      id: 'Opportunity ID',
    },
    values: [22700, 5000, 1200],
    closed: ['2024-03-20', '2024-04-02', '2024-05-30'],
    expectedClose: [null, null, '2024-05-30'],
    customers: ['Acme Ltd', 'Beta Inc', 'Acme Ltd'],
    channels: ['Web', 'Phone Inquiry', 'Partner Referral'],
  },
  'salesforce-opportunities-api.csv': {
    mapping: {
      id: 'Id',
      name: 'Name',
      customer: 'AccountId',
      value: 'Amount',
      closed: 'CloseDate',
      stage: 'StageName',
      created: 'CreatedDate',
      channel: 'LeadSource',
      owner: 'OwnerId',
      type: 'Type',
    },
    values: [22700, 5000, 1200],
    closed: ['2024-03-20', '2024-04-02', '2024-05-30'],
    expectedClose: [null, null, '2024-05-30'],
    customers: ['0015g00000ACME1', '0015g00000BETA1', '0015g00000ACME1'],
    channels: ['Web', 'Phone Inquiry', 'Partner Referral'],
  },
  'crm-sales-opportunities.csv': {
    mapping: {
      id: 'opportunity_id',
      owner: 'sales_agent',
      customer: 'account',
      stage: 'deal_stage',
      created: 'engage_date',
      closed: 'close_date',
      value: 'close_value',
    },
    values: [22700, 0, null],
    closed: ['2024-03-20', '2024-04-02', null],
    expectedClose: [null, null, null],
    customers: ['Cancity', 'Isdom', 'Cancity'],
    channels: [null, null, null],
  },
};

describe.each(Object.entries(cases))('%s', (file, expected) => {
  const parsed = parseInput({ deals: loadCsv(file), channels: null, customers: null }, options);

  it('maps every field the export has, and nothing else', () => {
    const unmapped = Object.fromEntries(
      Object.keys(parsed.input.deals.mapping).map((field) => [field, null]),
    ) as Record<DealField, string | null>;
    expect(parsed.input.deals.mapping).toEqual({ ...unmapped, ...expected.mapping });
  });

  it('reads its values with no data issue', () => {
    expect(parsed.issues).toEqual([]);
    expect(parsed.input.deals.rows).toBe(3);
    expect(parsed.input.deals.used).toBe(3);
    expect(parsed.deals.map((d) => d.created)).toEqual([
      day('2024-03-05'),
      day('2024-03-10'),
      day('2024-04-01'),
    ]);
    expect(parsed.deals.map((d) => d.outcome)).toEqual(['won', 'lost', 'open']);
    expect(parsed.deals.map((d) => d.value)).toEqual(expected.values);
    expect(parsed.deals.map((d) => d.closed)).toEqual(expected.closed.map((iso) => (iso ? day(iso) : null)));
    expect(parsed.deals.map((d) => d.expectedClose)).toEqual(
      expected.expectedClose.map((iso) => (iso ? day(iso) : null)),
    );
    expect(parsed.deals.map((d) => d.customer)).toEqual(expected.customers);
    expect(parsed.deals.map((d) => d.channel)).toEqual(expected.channels);
    expect(parsed.deals.map((d) => d.row)).toEqual([2, 3, 4]);
  });
});

it('reads deal types from HubSpot, Zoho and Salesforce picklists', () => {
  const types = (file: string) =>
    parseInput({ deals: loadCsv(file), channels: null, customers: null }, options).deals.map((d) => d.type);
  expect(types('hubspot-deals.csv')).toEqual(['new', 'existing', 'existing']);
  expect(types('zoho-deals.csv')).toEqual(['existing', 'new', 'existing']);
  expect(types('salesforce-opportunities.csv')).toEqual(['new', 'upsell', 'upsell']);
});

it('keeps the open stage names once each', () => {
  const parsed = parseInput(
    { deals: loadCsv('pipedrive-deals.csv'), channels: null, customers: null },
    options,
  );
  expect(parsed.openStages).toEqual(['Qualified']);
  expect(parsed.deals.map((d) => d.conversations)).toEqual([5, 3, 1]);
  expect(parsed.deals.map((d) => d.lostReason)).toEqual([null, 'Za drogo', null]);
});
