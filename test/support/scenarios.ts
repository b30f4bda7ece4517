// Spreadsheets the add-on tests and the benchmark start from.
import { generateSalesData } from '../../src/core/sample/generator';
import type { Lang, NamedGrid } from '../../src/core/types';
import { FakeSpreadsheet } from './fakeSpreadsheet';

export const TODAY = '2024-06-30';
/** Noon in Warsaw on TODAY: the bundle's `new Date()`. */
export const NOW = new Date('2024-06-30T10:00:00Z');
/** NOW as the add-on passes it to the audit: in the spreadsheet's zone. */
export const GENERATED_AT = '2024-06-30T12:00:00+02:00';

/** Puts grids into new tabs as a user pasting them would (not counted as service calls). */
export function fillTabs(doc: FakeSpreadsheet, grids: NamedGrid[]): void {
  for (const grid of grids) doc.addSheet(grid.name).fill(grid.values);
}

/** A spreadsheet with generated Deals, Channels and Customers tabs. */
export function salesSpreadsheet(
  options: { deals?: number; lang?: Lang; seed?: number; locale?: string } = {},
): FakeSpreadsheet {
  const lang = options.lang ?? 'en';
  const doc = new FakeSpreadsheet({
    timeZone: 'Europe/Warsaw',
    locale: options.locale ?? (lang === 'pl' ? 'pl_PL' : 'en_US'),
    userLocale: lang,
  });
  const data = generateSalesData({
    deals: options.deals ?? 300,
    today: TODAY,
    lang,
    seed: options.seed ?? 7,
  });
  fillTabs(doc, [data.deals, data.channels, data.customers]);
  return doc;
}
