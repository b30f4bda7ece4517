// The overdue customers list of the audit tab: the longest overdue first, with what the customer is worth
// and who looks after them.
import { dateFormat } from '../../figures';
import { INTEGER_FORMAT, isoDateToSerial } from '../formats';
import { topBy } from '../lists';
import { LIST_LIMITS, MUTED_COLOR, type AuditTab } from './layout';

export function overdueCustomers(tab: AuditTab): void {
  const all = tab.report.overdueCustomers;
  const first = tab.title('tab.overdueCustomers.title');
  tab.headerRow([
    'tab.col.customer',
    'tab.col.status',
    'tab.col.clv',
    'tab.col.accountManager',
    'tab.col.lastContact',
    'tab.col.daysSinceContact',
    'tab.col.cadenceDays',
    'tab.col.overdueDays',
  ]);
  // A customer never contacted is the most overdue of all.
  const mostOverdue = topBy(all, LIST_LIMITS.overdueCustomers, (c) => c.overdueDays ?? Infinity);
  tab.list(
    mostOverdue,
    all.length,
    (customer) => {
      const lastContact = customer.lastContact === null ? null : isoDateToSerial(customer.lastContact);
      return [
        customer.customer,
        customer.status,
        tab.figure(customer.clv, 'currency'),
        customer.accountManager,
        lastContact === null
          ? { value: customer.lastContact ?? tab.tx('tab.never'), color: MUTED_COLOR }
          : { value: lastContact, format: dateFormat(tab.lang) },
        { value: customer.daysSinceContact, format: INTEGER_FORMAT },
        { value: customer.cadenceDays, format: INTEGER_FORMAT },
        { value: customer.overdueDays, format: INTEGER_FORMAT },
      ];
    },
    'tab.overdueCustomers.empty',
  );
  tab.endBlock('overdueCustomers', first);
}
