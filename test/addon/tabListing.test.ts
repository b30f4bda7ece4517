// Which tab is which on a monthly run: the tabs the last run used while they are all still there under
// their names and no tab was added or removed, else the full listing (src/addon/tabListing.ts). The run's
// calls do not grow with the owner's own tabs, and renaming, adding or removing tabs is seen as a listing
// would see it.
import type { SidebarState } from '../../src/core/server-api';
import type { FakeSpreadsheet } from '../support/fakeSpreadsheet';
import { loadBundle } from '../support/loadBundle';
import { NOW, salesSpreadsheet } from '../support/scenarios';

const AUDIT_TAB = 'Sales Process Audit';

/** Runs the audit twice; returns the second run's Spreadsheet calls. */
function secondRunCalls(doc: FakeSpreadsheet): number {
  loadBundle(doc, { now: NOW }).call('runAudit');
  const bundle = loadBundle(doc, { now: NOW });
  bundle.call('runAudit');
  expect(doc.alerts).toEqual([]);
  return bundle.log.documentCalls();
}

function inputTabsRead(doc: FakeSpreadsheet) {
  const state = loadBundle(doc, { now: NOW }).call<SidebarState>('sidebarLoad');
  const { deals, channels, customers } = state.report!.input;
  return [deals.tab, channels.tab, customers.tab];
}

describe('a monthly run', () => {
  it('makes as many calls in a spreadsheet with ten tabs of the owner’s own as in one without', () => {
    const plain = salesSpreadsheet();
    const busy = salesSpreadsheet();
    for (let i = 1; i <= 10; i++) busy.addSheet(`Notes ${i}`).fill([['A note']]);
    expect(secondRunCalls(busy)).toBe(secondRunCalls(plain));
  });

  it('reads a tab the owner renamed to "Channels" after an audit that found none', () => {
    const doc = salesSpreadsheet();
    doc.sheet('Channels')!.name = 'Costs';
    loadBundle(doc, { now: NOW }).call('runAudit');
    expect(inputTabsRead(doc)).toEqual(['Deals', null, 'Customers']);

    doc.sheet('Costs')!.name = 'Channels';
    loadBundle(doc, { now: NOW }).call('runAudit');
    expect(doc.alerts).toEqual([]);
    expect(inputTabsRead(doc)).toEqual(['Deals', 'Channels', 'Customers']);
  });

  it('reads the tab named "Deals" the owner added beside the one the last audit read', () => {
    const doc = salesSpreadsheet();
    doc.sheet('Deals')!.name = 'All deals 2024';
    loadBundle(doc, { now: NOW }).call('runAudit');
    expect(inputTabsRead(doc)[0]).toBe('All deals 2024');

    doc.addSheet('Deals').fill(doc.sheet('All deals 2024')!.values());
    loadBundle(doc, { now: NOW }).call('runAudit');
    expect(doc.alerts).toEqual([]);
    expect(inputTabsRead(doc)[0]).toBe('Deals');
  });

  it('says there is no Deals tab when the owner renamed it away, and keeps the previous audit', () => {
    const doc = salesSpreadsheet();
    loadBundle(doc, { now: NOW }).call('runAudit');
    const before = doc.sheet(AUDIT_TAB)!.snapshot();
    doc.sheet('Deals')!.name = 'Old stuff';
    loadBundle(doc, { now: NOW }).call('runAudit');
    expect(doc.alerts[0].message).toMatch(/^No Deals tab found\./);
    expect(doc.sheet(AUDIT_TAB)!.snapshot()).toBe(before);
  });

  it('builds in a free tab when a tab the owner renamed takes the staging name in other letter case', () => {
    const doc = salesSpreadsheet();
    doc.addSheet('Notes').fill([['Mine']]);
    loadBundle(doc, { now: NOW }).call('runAudit');
    // Same number of tabs, every tab of the last run still there: the run does not list the tabs.
    doc.sheet('Notes')!.name = 'sales process audit (building)';
    const before = doc.sheet('sales process audit (building)')!.snapshot();
    const bundle = loadBundle(doc, { now: NOW });
    bundle.call('runAudit');

    expect(doc.alerts).toEqual([]);
    expect(bundle.log.count('Spreadsheet.getSheets')).toBe(1);
    expect(doc.sheet('sales process audit (building)')!.snapshot()).toBe(before);
    expect(doc.sheetNames()).not.toContain(`${AUDIT_TAB} (building) (2)`);
  });
});
