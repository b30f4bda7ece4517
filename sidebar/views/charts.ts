// Two small charts in the Audit view (issue 12): the overall and area scores over the audits, and the won
// value of the 13 months of `summary.months`. Inline SVG drawn here, so nothing is loaded; every number goes
// through the figure rules, and each chart's aria-label says all its numbers for a screen reader.
import { dateText, dateTimeText, monthText, scoreText } from '../../src/core/figures';
import { CHART_COLORS } from '../../src/core/plan/charts';
import { serialToIsoDateTime } from '../../src/core/plan/formats';
import type { SidebarState } from '../../src/core/server-api';
import { AREA_IDS, type AuditReport, type TrendPoint } from '../../src/core/types';
import { h } from '../dom';
import { formatValue, type FormatContext } from '../format';
import { tr } from '../i18n';
import { svg, tooltip } from '../svg';

const WIDTH = 276;
const HEIGHT = 120;
const PLOT = { left: 24, right: 4, top: 10, bottom: 16 };
const PLOT_WIDTH = WIDTH - PLOT.left - PLOT.right;
const PLOT_HEIGHT = HEIGHT - PLOT.top - PLOT.bottom;
const BASELINE = PLOT.top + PLOT_HEIGHT;

/** The y of `value` on a scale from 0 to `top`. */
const yOf = (value: number, top: number) => BASELINE - (PLOT_HEIGHT * value) / top;

function gridLine(y: number, label: string, labelX: number, anchor: 'start' | 'end'): SVGElement[] {
  return [
    svg('line', { class: 'grid', x1: PLOT.left, x2: WIDTH - PLOT.right, y1: y, y2: y }),
    svg('text', { x: labelX, y: anchor === 'end' ? y + 3 : y - 2, 'text-anchor': anchor }, label),
  ];
}

function axisLabel(x: number, text: string, anchor: 'start' | 'middle' | 'end'): SVGElement {
  return svg('text', { x, y: HEIGHT - 3, 'text-anchor': anchor }, text);
}

function chartFigure(id: string, title: string, alt: string, marks: SVGElement[], legend?: HTMLElement) {
  return h(
    'figure',
    { className: 'chart', attrs: { 'data-chart': id } },
    h('h4', null, title),
    svg('svg', { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: 'img', 'aria-label': alt }, ...marks),
    legend,
  );
}

interface ScoreSeries {
  name: string;
  color: string;
  score: (point: TrendPoint) => number | null;
}

/** Each series' line (broken where a run has no score) and a dot per score with its tooltip. */
function seriesMarks(series: ScoreSeries, points: TrendPoint[], when: string[], overall: boolean) {
  const xOf = (i: number) => PLOT.left + (points.length > 1 ? (i * PLOT_WIDTH) / (points.length - 1) : 0);
  const marks: SVGElement[] = [];
  let line: string[] = [];
  const endLine = () => {
    if (line.length > 1) marks.unshift(svg('polyline', { points: line.join(' '), stroke: series.color }));
    line = [];
  };
  points.forEach((point, i) => {
    const score = series.score(point);
    if (score === null) return endLine();
    const [x, y] = [xOf(i), yOf(score, 100)];
    line.push(`${x.toFixed(1)},${y.toFixed(1)}`);
    marks.push(
      svg(
        'circle',
        { cx: x.toFixed(1), cy: y.toFixed(1), r: overall ? 3 : 2, fill: series.color },
        tooltip(`${when[i]} · ${series.name}: ${scoreText(score)}`),
      ),
    );
  });
  endLine();
  return svg('g', { class: overall ? 'series overall' : 'series', 'data-series': series.name }, ...marks);
}

