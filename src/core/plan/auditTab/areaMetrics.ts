// An area's section of the audit tab: its score and rating, then one row per metric.
import { t } from '../../i18n/catalog';
import { metricLabel } from '../../i18n/labels';
import type { AreaId, MetricResult } from '../../types';
import { SCORE_FORMAT } from '../../figures';
import { RATING_COLORS } from '../formats';
import type { CellInput } from '../sheetBuilder';
import type { AuditSection, AuditTab } from './layout';

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
  return [
    metricLabel(tab.lang, metric.id),
    tab.figure(metric.value, metric.unit, { background: RATING_COLORS[metric.rating] }),
    tab.change(metric.value, metric.previous, metric.unit),
    metric.target,
    tab.ratingCell(metric.rating),
    metric.note,
  ];
}
