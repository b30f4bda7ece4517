// The customer statuses table of the audit tab: how many customers each status has and how they are kept up.
import { INTEGER_FORMAT } from '../formats';
import { LIST_LIMITS, MUTED_COLOR, type AuditTab } from './layout';

export function statuses(tab: AuditTab): void {
  const all = tab.report.statuses;
  const first = tab.title('tab.statuses.title');
  tab.headerRow([
    'tab.col.status',
    'tab.col.customers',
    'tab.col.customerShare',
    'tab.col.cadenceDays',
    'tab.col.medianDaysSinceContact',
    'tab.col.overdue',
  ]);
  tab.list(
    all.slice(0, LIST_LIMITS.statuses),
    all.length,
    (status) => [
      status.status,
      { value: status.customers, format: INTEGER_FORMAT },
      { value: status.share, format: tab.format('ratio') },
      status.cadenceDays === null
        ? { value: tab.tx('tab.noCadence'), color: MUTED_COLOR }
        : { value: status.cadenceDays, format: INTEGER_FORMAT },
      { value: status.medianDaysSinceContact, format: INTEGER_FORMAT },
      { value: status.overdue, format: INTEGER_FORMAT },
    ],
    'tab.statuses.empty',
  );
  tab.endBlock('statuses', first);
}
