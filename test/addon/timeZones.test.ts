// Dates the add-on writes stay on their calendar day in every zone (SPEC §6): UTC+14 and UTC−11 are the
// far ends where an instant at noon UTC is already another day.
import type { SidebarState } from '../../src/core/server-api';
import { generateSalesData } from '../../src/core/sample/generator';
import { FakeSpreadsheet, zonedDate } from '../support/fakeSpreadsheet';
import { loadBundle } from '../support/loadBundle';
import { fillTabs, TODAY } from '../support/scenarios';

const RANGE = { kind: 'range', from: '2024-01-01', to: '2024-03-31' } as const;

describe.each(['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Europe/Warsaw'])('in %s', (timeZone) => {
  function spreadsheet() {
    const doc = new FakeSpreadsheet({ timeZone, locale: 'en_US' });
    const data = generateSalesData({ deals: 120, today: TODAY, seed: 5 });
    fillTabs(doc, [data.deals, data.channels, data.customers]);
    // Noon on TODAY in the spreadsheet's zone.
    return loadBundle(doc, { now: zonedDate(timeZone, 2024, 6, 30, 12) });
  }

  it('keeps a from–to period on its days through repeated sidebar saves and a run', () => {
    const bundle = spreadsheet();
    bundle.call<SidebarState>('sidebarSaveSettings', { period: RANGE });
    bundle.call<SidebarState>('sidebarSaveSettings', { minSample: 8 });
    bundle.call<SidebarState>('sidebarSaveSettings', { minSample: 9 });
    bundle.call('runAudit');
    const state = bundle.call<SidebarState>('sidebarLoad');
    expect(state.settings.period).toEqual(RANGE);
    expect(state.report?.period).toMatchObject({ from: '2024-01-01', to: '2024-03-31' });
  });

  it('audits as of the zone’s today', () => {
    const state = spreadsheet().call<SidebarState>('sidebarLoad');
    expect(state.report?.today).toBe(TODAY);
  });
});
