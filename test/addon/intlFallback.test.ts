// The add-on on a runtime whose Intl reads no time zone and has no PluralRules: dates are placed on their
// days by Utilities.formatDate and Polish counts keep their forms, so the tabs it writes are the same as
// with a full Intl. Kiritimati (UTC+14) is where reading dates in UTC instead would move every one a day.
import type { SidebarState } from '../../src/core/server-api';
import { generateSalesData } from '../../src/core/sample/generator';
import type { NamedGrid } from '../../src/core/types';
import { FakeSpreadsheet, formatDate, zonedDate } from '../support/fakeSpreadsheet';
import { loadBundle } from '../support/loadBundle';
import { fillTabs, TODAY } from '../support/scenarios';

const ZONE = 'Pacific/Kiritimati';
const NOW = zonedDate(ZONE, 2024, 6, 30, 12);

/** Intl.DateTimeFormat as a runtime without time-zone data has it: any zone but UTC is a RangeError. */
function UtcOnlyDateTimeFormat(locales?: string, options?: Intl.DateTimeFormatOptions) {
  if (options?.timeZone && options.timeZone !== 'UTC')
    throw new RangeError(`Invalid time zone specified: ${options.timeZone}`);
  return new Intl.DateTimeFormat(locales, options);
}

/** Intl without time zones and without PluralRules. */
const POOR_INTL = {
  DateTimeFormat: UtcOnlyDateTimeFormat,
  NumberFormat: Intl.NumberFormat,
  Collator: Intl.Collator,
  getCanonicalLocales: Intl.getCanonicalLocales,
};

/** The sample's dates as Sheets hands date cells to a script: midnight of the day in the spreadsheet's zone. */
function zonedDates(grid: NamedGrid): NamedGrid {
  return {
    name: grid.name,
    values: grid.values.map((row) =>
      row.map((cell) =>
        cell instanceof Date
          ? zonedDate(ZONE, cell.getUTCFullYear(), cell.getUTCMonth() + 1, cell.getUTCDate())
          : cell,
      ),
    ),
  };
}

/** Two monthly runs and the sidebar, in Polish: what the spreadsheet holds and shows afterwards. */
function twoRuns(builtIns?: Record<string, unknown>) {
  const doc = new FakeSpreadsheet({ timeZone: ZONE, locale: 'pl_PL', userLocale: 'pl' });
  const data = generateSalesData({ deals: 200, today: TODAY, lang: 'pl', seed: 11 });
  fillTabs(doc, [data.deals, data.channels, data.customers].map(zonedDates));
  const bundle = loadBundle(doc, { now: NOW, builtIns });
  bundle.call('runAudit');
  bundle.call('runAudit');
  const state = bundle.call<SidebarState>('sidebarLoad');
  const tabs = Object.fromEntries(doc.sheets.map((sheet) => [sheet.name, sheet.values()]));
  return { tabs, state, formatDateCalls: bundle.log.counts.get('Utilities.formatDate') ?? 0 };
}

describe('without Intl time zones and plural rules (Pacific/Kiritimati, Polish)', () => {
  const full = twoRuns();
  const poor = twoRuns({ Intl: POOR_INTL });

  it('reads the dates through Utilities.formatDate', () => {
    expect(poor.formatDateCalls).toBeGreaterThan(full.formatDateCalls);
  });

  it('writes the same audit, history and settings tabs as with a full Intl', () => {
    expect(Object.keys(poor.tabs)).toEqual(Object.keys(full.tabs));
    for (const name of Object.keys(full.tabs))
      expect([name, poor.tabs[name]]).toEqual([name, full.tabs[name]]);
  });

  it('shows the same sidebar: the period, the last run and Polish counts', () => {
    expect(poor.state).toEqual(full.state);
    expect(full.state.report?.today).toBe(TODAY);
    expect(full.state.report?.period).toMatchObject({ to: TODAY });
  });

  it('keeps the Polish forms: few after 3, many after 6 and 200, other after 28,5', () => {
    // Polish groups thousands with a no-break space.
    const text = poor.tabs['Audyt procesu sprzedaży']
      .flat()
      .join('\n')
      .replace(/\u00a0/g, ' ');
    expect(text).toContain('Transakcje do decyzji: 3 otwarte transakcje o łącznej wartości 14 030 zł');
    expect(text).toContain('odezwij się do 6 klientów o łącznym CLV 117 690 zł');
    expect(text).toContain('W okresie audytu wpłynęło 200 zapytań.');
    expect(text).toContain('Pozyskanie klienta trwa średnio 28,5 dnia od zapytania do zamknięcia.');
  });

  it('would move the dates were the zone read in UTC: the comparison can fail', () => {
    const inUtc = twoRuns({
      Intl: POOR_INTL,
      Utilities: {
        formatDate: (date: Date, _zone: string, pattern: string) => formatDate(date, 'UTC', pattern),
      },
    });
    expect(inUtc.tabs['Audyt procesu sprzedaży']).not.toEqual(full.tabs['Audyt procesu sprzedaży']);
  });
});

describe('without Intl.NumberFormat, and without Intl at all (Pacific/Kiritimati, Polish)', () => {
  const full = twoRuns();

  it('writes every figure as Intl writes it: the same tabs and sidebar', () => {
    const { NumberFormat: _dropped, ...withoutNumberFormat } = POOR_INTL;
    const poor = twoRuns({ Intl: withoutNumberFormat });
    expect(Object.keys(poor.tabs)).toEqual(Object.keys(full.tabs));
    for (const name of Object.keys(full.tabs))
      expect([name, poor.tabs[name]]).toEqual([name, full.tabs[name]]);
    expect(poor.state).toEqual(full.state);
    // Polish thousands are grouped with a no-break space, as Intl groups them.
    const text = poor.tabs['Audyt procesu sprzedaży']
      .flat()
      .join('\n')
      .replace(/\u00a0/g, ' ');
    expect(text).toContain('o łącznym CLV 117 690 zł');
  });

  it('runs with no Intl object whatsoever, dates read through Utilities.formatDate', () => {
    const none = twoRuns({ Intl: undefined });
    expect(none.formatDateCalls).toBeGreaterThan(full.formatDateCalls);
    for (const name of Object.keys(full.tabs))
      expect([name, none.tabs[name]]).toEqual([name, full.tabs[name]]);
    expect(none.state).toEqual(full.state);
  });
});
