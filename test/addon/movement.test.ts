// Two monthly audits of the add-on with deals changed between them (SPEC §1.7): every movement figure,
// and the hidden snapshots tab the second audit compares with.
import type { SidebarState } from '../../src/core/server-api';
import type { Grid } from '../../src/core/types';
import { FakeSpreadsheet } from '../support/fakeSpreadsheet';
import { loadBundle } from '../support/loadBundle';
import { fillTabs } from '../support/scenarios';

const HEADER = [
  'Deal ID',
  'Name',
  'Created',
  'Customer',
  'Owner',
  'Stage',
  'Value',
  'Closed',
  'Expected close',
];
/** Noon in Warsaw on the last day of May and of June 2024. */
const MAY = new Date('2024-05-31T10:00:00Z');
const JUNE = new Date('2024-06-30T10:00:00Z');

const MAY_DEALS: Grid = [
  HEADER,
  ['A1', 'Roof', '2024-05-01', 'Acme', 'Ann', 'Qualified', 1000, '', ''],
  ['B1', 'Fence', '2024-04-01', 'Beta', 'Bob', 'Proposal', 2000, '', ''],
  ['C1', 'Gate', '2024-05-10', 'Gamma', 'Ann', 'Qualified', 3000, '', ''],
  ['D1', 'Door', '2024-04-15', 'Delta', 'Bob', 'Negotiation', 4000, '', ''],
  ['E1', 'Wall', '2024-03-01', 'Epsilon', 'Ann', 'Proposal', 5000, '', '2024-06-15'],
  ['G1', 'Shed', '2024-01-02', 'Gamma', 'Bob', 'Negotiation', 7000, '', ''],
  ['H1', 'Deck', '2024-05-20', 'Eta', 'Ann', 'Proposal', 8000, '', ''],
];
/** June: A1 won, B1 lost, C1 advanced, D1 moved back, E1 slipped, G1 unchanged, H1 deleted, F1 new. */
const JUNE_DEALS: Grid = [
  HEADER,
  ['A1', 'Roof', '2024-05-01', 'Acme', 'Ann', 'Won', 1000, '2024-06-10', ''],
  ['B1', 'Fence', '2024-04-01', 'Beta', 'Bob', 'Lost', 2000, '2024-06-12', ''],
  ['C1', 'Gate', '2024-05-10', 'Gamma', 'Ann', 'Proposal', 3000, '', ''],
  ['D1', 'Door', '2024-04-15', 'Delta', 'Bob', 'Proposal', 4000, '', ''],
  ['E1', 'Wall', '2024-03-01', 'Epsilon', 'Ann', 'Proposal', 5000, '', '2024-07-31'],
  ['G1', 'Shed', '2024-01-02', 'Gamma', 'Bob', 'Negotiation', 7000, '', ''],
  ['F1', 'Pool', '2024-06-20', 'Phi', 'Ann', 'Qualified', 6000, '', ''],
];

function spreadsheet(): FakeSpreadsheet {
  const doc = new FakeSpreadsheet({ timeZone: 'Europe/Warsaw', locale: 'en_US' });
  fillTabs(doc, [{ name: 'Deals', values: MAY_DEALS }]);
  return doc;
}

function auditInJune(doc: FakeSpreadsheet): SidebarState {
  loadBundle(doc, { now: MAY }).call('runAudit');
  expect(doc.alerts).toEqual([]);
  doc.sheet('Deals')!.cells = [];
  doc.sheet('Deals')!.fill(JUNE_DEALS);
  return loadBundle(doc, { now: JUNE }).call<SidebarState>('sidebarRunAudit');
}

