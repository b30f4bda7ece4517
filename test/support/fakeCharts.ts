// The stand-in's embedded charts: Sheet.newChart / insertChart / getCharts / updateChart / removeChart,
// EmbeddedChart.modify and the builder, with the rules of the Spreadsheet service the add-on relies on.
// https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart-builder
import type { CallLog } from './appsScriptGlobals';
import type { FakeSheet, RangeSpec } from './fakeSpreadsheet';

export interface ChartRange extends RangeSpec {
  /**
   * The id of the tab the range is on (a chart may read any tab; ours must read the audit or history
   * tab). A chart follows its tab by id, so renaming the tab keeps the chart's data.
   */
  sheetId: number;
}

export interface FakeChart {
  /** Stable per spreadsheet, like getChartId(); kept when the chart is rebuilt with modify(). */
  id: number;
  type: string;
  ranges: ChartRange[];
  /** Rows of the ranges read as series names; null = left for Sheets to guess. */
  numHeaders: number | null;
  position: { row: number; column: number };
  options: Record<string, unknown>;
}

/** Charts.ChartType: the builder refuses anything else. */
export const CHART_TYPES = {
  AREA: 'AREA',
  BAR: 'BAR',
  BUBBLE: 'BUBBLE',
  COLUMN: 'COLUMN',
  COMBO: 'COMBO',
  HISTOGRAM: 'HISTOGRAM',
  LINE: 'LINE',
  PIE: 'PIE',
  SCATTER: 'SCATTER',
  TABLE: 'TABLE',
} as const;

type Methods = Record<string, (...args: never[]) => unknown>;
type Counted = <T extends Methods>(log: CallLog, className: string, methods: T) => T;
type RangeArg = { spec?: RangeSpec; sheetId?: number };

/** A chart handed out by build() or getCharts(): a copy, as Apps Script hands out its own objects. */
interface ChartHandle {
  chart: FakeChart;
  sheet: FakeSheet;
}

let nextChartId = 1;

function copy(chart: FakeChart): FakeChart {
  return JSON.parse(JSON.stringify(chart)) as FakeChart;
}

export function fakeChartServices(log: CallLog, counted: Counted, failIf: (method: string) => void) {
  function builder(sheet: FakeSheet, start: FakeChart) {
    const chart = copy(start);
    const api: Methods = counted(log, 'EmbeddedChartBuilder', {
      setChartType: (type: string) => {
        if (!Object.values(CHART_TYPES).includes(type as never))
          throw new Error(`Invalid argument: type (${String(type)}).`);
        chart.type = type;
        return api;
      },
      asColumnChart: () => ((chart.type = CHART_TYPES.COLUMN), api),
      asComboChart: () => ((chart.type = CHART_TYPES.COMBO), api),
      asLineChart: () => ((chart.type = CHART_TYPES.LINE), api),
      asBarChart: () => ((chart.type = CHART_TYPES.BAR), api),
      addRange: (range: RangeArg) => {
        if (!range.spec) throw new Error('Invalid argument: range.');
        const added: ChartRange = { sheetId: range.sheetId ?? sheet.id, ...range.spec };
        // "If the range has already been added to the chart, it is not added again."
        if (!chart.ranges.some((r) => JSON.stringify(r) === JSON.stringify(added))) chart.ranges.push(added);
        return api;
      },
      clearRanges: () => ((chart.ranges = []), api),
      setNumHeaders: (headers: number) => ((chart.numHeaders = headers), api),
      setPosition: (row: number, column: number) => ((chart.position = { row, column }), api),
      setOption: (option: string, value: unknown) => {
        // Options travel to Sheets as JSON: a Date or function would not survive.
        chart.options[option] = JSON.parse(JSON.stringify(value ?? null));
        return api;
      },
      build: (): ChartHandle => ({ chart: copy(chart), sheet }),
    });
    return api;
  }

  function embedded(handle: ChartHandle) {
    return Object.assign(
      counted(log, 'EmbeddedChart', {
        modify: () => builder(handle.sheet, handle.chart),
        getChartId: () => handle.chart.id,
      }),
      handle,
    );
  }

  /** A chart must sit inside the grid and have data, or Sheets refuses it. */
  function check(sheet: FakeSheet, chart: FakeChart, method: string): void {
    if (chart.ranges.length === 0) throw new Error(`${method}: the chart has no data ranges.`);
    const { row, column } = chart.position;
    if (row < 1 || column < 1 || row > sheet.maxRows || column > sheet.maxColumns)
      throw new Error(`${method}: the chart's position is outside the sheet.`);
  }

  function sheetMethods(sheet: FakeSheet) {
    return {
      newChart: () =>
        builder(sheet, {
          id: 0,
          type: 'unset',
          ranges: [],
          numHeaders: null,
          position: { row: 1, column: 1 },
          options: {},
        }),
      insertChart: (built: ChartHandle) => {
        failIf('insertChart');
        if (built.sheet !== sheet) throw new Error('insertChart: the chart was built for another sheet.');
        check(sheet, built.chart, 'insertChart');
        sheet.charts.push({ ...copy(built.chart), id: nextChartId++ });
      },
      getCharts: () => sheet.charts.map((chart) => embedded({ chart: copy(chart), sheet })),
      updateChart: (built: ChartHandle) => {
        failIf('updateChart');
        const index = sheet.charts.findIndex((chart) => chart.id === built.chart.id && built.chart.id > 0);
        if (index < 0) throw new Error('updateChart: the chart is not on this sheet.');
        check(sheet, built.chart, 'updateChart');
        sheet.charts[index] = copy(built.chart);
      },
      removeChart: (chart: ChartHandle) => {
        failIf('removeChart');
        const index = sheet.charts.findIndex((c) => c.id === chart.chart.id);
        if (index < 0) throw new Error('removeChart: the chart is not on this sheet.');
        sheet.charts.splice(index, 1);
      },
    };
  }

  return { sheetMethods, Charts: { ChartType: CHART_TYPES } };
}