/** The overall and area scores over the audits; before the second audit, the tab's one-line note. */
export function scoreTrendChart(state: SidebarState): HTMLElement {
  const points = state.scoreTrend;
  const lang = state.language;
  if (points.length < 2) return h('p', { className: 'secondary chart-note' }, tr('tab.chart.trend.firstRun'));
  const series: ScoreSeries[] = [
    { name: tr('sidebar.audit.overall'), color: CHART_COLORS.overall, score: (point) => point.overall },
    ...AREA_IDS.map((id) => ({
      name: tr(`area.${id}`),
      color: CHART_COLORS[id],
      score: (point: TrendPoint) => point.areas[id] ?? null,
    })),
  ];
  const runAt = points.map((point) => serialToIsoDateTime(point.serial));
  const when = runAt.map((iso) => dateTimeText(iso, lang));
  const title = tr('tab.chart.trend.title');
  const alt = `${title}. ${points
    .map(
      (point, i) => `${when[i]}: ${series.map((s) => `${s.name} ${scoreText(s.score(point))}`).join(', ')}`,
    )
    .join('; ')}`;
  const legend = h(
    'ul',
    { className: 'chart-legend' },
    ...series.map((s) =>
      h('li', null, h('span', { className: 'swatch', attrs: { style: `background:${s.color}` } }), s.name),
    ),
  );
  return chartFigure(
    'scoreTrend',
    title,
    alt,
    [
      ...[100, 50, 0].flatMap((score) => gridLine(yOf(score, 100), scoreText(score), PLOT.left - 4, 'end')),
      axisLabel(PLOT.left, dateText(runAt[0], lang), 'start'),
      axisLabel(WIDTH - PLOT.right, dateText(runAt[runAt.length - 1], lang), 'end'),
      // The overall line is drawn last, on top of the areas'.
      ...series
        .slice(1)
        .map((s) => seriesMarks(s, points, when, false))
        .concat(seriesMarks(series[0], points, when, true)),
    ],
    legend,
  );
}

/** The smallest round figure (1, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 × 10ⁿ) at or above `value`: a scale top to read at a glance. */
function roundTop(value: number): number {
  const power = 10 ** Math.floor(Math.log10(value));
  return [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10].map((step) => step * power).find((top) => top >= value) ?? value;
}

/** The won value of each of the 13 months, with the monthly target as a dashed line when there is one. */
export function monthlyWonChart(report: AuditReport, context: FormatContext): HTMLElement | null {
  const { months, monthlyTarget } = report.summary;
  if (months.length === 0) return null;
  if (months.every((month) => month.wonValue === null))
    return h('p', { className: 'secondary chart-note' }, tr('sidebar.chart.monthly.noValue'));
  const lang = context.lang;
  const money = (value: number | null) => formatValue(value, 'currency', context);
  const highest = Math.max(...months.map((month) => month.wonValue ?? 0), monthlyTarget ?? 0);
  const top = highest > 0 ? roundTop(highest) : 1;
  const slot = PLOT_WIDTH / months.length;
  const centre = (i: number) => PLOT.left + slot * (i + 0.5);
  const bars = months.flatMap((month, i) => {
    if (month.wonValue === null) return [];
    const y = yOf(Math.max(month.wonValue, 0), top);
    return [
      svg(
        'rect',
        {
          class: 'bar',
          x: (centre(i) - slot * 0.35).toFixed(1),
          y: y.toFixed(1),
          width: (slot * 0.7).toFixed(1),
          height: (BASELINE - y).toFixed(1),
          fill: CHART_COLORS.value,
          'data-month': month.month,
        },
        tooltip(`${monthText(month.month, lang)}: ${money(month.wonValue)}`),
      ),
    ];
  });
  const targetText =
    monthlyTarget === null ? null : tr('sidebar.audit.target', { target: money(monthlyTarget) });
  const target =
    monthlyTarget === null
      ? []
      : [
          svg('line', {
            class: 'target',
            x1: PLOT.left,
            x2: WIDTH - PLOT.right,
            y1: yOf(monthlyTarget, top),
            y2: yOf(monthlyTarget, top),
          }),
          svg(
            'text',
            { x: WIDTH - PLOT.right, y: yOf(monthlyTarget, top) - 2, 'text-anchor': 'end' },
            targetText!,
          ),
        ];
  const last = months.length - 1;
  const title = tr('sidebar.chart.monthly.title');
  const alt = [
    `${title}. ${months.map((month) => `${monthText(month.month, lang)}: ${money(month.wonValue)}`).join('; ')}`,
    targetText,
  ]
    .filter(Boolean)
    .join('. ');
  return chartFigure('monthlyWon', title, alt, [
    ...gridLine(PLOT.top, money(top), PLOT.left, 'start'),
    svg('line', { class: 'axis', x1: PLOT.left, x2: WIDTH - PLOT.right, y1: BASELINE, y2: BASELINE }),
    ...bars,
    ...target,
    axisLabel(PLOT.left, monthText(months[0].month, lang), 'start'),
    axisLabel(centre(Math.floor(last / 2)), monthText(months[Math.floor(last / 2)].month, lang), 'middle'),
    axisLabel(WIDTH - PLOT.right, monthText(months[last].month, lang), 'end'),
  ]);
}

/** Both charts, below the verdict. */
export function chartsSection(state: SidebarState, report: AuditReport, context: FormatContext): HTMLElement {
  return h(
    'section',
    { className: 'block charts' },
    scoreTrendChart(state),
    monthlyWonChart(report, context),
  );
}
