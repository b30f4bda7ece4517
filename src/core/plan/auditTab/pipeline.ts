// "Pipeline by stage" (SPEC §1.7, §4.1): every open deal by its current stage, in stage order. Its block
// ('pipeline') spans the title to the last stage row, for the sidebar and for a chart beside it.
import { CHART_COLORS, placeChart } from '../charts';
import { LIST_LIMITS, type AuditTab } from './layout';

export function pipeline(tab: AuditTab): void {
  const all = tab.report.pipeline;
  const first = tab.title('tab.pipeline.title');
  const header = tab.headerRow([
    'tab.pipeline.col.stage',
    'tab.pipeline.col.deals',
    'tab.pipeline.col.value',
    'tab.pipeline.col.medianAge',
  ]);
  // In stage order, not by size: the first stages are the ones shown when there are too many.
  const shown = all.slice(0, LIST_LIMITS.pipeline);
  tab.list(
    shown,
    all.length,
    (row) => [
      row.stage,
      tab.figure(row.deals, 'count'),
      tab.figure(row.value, 'currency'),
      tab.figure(row.medianAgeDays, 'days'),
    ],
    'tab.pipeline.empty',
  );
  if (all.length > 0) tab.note(tab.tx('tab.pipeline.order'));
  if (shown.length > 0) {
    // Chart 4: value by stage as bars, the deal count as a line on its own axis (counts beside amounts
    // would be flat at zero on one axis).
    placeChart(tab.b, {
      id: 'pipeline',
      type: 'combo',
      title: tab.tx('tab.chart.pipeline.title'),
      rows: { header, first: header + 1, last: header + shown.length },
      currency: tab.report.currency,
      language: tab.lang,
      domain: { column: 1, label: tab.tx('tab.pipeline.col.stage'), unit: 'text', dates: false },
      series: [
        {
          column: 3,
          label: tab.tx('tab.pipeline.col.value'),
          unit: 'currency',
          color: CHART_COLORS.value,
          mark: 'bars',
          axis: 0,
        },
        {
          column: 2,
          label: tab.tx('tab.pipeline.col.deals'),
          unit: 'count',
          color: CHART_COLORS.rate,
          mark: 'line',
          axis: 1,
        },
      ],
    });
  }
  tab.endBlock('pipeline', first);
}
