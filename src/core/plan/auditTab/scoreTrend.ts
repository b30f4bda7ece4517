// Chart 2 (SPEC §4.1): the overall and area scores over the audits in the history, from the second run on;
// on the first run a one-line note says when it will appear. Its data is a small titled table of the runs.
import { CHART_COLORS, placeChart } from '../charts';
import { SCORE_FORMAT, dateTimeFormat } from '../../figures';
import { AREA_IDS } from '../../types';
import type { AuditTab } from './layout';

export function scoreTrend(tab: AuditTab): void {
  const { b } = tab;
  const points = tab.scoreTrend;
  const first = tab.title('tab.chart.trend.table');
  if (points.length < 2) {
    tab.note(tab.tx('tab.chart.trend.firstRun'));
    tab.endBlock('scoreTrend', first);
    return;
  }
  const labels = [
    tab.tx('tab.col.runAt'),
    tab.tx('tab.overall'),
    ...AREA_IDS.map((id) => tab.tx(`area.${id}`)),
  ];
  const header = tab.headerRowOf(labels);
  for (const point of points) {
    b.addRow([
      { value: point.serial, format: dateTimeFormat(tab.lang) },
      { value: point.overall, format: SCORE_FORMAT },
      ...AREA_IDS.map((id) => ({ value: point.areas[id] ?? null, format: SCORE_FORMAT })),
    ]);
  }
  const colors = [CHART_COLORS.overall, ...AREA_IDS.map((id) => CHART_COLORS[id])];
  placeChart(b, {
    id: 'scoreTrend',
    type: 'line',
    title: tab.tx('tab.chart.trend.title'),
    rows: { header, first: header + 1, last: header + points.length },
    currency: tab.report.currency,
    language: tab.lang,
    domain: { column: 1, label: labels[0], unit: 'text', dates: true },
    series: labels.slice(1).map((label, i) => ({
      column: i + 2,
      label,
      unit: 'score' as const,
      color: colors[i],
      mark: 'line' as const,
      axis: 0 as const,
    })),
  });
  tab.endBlock('scoreTrend', first);
}