describe('movement between two add-on audits', () => {
  it('is null on the first audit, which stores every open deal in the hidden snapshots tab', () => {
    const doc = spreadsheet();
    const state = loadBundle(doc, { now: MAY }).call<SidebarState>('sidebarRunAudit');
    expect(state.report!.movement).toBeNull();
    const tab = doc.sheet('Audit snapshots')!;
    expect(tab.hidden).toBe(true);
    expect(tab.metadata).toEqual([{ key: 'salesProcessAudit.snapshots', value: 'snapshots' }]);
    expect(tab.values()).toEqual([
      ['Run', 'Deal key', 'Stage', 'Value', 'Expected close', 'Owner'],
      ['2024-05-31T12:00:00+02:00', 'id:a1', 'Qualified', 1000, '', 'Ann'],
      ['2024-05-31T12:00:00+02:00', 'id:b1', 'Proposal', 2000, '', 'Bob'],
      ['2024-05-31T12:00:00+02:00', 'id:c1', 'Qualified', 3000, '', 'Ann'],
      ['2024-05-31T12:00:00+02:00', 'id:d1', 'Negotiation', 4000, '', 'Bob'],
      ['2024-05-31T12:00:00+02:00', 'id:e1', 'Proposal', 5000, '2024-06-15', 'Ann'],
      ['2024-05-31T12:00:00+02:00', 'id:g1', 'Negotiation', 7000, '', 'Bob'],
      ['2024-05-31T12:00:00+02:00', 'id:h1', 'Proposal', 8000, '', 'Ann'],
    ]);
  });

  it('counts what was won, lost, removed, advanced, moved back, slipped, stuck and new', () => {
    const movement = auditInJune(spreadsheet()).report!.movement!;
    expect(movement).toMatchObject({
      since: '2024-05-31T12:00:00+02:00',
      compared: 7,
      won: 1,
      lost: 1,
      removed: 1,
      advanced: 1,
      movedBack: 1,
      changedStage: 0,
      unchanged: 2,
      slipped: 1,
      // Proposal and Negotiation have fewer than minSample (5) deals: stuck from 60 days.
      // G1 in Negotiation since created (180 days), E1 in Proposal since created (121 days).
      stuck: 2,
      newDeals: 1,
      reopened: 0,
    });
    expect(movement.transitions).toEqual([
      { from: 'Qualified', to: 'Proposal', deals: 1 },
      { from: 'Negotiation', to: 'Proposal', deals: 1 },
    ]);
    expect(movement.timeInStage).toEqual([
      { stage: 'Qualified', medianDays: 10, deals: 1 },
      { stage: 'Proposal', medianDays: 0, deals: 3 },
      { stage: 'Negotiation', medianDays: 180, deals: 1 },
    ]);
    expect(
      movement.slippedDeals.map((deal) => [deal.id, deal.customer, deal.stage, deal.value, deal.owner]),
    ).toEqual([['E1', 'Epsilon', 'Proposal', 5000, 'Ann']]);
    expect(movement.slippedDeals[0]).toMatchObject({
      previousExpectedClose: '2024-06-15',
      expectedClose: '2024-07-31',
    });
    expect(movement.stuckDeals.map((deal) => [deal.id, deal.customer, deal.daysInStage])).toEqual([
      ['G1', 'Gamma', 180],
      ['E1', 'Epsilon', 121],
    ]);
  });

  it('appends the second audit’s open deals to the snapshots tab', () => {
    const doc = spreadsheet();
    auditInJune(doc);
    const rows = doc.sheet('Audit snapshots')!.values().slice(1);
    expect(rows.map((row) => row[0])).toEqual([
      ...Array<string>(7).fill('2024-05-31T12:00:00+02:00'),
      ...Array<string>(5).fill('2024-06-30T12:00:00+02:00'),
    ]);
    expect(rows.slice(7).map((row) => row[1])).toEqual(['id:c1', 'id:d1', 'id:e1', 'id:g1', 'id:f1']);
  });

  it('compares a re-run on the same day with the audit of an earlier day, and replaces that day’s snapshot', () => {
    const doc = spreadsheet();
    auditInJune(doc);
    const again = loadBundle(doc, { now: JUNE }).call<SidebarState>('sidebarRunAudit');
    expect(again.report!.movement).toMatchObject({ since: '2024-05-31T12:00:00+02:00', advanced: 1, won: 1 });
    expect(doc.sheet('Audit snapshots')!.values()).toHaveLength(1 + 7 + 5);
  });
});
