// The audit tab's charts as Vega-Lite specifications, read from the same cells the add-on's native charts
// read (SheetPlan values at the chart's columns), with the same titles, colors and series. Pure: the
// drawing is in chartImages.ts.
import { dateText } from '../core/figures';
import { chartColumns } from '../core/plan/charts';
import type {
  BubbleChartPlan,
  CategoryChartPlan,
  ChartColumn,
  ChartPlan,
  ChartUnit,
  Lang,
  SheetPlan,
} from '../core/types';

export type VegaLiteSpec = Record<string, unknown>;

/** The font shipped with the runner (dejavu-fonts-ttf): every machine draws the same letters, Polish too. */
export const CHART_FONT = 'DejaVu Sans';

const SERIAL_OF_DAY_ZERO = 25_569;
const MS_PER_DAY = 86_400_000;

/** A date-time serial as its calendar day, written as the tab writes dates in the language. */
function serialToDay(serial: number, lang: Lang): string {
  return dateText(new Date(Math.round((serial - SERIAL_OF_DAY_ZERO) * MS_PER_DAY)).toISOString(), lang);
}

/** d3-format patterns per unit; the currency code is in the axis title, as in Sheets. */
const D3_FORMATS: Record<ChartUnit, string> = {
  text: '',
  currency: ',.0f',
  ratio: '.0%',
  count: ',.0f',
  score: '.0f',
};

const LOCALES = {
  en: { decimal: '.', thousands: ',', grouping: [3], currency: ['$', ''] },
  pl: { decimal: ',', thousands: '\u00a0', grouping: [3], currency: ['', '\u00a0zł'] },
};

function axisTitle(column: { label: string; unit: ChartUnit }, currency: string): string {
  return column.unit === 'currency' && currency ? `${column.label} (${currency})` : column.label;
}

function cell(plan: SheetPlan, row: number, column: number): unknown {
  return plan.values[row - 1]?.[column - 1] ?? null;
}

/** The chart's data rows as records keyed by column number, numbers kept, dates as days. */
function records(plan: SheetPlan, chart: ChartPlan): Record<string, unknown>[] {
  const dates = chart.type !== 'bubble' && chart.domain.dates ? chart.domain.column : null;
  const rows: Record<string, unknown>[] = [];
  for (let row = chart.rows.first; row <= chart.rows.last; row++) {
    const record: Record<string, unknown> = { order: row };
    for (const { column } of chartColumns(chart)) {
      const value = cell(plan, row, column);
      record[`c${column}`] =
        column === dates && typeof value === 'number' ? serialToDay(value, chart.language) : value;
    }
    rows.push(record);
  }
  return rows;
}

function base(chart: ChartPlan): VegaLiteSpec {
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: { text: chart.title, anchor: 'start', fontSize: 14 },
    width: chart.size.width,
    height: chart.size.height,
    autosize: { type: 'fit', contains: 'padding' },
    background: 'white',
    config: {
      font: CHART_FONT,
      locale: { number: LOCALES[chart.language] },
      legend: { orient: 'bottom', title: null },
      axis: { labelFontSize: 11, titleFontSize: 11, labelLimit: 160 },
    },
  };
}

const field = (column: ChartColumn) => `c${column.column}`;

function categorySpec(plan: SheetPlan, chart: CategoryChartPlan): VegaLiteSpec {
  const horizontal = chart.type === 'bar';
  const category = {
    field: field(chart.domain),
    type: 'ordinal',
    // The table's order (months, runs, stages in pipeline order, reasons most first), not alphabetical.
    sort: null,
    title: null,
    axis: horizontal
      ? { labelLimit: 220 }
      : // Many categories (13 months) or dates would overlap side by side: they slant.
        {
          labelAngle: chart.domain.dates || chart.rows.last - chart.rows.first >= 6 ? -40 : 0,
          labelLimit: 110,
        },
  };
  const legend = { domain: chart.series.map((s) => s.label), range: chart.series.map((s) => s.color) };
  const independent = new Set(chart.series.map((s) => s.axis)).size > 1;
  const layers = chart.series.map((series) => {
    const value = {
      field: field(series),
      type: 'quantitative',
      title: independent || chart.series.length === 1 ? axisTitle(series, chart.currency) : null,
      axis: {
        format: D3_FORMATS[series.unit],
        ...(series.axis === 1 ? { orient: horizontal ? 'top' : 'right' } : {}),
      },
      ...(series.unit === 'score' ? { scale: { domain: [0, 100] } } : {}),
    };
    return {
      mark:
        series.mark === 'bars'
          ? { type: 'bar', tooltip: false }
          : { type: 'line', point: true, strokeWidth: 2 },
      encoding: {
        [horizontal ? 'y' : 'x']: category,
        [horizontal ? 'x' : 'y']: value,
        color: { datum: series.label, scale: legend },
      },
    };
  });
  return {
    ...base(chart),
    data: { values: records(plan, chart) },
    layer: layers,
    ...(independent ? { resolve: { scale: horizontal ? { x: 'independent' } : { y: 'independent' } } } : {}),
  };
}

function bubbleSpec(plan: SheetPlan, chart: BubbleChartPlan): VegaLiteSpec {
  const x = {
    field: field(chart.x),
    type: 'quantitative',
    title: axisTitle(chart.x, chart.currency),
    axis: { format: D3_FORMATS[chart.x.unit] },
  };
  const y = {
    field: field(chart.y),
    type: 'quantitative',
    title: axisTitle(chart.y, chart.currency),
    axis: { format: D3_FORMATS[chart.y.unit] },
  };
  return {
    ...base(chart),
    data: { values: records(plan, chart) },
    layer: [
      {
        mark: { type: 'circle', opacity: 0.85, stroke: '#555555', strokeWidth: 1 },
        encoding: {
          x,
          y,
          size: {
            field: field(chart.sizeBy),
            type: 'quantitative',
            title: chart.sizeBy.label,
            legend: null,
            scale: { range: [60, 1600] },
          },
          color: {
            field: field(chart.group),
            type: 'nominal',
            scale: { domain: chart.groups.map((g) => g.label), range: chart.groups.map((g) => g.color) },
          },
        },
      },
      {
        mark: { type: 'text', align: 'left', dx: 8, dy: -8, fontSize: 10, color: '#333333' },
        encoding: { x, y, text: { field: field(chart.label), type: 'nominal' } },
      },
    ],
  };
}

export function chartSpec(plan: SheetPlan, chart: ChartPlan): VegaLiteSpec {
  return chart.type === 'bubble' ? bubbleSpec(plan, chart) : categorySpec(plan, chart);
}
