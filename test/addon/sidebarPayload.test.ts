// What one server call hands the sidebar stays under 200 KB at any row count (SPEC §6): lists are capped on
// the server, the full lists live in the audit tab.
import { generateSalesData } from '../../src/core/sample/generator';
import type { SidebarState } from '../../src/core/server-api';
import { FakeSpreadsheet } from '../support/fakeSpreadsheet';
import { loadBundle } from '../support/loadBundle';
import { fillTabs, NOW, TODAY } from '../support/scenarios';

const LIMIT_BYTES = 200 * 1024;

/** Deals with every third Created date unreadable: one data issue per third row. */
function brokenSpreadsheet(deals: number): FakeSpreadsheet {
  const data = generateSalesData({ deals, today: TODAY, seed: 2 });
  const created = data.deals.values[0].indexOf('Created');
  data.deals.values.forEach((row, index) => {
    if (index > 0 && index % 3 === 0) row[created] = 'not a date';
  });
  const doc = new FakeSpreadsheet({ timeZone: 'Europe/Warsaw', locale: 'en_US' });
  fillTabs(doc, [data.deals, data.channels, data.customers]);
  return doc;
}

const bytes = (value: unknown) => Buffer.byteLength(JSON.stringify(value), 'utf8');

describe('the sidebar’s payload', () => {
  it('stays under 200 KB at 100,000 deals with 33,333 broken dates, counting every issue', () => {
    const bundle = loadBundle(brokenSpreadsheet(100_000), { now: NOW });
    const state = bundle.call<SidebarState>('sidebarLoad');

    expect(bytes(state)).toBeLessThan(LIMIT_BYTES);
    expect(state.report!.issuesTotal).toBeGreaterThanOrEqual(33_333);
    expect(state.report!.issueCounts.bad_date).toBeGreaterThanOrEqual(33_333);
    expect(state.report!.issues).toHaveLength(20);
    expect(state.report!.staleDeals.length).toBeLessThanOrEqual(20);
    expect(state.report!.overdueCustomers.length).toBeLessThanOrEqual(20);
  });

  it('stays under 200 KB from a run and a save at 20,000 deals, while the audit tab keeps every issue', () => {
    const doc = brokenSpreadsheet(20_000);
    const bundle = loadBundle(doc, { now: NOW });
    const run = bundle.call<SidebarState>('sidebarRunAudit');
    const saved = bundle.call<SidebarState>('sidebarSaveSettings', { minSample: 6 });
    expect(bytes(run)).toBeLessThan(LIMIT_BYTES);
    expect(bytes(saved)).toBeLessThan(LIMIT_BYTES);
    const auditText = doc
      .sheet('Sales Process Audit')!
      .values()
      .flat()
      .filter((cell) => typeof cell === 'string' && /Created/.test(cell));
    expect(auditText.length).toBeGreaterThan(20);
  });
});
