// "Lost reasons" (SPEC §1.7, §4.1): lost deals of the period by reason, most deals first, the folded
// "(other)" and "(no reason given)" rows last. Its block ('lostReasons') is there for a chart beside it.
import { lostReasonLabel } from '../../engine/lostReasons';
import type { AuditTab } from './layout';

export function lostReasons(tab: AuditTab): void {
  const rows = tab.report.lostReasons;
  const first = tab.title('tab.lostReasons.title');
  if (rows === null) {
    tab.note(tab.tx('tab.lostReasons.noColumn'));
  } else {
    tab.headerRow([
      'tab.lostReasons.col.reason',
      'tab.lostReasons.col.deals',
      'tab.lostReasons.col.share',
      'tab.lostReasons.col.value',
    ]);
    // At most twelve rows by construction (top ten, other, none): no cap needed.
    tab.list(
      rows,
      rows.length,
      (row) => [
        lostReasonLabel(tab.lang, row.reason),
        tab.figure(row.deals, 'count'),
        tab.figure(row.share, 'ratio'),
        tab.figure(row.value, 'currency'),
      ],
      'tab.lostReasons.empty',
    );
  }
  tab.endBlock('lostReasons', first);
}
