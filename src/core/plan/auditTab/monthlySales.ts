// Chart 1 (SPEC §1.6, §4.1): won value and win rate in each of the 13 months of `summary.months`, on the
// summary page. Its data is a small titled table of the months; the chart below it stays within the
// summary page's columns A–F, so the page prints one A4 page wide.
import { monthText } from '../../figures';
import { CHART_COLORS, placeChart } from '../charts';
import type { AuditTab } from './layout';

export function monthlySales(tab: AuditTab): void {
  const { b } = tab;
  const months = tab.report.summary?.months ?? [];
  if (months.length === 0) return;
  const first = tab.title('tab.chart.monthly.table');
  const header = tab.headerRow([
    'tab.col.month',
    'tab.col.leads',
    'tab.col.won',
    'tab.col.wonValue',
    'tab.col.lost',
    'tab.col.winRate',
  ]);
  for (const month of months) {
    b.addRow([
      monthText(month.month, tab.lang),
      tab.figure(month.leads, 'count'),
      tab.figure(month.won, 'count'),
      tab.figure(month.wonValue, 'currency'),
      tab.figure(month.lost, 'count'),
      tab.figure(month.winRate, 'ratio'),
    ]);
  }
  placeChart(b, {
    id: 'monthly',
    type: 'combo',
    title: tab.tx('tab.chart.monthly.title'),
    rows: { header, first: header + 1, last: header + months.length },
    currency: tab.report.currency,
    language: tab.lang,
    domain: { column: 1, label: tab.tx('tab.col.month'), unit: 'text', dates: false },
    series: [
      {
        column: 4,
        label: tab.tx('tab.col.wonValue'),
        unit: 'currency',
        color: CHART_COLORS.value,
        mark: 'bars',
        axis: 0,
      },
      {
        column: 6,
        label: tab.tx('tab.col.winRate'),
        unit: 'ratio',
        color: CHART_COLORS.rate,
        mark: 'line',
        axis: 1,
      },
    ],
  });
  tab.endBlock('monthlySales', first);
}
