// The stale deals list of the audit tab: the oldest open deals first, with what an owner needs to act on
// each (customer, stage, value, salesperson).
import { dateFormat } from '../../figures';
import { INTEGER_FORMAT, isoDateToSerial, ROW_NUMBER_FORMAT } from '../formats';
import { topBy } from '../lists';
import { LIST_LIMITS, type AuditTab } from './layout';

export function staleDeals(tab: AuditTab): void {
  const all = tab.report.staleDeals;
  const first = tab.title('tab.staleDeals.title');
  // The deal's name leads, in the wide first column; its ID and row tell where to find it.
  tab.headerRow([
    'tab.col.deal',
    'tab.col.customer',
    'tab.col.stage',
    'tab.col.value',
    'tab.col.owner',
    'tab.col.created',
    'tab.col.ageDays',
    'tab.col.conversations',
    'tab.col.channel',
    'tab.col.id',
    'tab.col.row',
    'tab.col.reason',
  ]);
  tab.list(
    topBy(all, LIST_LIMITS.staleDeals, (deal) => deal.ageDays),
    all.length,
    (deal) => [
      deal.name ?? deal.id,
      deal.customer,
      deal.stage,
      tab.figure(deal.value, 'currency'),
      deal.owner,
      { value: isoDateToSerial(deal.created), format: dateFormat(tab.lang) },
      { value: deal.ageDays, format: INTEGER_FORMAT },
      { value: deal.conversations, format: INTEGER_FORMAT },
      deal.channel,
      deal.id,
      { value: deal.row, format: ROW_NUMBER_FORMAT },
      deal.reason,
    ],
    'tab.staleDeals.empty',
  );
  tab.endBlock('staleDeals', first);
}
