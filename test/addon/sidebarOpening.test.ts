// Opening the sidebar (SPEC §6, issue 14): while the last audit is current (the input tabs have the extent
// it read, the settings are the same) the sidebar opens from the run's stored summary with a constant number
// of Spreadsheet calls and no read of an input tab; stale (rows added, settings edited), missing or corrupt,
// it reads the tabs as before and says the figures are the current data's.
import { generateSalesData } from '../../src/core/sample/generator';
import type { SidebarState } from '../../src/core/server-api';
import { FakeSpreadsheet } from '../support/fakeSpreadsheet';
import { loadBundle } from '../support/loadBundle';
import { fillTabs, NOW, TODAY } from '../support/scenarios';

const SUMMARY = 'salesProcessAudit.lastRun';

function audited(deals: number): { doc: FakeSpreadsheet; ran: SidebarState } {
  const doc = new FakeSpreadsheet({ timeZone: 'Europe/Warsaw', locale: 'en_US' });
  const data = generateSalesData({ deals, today: TODAY, seed: 1 });
  fillTabs(doc, [data.deals, data.channels, data.customers]);
  const ran = loadBundle(doc, { now: NOW }).call<SidebarState>('sidebarRunAudit');
  expect(ran.reportBasis).toBe('lastAudit');
  return { doc, ran };
}

function open(doc: FakeSpreadsheet) {
  const bundle = loadBundle(doc, { now: NOW });
  const state = bundle.call<SidebarState>('sidebarLoad');
  const readsOf = (tab: string) => bundle.log.bySheet.get(tab)?.get('Range.getValues') ?? 0;
  return { state, log: bundle.log, readsOf };
}

describe('opening the sidebar after an audit', () => {
  it('shows the run’s report from its summary in the same calls at 1,000 and 100,000 deals, reading no input tab', () => {
    const small = audited(1_000);
    const large = audited(100_000);
    for (const { doc, ran } of [small, large]) {
      const opened = open(doc);
      expect(opened.state.reportBasis).toBe('lastAudit');
      expect(opened.state.report).toEqual(ran.report);
      expect(opened.state.lastRun).toEqual(ran.lastRun);
      expect(opened.state.scoreTrend).toEqual(ran.scoreTrend);
      for (const tab of ['Deals', 'Channels', 'Customers', 'Audit history', 'Audit snapshots'])
        expect(opened.readsOf(tab)).toBe(0);
    }
    const [smallCalls, largeCalls] = [open(small.doc).log, open(large.doc).log];
    expect(largeCalls.toJSON()).toEqual(smallCalls.toJSON());
    // The number of tabs (the run's tabs are all still there: no listing, see tabListing.ts), the locale and
    // time zone, the settings tab, and the last row and column of the three input tabs.
    expect(largeCalls.toJSON()).toMatchObject({
      'Spreadsheet.getNumSheets': 1,
      'Range.getValues': 1,
      'Sheet.getLastRow': 3,
      'Sheet.getLastColumn': 3,
    });
    expect(largeCalls.count('Sheet.getName')).toBe(0);
    expect(largeCalls.documentCalls()).toBe(10);
    expect(open(large.doc).readsOf('Audit settings')).toBe(1);
  });

  it('reads the tabs again and says so when rows were added since', () => {
    const { doc, ran } = audited(300);
    const deals = doc.sheet('Deals')!;
    const last = deals.values()[deals.values().length - 1];
    deals.fill([
      ...deals.values(),
      last.map((cell, column) => (column === 0 ? `${String(cell)}-new` : cell)),
    ]);
    const opened = open(doc);
    expect(opened.state.reportBasis).toBe('currentData');
    expect(opened.readsOf('Deals')).toBe(1);
    expect(opened.state.report!.input.deals.rows).toBe(ran.report!.input.deals.rows + 1);
  });

  it('reads the tabs again when the settings tab was edited by hand', () => {
    const { doc } = audited(300);
    const settings = doc.sheet('Audit settings')!;
    const row = settings.values().findIndex((line) => line[0] === 'Minimum sample');
    expect(row).toBeGreaterThan(0);
    settings.write(row + 1, 2, { value: 12, formula: null });
    const opened = open(doc);
    expect(opened.state.reportBasis).toBe('currentData');
    expect(opened.state.settings.minSample).toBe(12);
    expect(opened.readsOf('Deals')).toBe(1);
  });

  it('reads the tabs when there is no summary, or one that does not read whole', () => {
    const { doc, ran } = audited(300);
    const stored = new Map([...doc.documentProperties].filter(([key]) => key.startsWith(SUMMARY)));
    expect(Number(stored.get(SUMMARY))).toBeGreaterThan(0);

    const broken: [string, string | null][] = [
      [SUMMARY, null],
      [SUMMARY, 'many'],
      [SUMMARY, '999'],
      [`${SUMMARY}.0`, '{"fingerprint":'],
      [`${SUMMARY}.0`, null],
    ];
    for (const [key, value] of broken) {
      for (const [name, text] of stored) doc.documentProperties.set(name, text);
      if (value === null) doc.documentProperties.delete(key);
      else doc.documentProperties.set(key, value);
      const opened = open(doc);
      expect(opened.state.reportBasis).toBe('currentData');
      expect(opened.readsOf('Deals')).toBe(1);
      expect(opened.state.report!.overall.score).toBe(ran.report!.overall.score);
    }
  });

  it('leaves no piece of a longer summary behind when a shorter one replaces it', () => {
    const { doc } = audited(300);
    // As if the summary before had twelve pieces.
    doc.documentProperties.set(SUMMARY, '12');
    for (let index = 0; index < 12; index++) doc.documentProperties.set(`${SUMMARY}.${index}`, 'old');
    loadBundle(doc, { now: NOW }).call('runAudit');
    const pieces = Number(doc.documentProperties.get(SUMMARY));
    expect(pieces).toBeGreaterThan(0);
    expect(pieces).toBeLessThan(12);
    const left = [...doc.documentProperties.keys()].filter((key) => key.startsWith(`${SUMMARY}.`));
    expect(left).toEqual(Array.from({ length: pieces }, (_, index) => `${SUMMARY}.${index}`));
    expect(open(doc).state.reportBasis).toBe('lastAudit');
  });

  it('never fails a run when the summary cannot be stored (a store other properties filled), and keeps none', () => {
    const { doc } = audited(300);
    expect(Number(doc.documentProperties.get(SUMMARY))).toBeGreaterThan(0);
    doc.failOn = 'setProperties';
    const later = new Date(NOW.getTime() + 86_400_000);
    loadBundle(doc, { now: later }).call('runAudit');
    expect(doc.alerts).toEqual([]);
    expect([...doc.documentProperties.keys()].filter((key) => key.startsWith(SUMMARY))).toEqual([]);
    const opened = open(doc);
    expect(opened.state.reportBasis).toBe('currentData');
    expect(opened.readsOf('Deals')).toBe(1);
  });
});
