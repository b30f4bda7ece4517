// The add-on's tabs keep their sheet ids across runs and sidebar saves (SPEC §4.1, §6), a failed run
// leaves the previous tab whole, and nothing assumes a new tab's grid size.
import { generateSalesData } from '../../src/core/sample/generator';
import type { SidebarState } from '../../src/core/server-api';
import { FakeSpreadsheet } from '../support/fakeSpreadsheet';
import { loadBundle } from '../support/loadBundle';
import { fillTabs, NOW, salesSpreadsheet, TODAY } from '../support/scenarios';

const AUDIT_TAB = 'Sales Process Audit';
const HISTORY_TAB = 'Audit history';
const SNAPSHOTS_TAB = 'Audit snapshots';
const SETTINGS_TAB = 'Audit settings';

const idOf = (doc: FakeSpreadsheet, name: string) => doc.sheet(name)!.id;

describe('tab identity', () => {
  it('keeps the audit, history and settings tabs’ sheet ids across runs and sidebar saves', () => {
    const doc = salesSpreadsheet();
    const bundle = loadBundle(doc, { now: NOW });
    bundle.call('runAudit');
    const ids = [AUDIT_TAB, HISTORY_TAB, SETTINGS_TAB].map((name) => idOf(doc, name));
    const firstAudit = doc.sheet(AUDIT_TAB)!.values();

    bundle.call('runAudit');
    bundle.call<SidebarState>('sidebarSaveSettings', { minSample: 8 });
    bundle.call<SidebarState>('sidebarRunAudit');

    expect([AUDIT_TAB, HISTORY_TAB, SETTINGS_TAB].map((name) => idOf(doc, name))).toEqual(ids);
    expect(doc.sheetNames()).toEqual([
      'Deals',
      'Channels',
      'Customers',
      SETTINGS_TAB,
      AUDIT_TAB,
      SNAPSHOTS_TAB,
      HISTORY_TAB,
    ]);
    // The header's two rows (labels, hidden ids) and three runs.
    expect(doc.sheet(HISTORY_TAB)!.values()).toHaveLength(5);
    // The kept tab holds the new audit: its "run at" and header are the same, the history grew.
    expect(doc.sheet(AUDIT_TAB)!.values()[0]).toEqual(firstAudit[0]);
    expect(doc.activeRange?.sheet).toBe(AUDIT_TAB);
  });

  it('leaves the previous audit whole, with its id, when the copy onto it fails, and no staging tab behind', () => {
    const doc = salesSpreadsheet();
    const bundle = loadBundle(doc, { now: NOW });
    bundle.call('runAudit');
    const before = doc.sheet(AUDIT_TAB)!.snapshot();
    const names = doc.sheetNames();
    doc.failOn = 'copyTo';
    bundle.call('runAudit');

    expect(doc.sheet(AUDIT_TAB)!.snapshot()).toBe(before);
    expect(doc.sheetNames()).toEqual(names);
    expect(doc.alerts[0].message).toMatch(/Service error in copyTo/);
  });

  it('blanks what a larger earlier audit left below and beside a smaller one', () => {
    const doc = salesSpreadsheet({ deals: 300 });
    const bundle = loadBundle(doc, { now: NOW });
    bundle.call('runAudit');
    const large = doc.sheet(AUDIT_TAB)!.values();

    // Fewer channels, no customers: a shorter audit.
    const fewer = generateSalesData({ deals: 40, today: TODAY, seed: 3, channels: 2 });
    for (const name of ['Deals', 'Channels', 'Customers'])
      doc.sheets = doc.sheets.filter((s) => s.name !== name);
    fillTabs(doc, [fewer.deals, fewer.channels]);
    bundle.call('runAudit');

    const fresh = new FakeSpreadsheet({ timeZone: doc.timeZone, locale: doc.locale });
    fillTabs(fresh, [fewer.deals, fewer.channels]);
    // Run twice, like doc: the second run has a score trend of two runs.
    const freshBundle = loadBundle(fresh, { now: NOW });
    freshBundle.call('runAudit');
    freshBundle.call('runAudit');
    const small = doc.sheet(AUDIT_TAB)!.values();
    expect(small.length).toBeLessThan(large.length);
    // Same cells as the audit a fresh spreadsheet gets (the change since the first run aside).
    expect(small.length).toBe(fresh.sheet(AUDIT_TAB)!.values().length);
    // The kept tab's charts were rebuilt in place: as many as the fresh tab's, none left over.
    expect(doc.sheet(AUDIT_TAB)!.charts.map((chart) => chart.type)).toEqual(
      fresh.sheet(AUDIT_TAB)!.charts.map((chart) => chart.type),
    );
  });

  it('keeps the column widths a user set while the plan’s layout is unchanged', () => {
    const doc = salesSpreadsheet();
    const bundle = loadBundle(doc, { now: NOW });
    bundle.call('runAudit');
    doc.sheet(AUDIT_TAB)!.columnWidths.set(1, 400);
    bundle.call('runAudit');
    expect(doc.sheet(AUDIT_TAB)!.columnWidths.get(1)).toBe(400);
  });

  it('removes a staging tab an interrupted run left, found by the name it recorded', () => {
    const doc = salesSpreadsheet();
    const bundle = loadBundle(doc, { now: NOW });
    bundle.call('runAudit');
    doc.addSheet(`${AUDIT_TAB} (building)`);
    doc.documentProperties.set('salesProcessAudit.staging', `${AUDIT_TAB} (building)`);
    bundle.call('runAudit');
    expect(doc.sheetNames()).not.toContain(`${AUDIT_TAB} (building)`);
    expect(doc.documentProperties.has('salesProcessAudit.staging')).toBe(false);
  });

  it('finds its tab by id after the user renamed it, and writes there', () => {
    const doc = salesSpreadsheet();
    const bundle = loadBundle(doc, { now: NOW });
    bundle.call('runAudit');
    const id = idOf(doc, AUDIT_TAB);
    doc.sheet(AUDIT_TAB)!.name = 'Our audit';
    bundle.call('runAudit');
    expect(doc.sheetNames()).not.toContain(AUDIT_TAB);
    expect(idOf(doc, 'Our audit')).toBe(id);
    expect(doc.toasts[1].message).toMatch(/“Our audit”|Our audit/);
  });
});

