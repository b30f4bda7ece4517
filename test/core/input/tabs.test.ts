import { detectTabs, OWN_TAB_NAMES } from '../../../src/core/input/tabs';

describe('detectTabs', () => {
  it('finds English tabs and the add-on tabs', () => {
    expect(
      detectTabs([
        'Sales Process Audit',
        'Deals',
        'Channels',
        'Customers',
        'Audit settings',
        'Audit history',
        'Audit snapshots',
      ]),
    ).toEqual({
      deals: 'Deals',
      channels: 'Channels',
      customers: 'Customers',
      settings: 'Audit settings',
      history: 'Audit history',
      snapshots: 'Audit snapshots',
    });
  });

  it('ignores case, accents and punctuation in Polish names', () => {
    expect(
      detectTabs([
        'TRANSAKCJE',
        'kanaly',
        'Klienci ',
        'Ustawienia audytu',
        'Historia audytow',
        'migawki AUDYTOW',
      ]),
    ).toEqual({
      deals: 'TRANSAKCJE',
      channels: 'kanaly',
      customers: 'Klienci ',
      settings: 'Ustawienia audytu',
      history: 'Historia audytow',
      snapshots: 'migawki AUDYTOW',
    });
    expect(detectTabs(['Szanse sprzedaży', 'Źródła', 'Kontrahenci'])).toMatchObject({
      deals: 'Szanse sprzedaży',
      channels: 'Źródła',
      customers: 'Kontrahenci',
    });
  });

  it('knows CRM object names', () => {
    expect(detectTabs(['Opportunities', 'Campaigns', 'Accounts'])).toMatchObject({
      deals: 'Opportunities',
      channels: 'Campaigns',
      customers: 'Accounts',
    });
    expect(detectTabs(['Potentials', 'Marketing', 'Clients'])).toMatchObject({
      deals: 'Potentials',
      channels: 'Marketing',
      customers: 'Clients',
    });
  });

  it('falls back to a name containing a tab name, preferring an exact name', () => {
    expect(detectTabs(['hubspot-crm-exports-all-deals-2024-03-05', 'Notes'])).toMatchObject({
      deals: 'hubspot-crm-exports-all-deals-2024-03-05',
      channels: null,
      customers: null,
    });
    expect(detectTabs(['Old deals 2022', 'Deals'])).toMatchObject({ deals: 'Deals' });
  });

  it('never takes the audit tab or its numbered copies as input', () => {
    expect(detectTabs(['Sales Process Audit (2)', 'Audyt procesu sprzedaży', 'Audit snapshots (2)'])).toEqual(
      {
        deals: null,
        channels: null,
        customers: null,
        settings: null,
        history: null,
        snapshots: null,
      },
    );
  });

  it('has every name it creates recognized', () => {
    for (const lang of ['en', 'pl'] as const) {
      const names = OWN_TAB_NAMES[lang];
      expect(
        detectTabs([
          names.audit,
          names.deals,
          names.channels,
          names.customers,
          names.settings,
          names.history,
          names.snapshots,
        ]),
      ).toEqual({
        deals: names.deals,
        channels: names.channels,
        customers: names.customers,
        settings: names.settings,
        history: names.history,
        snapshots: names.snapshots,
      });
    }
  });
});
