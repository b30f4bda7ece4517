// The customer statuses table of the audit tab: how many customers each status has and how they are kept up.
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
      tab.figure(status.customers, 'count'),
      tab.figure(status.share, 'ratio'),
      status.cadenceDays === null
        ? { value: tab.tx('tab.noCadence'), color: MUTED_COLOR }
        : tab.figure(status.cadenceDays, 'count'),
      tab.figure(status.medianDaysSinceContact, 'count'),
      tab.figure(status.overdue, 'count'),
    ],
    'tab.statuses.empty',
  );
  tab.endBlock('statuses', first);
}
