// An area's section of the audit tab: its score and rating, then one row per metric.
import { t } from '../../i18n/catalog';
import type { AreaId, MetricResult } from '../../types';
import { RATING_COLORS, changeFormatFor } from '../formats';
import type { CellInput } from '../sheetBuilder';
import { FRACTIONAL_COUNT_FORMAT, SCORE_FORMAT, change, type AuditSection, type AuditTab } from './layout';

export function areaMetrics(id: AreaId): AuditSection {
  return (tab) => {
    const area = tab.area(id);
    const first = tab.b.addRow([
      { value: t(tab.lang, `area.${id}`), bold: true },
      { value: area.score, format: SCORE_FORMAT, bold: true, background: RATING_COLORS[area.rating] },
      tab.ratingCell(area.rating),
    ]);
    tab.headerRow([
      'tab.col.metric',
      'tab.col.value',
      'tab.col.change',
      'tab.col.target',
      'tab.col.rating',
      'tab.col.finding',
    ]);
    tab.list(area.metrics, area.metrics.length, (metric) => metricRow(tab, metric), 'tab.noMetrics');
    tab.endBlock(`area.${id}`, first);
  };
}

function metricRow(tab: AuditTab, metric: MetricResult): CellInput[] {
  const isFractionalCount =
    metric.unit === 'count' && metric.value !== null && !Number.isInteger(metric.value);
  const format = isFractionalCount ? FRACTIONAL_COUNT_FORMAT : tab.format(metric.unit);
  return [
    tab.metricLabel(metric.id),
    { value: metric.value, format, background: RATING_COLORS[metric.rating] },
    { value: change(metric.value, metric.previous), format: changeFormatFor(format) },
    metric.target,
    tab.ratingCell(metric.rating),
    metric.note,
  ];
}
