// "Lost reasons" (SPEC §1.7, §4.1): lost deals of the period by reason, most deals first, the folded
// "(other)" and "(no reason given)" rows last. Its block ('lostReasons') is there for a chart beside it.
import { lostReasonLabel } from '../../engine/lostReasons';
import { CHART_COLORS, placeChart } from '../charts';
import type { AuditTab } from './layout';

export function lostReasons(tab: AuditTab): void {
  const rows = tab.report.lostReasons;
  const first = tab.title('tab.lostReasons.title');
  if (rows === null) {
    tab.note(tab.tx('tab.lostReasons.noColumn'));
  } else {
    const header = tab.headerRow([
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
    // Chart 5: lost deals by reason, as horizontal bars in the table's order (most first).
    if (rows.length > 0) {
      placeChart(tab.b, {
        id: 'lostReasons',
        type: 'bar',
        title: tab.tx('tab.chart.lostReasons.title'),
        rows: { header, first: header + 1, last: header + rows.length },
        currency: tab.report.currency,
        language: tab.lang,
        domain: { column: 1, label: tab.tx('tab.lostReasons.col.reason'), unit: 'text', dates: false },
        series: [
          {
            column: 2,
            label: tab.tx('tab.lostReasons.col.deals'),
            unit: 'count',
            color: CHART_COLORS.lost,
            mark: 'bars',
            axis: 0,
          },
        ],
      });
    }
  }
  tab.endBlock('lostReasons', first);
}