describe('a user’s own tab named like the settings tab', () => {
  it('is read but never rewritten: the sidebar saves to "Audit settings (2)", which is read from then on', () => {
    const doc = salesSpreadsheet();
    // Typed by hand: label, value, note, key (the key column is what the reader goes by).
    doc.addSheet(SETTINGS_TAB).fill([['Minimum sample', 6, '', 'minSample']]);
    const before = doc.sheet(SETTINGS_TAB)!.snapshot();
    const bundle = loadBundle(doc, { now: NOW });
    expect(bundle.call<SidebarState>('sidebarLoad').settings.minSample).toBe(6);

    const saved = bundle.call<SidebarState>('sidebarSaveSettings', { dormantAfterDays: 200 });

    expect(doc.sheet(SETTINGS_TAB)!.snapshot()).toBe(before);
    expect(doc.sheetNames()).toContain(`${SETTINGS_TAB} (2)`);
    expect(saved.settings).toMatchObject({ minSample: 6, dormantAfterDays: 200 });
    const again = bundle.call<SidebarState>('sidebarSaveSettings', { minSample: 9 });
    expect(again.settings).toMatchObject({ minSample: 9, dormantAfterDays: 200 });
    expect(doc.sheet(SETTINGS_TAB)!.snapshot()).toBe(before);
    expect(doc.sheetNames().filter((name) => name.startsWith(SETTINGS_TAB))).toHaveLength(2);
  });
});

describe('new tabs of 100 × 10', () => {
  it('runs, re-runs and saves settings, growing each new tab as needed, with the same audit as on 1000 × 26', () => {
    const small = salesSpreadsheet();
    small.newSheetSize = { rows: 100, columns: 10 };
    const bundle = loadBundle(small, { now: NOW });
    bundle.call('runAudit');
    bundle.call('runAudit');
    bundle.call<SidebarState>('sidebarSaveSettings', { minSample: 8 });
    bundle.call('createInputTabs');
    expect(small.alerts.filter((alert) => /could not|went wrong/.test(alert.message))).toEqual([]);

    const usual = salesSpreadsheet();
    const reference = loadBundle(usual, { now: NOW });
    reference.call('runAudit');
    reference.call('runAudit');
    expect(small.sheet(AUDIT_TAB)!.values()).toEqual(usual.sheet(AUDIT_TAB)!.values());
    expect(small.sheet(AUDIT_TAB)!.maxRows).toBeGreaterThan(100);
  });
});
