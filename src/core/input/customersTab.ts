// Reads the Customers tab into customers (SPEC §3): one row per customer, the first of a repeated name wins.
import { parseBoolean } from '../cells/reading';
import type { Customer, NamedGrid } from '../types';
import type { IssueLog } from './issueLog';
import { OpenTab, type ParseOptions } from './openTab';

/** A first-line contact or support plan written as No / Nie means there is none. */
function unlessNo(text: string | null): string | null {
  return text !== null && parseBoolean(text) === false ? null : text;
}

export function parseCustomers(
  grid: NamedGrid,
  options: ParseOptions,
  log: IssueLog,
  keyOf: (text: string) => string,
) {
  const tab = new OpenTab('customers', grid, options, log);
  const columns = tab.columns;
  const customers: Customer[] = [];
  const firstRowOf = new Map<string, number>();
  if (tab.usable) {
    while (tab.next()) {
      const name = tab.text(columns.customer, true);
      if (tab.skip || name === null) continue;
      const key = keyOf(name);
      const first = firstRowOf.get(key);
      if (first !== undefined) {
        tab.report(
          columns.customer,
          'duplicate_customer',
          'input.duplicateCustomer',
          { value: name, first },
          null,
        );
        continue;
      }
      firstRowOf.set(key, tab.row);
      const status = tab.text(columns.status);
      let lastContact = tab.day(columns.lastContact);
      if (lastContact !== null && lastContact > options.today) {
        tab.report(
          columns.lastContact,
          'future_date',
          'input.futureDate',
          { date: log.day(lastContact), today: log.day(options.today) },
          'cellIgnored',
        );
        lastContact = null;
      }
      let satisfaction = tab.number(columns.satisfaction);
      if (satisfaction !== null && satisfaction > 10) {
        tab.report(
          columns.satisfaction,
          'bad_number',
          'input.satisfactionRange',
          { value: log.number(satisfaction) },
          'cellIgnored',
        );
        satisfaction = null;
      }
      let nps = tab.number(columns.nps);
      if (nps !== null && (nps > 10 || !Number.isInteger(nps))) {
        tab.report(columns.nps, 'nps_scale', 'input.npsRange', { value: log.number(nps) }, 'cellIgnored');
        nps = null;
      }
      customers.push({
        row: tab.row,
        name,
        key,
        status,
        statusKey: status === null ? null : keyOf(status),
        lastContact,
        satisfaction,
        nps,
        firstLine: unlessNo(tab.text(columns.firstLine)),
        support: unlessNo(tab.text(columns.support)),
      });
    }
  }
  tab.input.used = customers.length;
  return { customers, input: tab.input };
}
