// Native charts: written from the plan's ranges, rebuilt in place on a tab that has them, never piled up.
import { chartOptions, writeCharts } from '../../src/addon/chartWriter';
import type { ChartPlan } from '../../src/core/types';
import { appsScriptGlobals } from '../support/appsScriptGlobals';
import { FakeSpreadsheet } from '../support/fakeSpreadsheet';

const base = { currency: 'PLN', language: 'en' as const, size: { width: 700, height: 300 } };

const monthly: ChartPlan = {
  ...base,
  id: 'monthly',
  type: 'combo',
  title: 'Won value and win rate by month',
  rows: { header: 2, first: 3, last: 15 },
  domain: { column: 1, label: 'Month', unit: 'text', dates: false },
  series: [
    { column: 4, label: 'Won value', unit: 'currency', color: '#4a78b5', mark: 'bars', axis: 0 },
    { column: 6, label: 'Win rate', unit: 'ratio', color: '#d9822b', mark: 'line', axis: 1 },
  ],
  anchor: { row: 17, column: 1 },
};

const channels: ChartPlan = {
  ...base,
  id: 'channels',
  type: 'bubble',
  title: 'Channels',
  rows: { header: 40, first: 41, last: 44 },
  label: { column: 1, label: 'Channel', unit: 'text' },
  x: { column: 2, label: 'Conversion', unit: 'ratio' },
  y: { column: 3, label: 'CAC', unit: 'currency' },
  group: { column: 4, label: 'Verdict', unit: 'text' },
  sizeBy: { column: 5, label: 'Leads', unit: 'count' },
  groups: [{ label: 'Strengthen', color: '#b7e1cd' }],
  anchor: { row: 46, column: 1 },
};

function setUp() {
  const doc = new FakeSpreadsheet();
  const fake = doc.addSheet('Audit');
  const { globals, log } = appsScriptGlobals(doc);
  // Apps Script's Charts enum is a global, as in the add-on's runtime.
  Object.assign(globalThis, { Charts: globals.Charts });
  const sheet = globals.SpreadsheetApp.getActive().getSheetByName('Audit')!;
  return { fake, sheet, log };
}

describe('writeCharts', () => {
  it('inserts each chart with one range per charted column, in the order the chart reads them', () => {
    const { fake, sheet, log } = setUp();
    writeCharts(sheet, [monthly, channels], false);
    expect(log.count('Sheet.getCharts')).toBe(0);
    expect(log.count('Sheet.insertChart')).toBe(2);
    expect(fake.charts.map((c) => c.type)).toEqual(['COMBO', 'BUBBLE']);
    expect(fake.charts[0].ranges).toEqual([
      { sheetId: fake.id, row: 2, column: 1, numRows: 14, numColumns: 1 },
      { sheetId: fake.id, row: 2, column: 4, numRows: 14, numColumns: 1 },
      { sheetId: fake.id, row: 2, column: 6, numRows: 14, numColumns: 1 },
    ]);
    expect(fake.charts[1].ranges.map((r) => r.column)).toEqual([1, 2, 3, 4, 5]);
    expect(fake.charts[0].position).toEqual({ row: 17, column: 1 });
    expect(fake.charts[0].numHeaders).toBe(1);
    expect(fake.charts[0].options.series).toEqual({
      0: { color: '#4a78b5', targetAxisIndex: 0, type: 'bars' },
      1: { color: '#d9822b', targetAxisIndex: 1, type: 'line' },
    });
    expect(fake.charts[0].options.vAxes).toEqual({
      0: { title: 'Won value (PLN)', format: '#,##0' },
      1: { title: 'Win rate', format: 'percent' },
    });
    expect(fake.charts[1].options.colors).toEqual(['#b7e1cd']);
  });

  it('rebuilds the charts a tab holds in place on a re-run: same charts, new ranges and options, none added', () => {
    const { fake, sheet, log } = setUp();
    writeCharts(sheet, [monthly, channels], false);
    const ids = fake.charts.map((c) => c.id);
    const moved = { ...channels, rows: { header: 50, first: 51, last: 60 }, anchor: { row: 62, column: 1 } };
    log.reset();
    // The other way round: each chart takes the other's kind, and keeps none of its old options.
    writeCharts(sheet, [moved, monthly], true);
    expect(fake.charts.map((c) => c.id)).toEqual(ids);
    expect(fake.charts.map((c) => c.type)).toEqual(['BUBBLE', 'COMBO']);
    expect(fake.charts[0].ranges[0]).toEqual({
      sheetId: fake.id,
      row: 50,
      column: 1,
      numRows: 11,
      numColumns: 1,
    });
    expect(fake.charts[0].options).toEqual(chartOptions(moved));
    expect(fake.charts[1].options).toEqual(chartOptions(monthly));
    expect(log.count('Sheet.insertChart') + log.count('Sheet.removeChart')).toBe(0);
    expect(log.documentCalls()).toBe(3);
  });

  it('adds the charts a tab lacks and removes the ones it no longer has', () => {
    const { fake, sheet } = setUp();
    writeCharts(sheet, [monthly], false);
    writeCharts(sheet, [monthly, channels], true);
    expect(fake.charts.map((c) => c.type)).toEqual(['COMBO', 'BUBBLE']);
    writeCharts(sheet, [channels], true);
    expect(fake.charts.map((c) => c.type)).toEqual(['BUBBLE']);
  });

  it('sets the same option keys on every kind of chart, so a rebuilt chart keeps nothing of its old kind', () => {
    const keys = (plan: ChartPlan) => Object.keys(chartOptions(plan)).sort();
    expect(keys(channels)).toEqual(keys(monthly));
  });

  it('costs at most one call per chart plus one to list them: five charts in 6 calls', () => {
    const { sheet, log } = setUp();
    const five = [monthly, channels, monthly, channels, monthly];
    writeCharts(sheet, five, false);
    log.reset();
    writeCharts(sheet, five, true);
    expect(log.documentCalls()).toBe(6);
  });
});
