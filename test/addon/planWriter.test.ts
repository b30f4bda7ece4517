import { literalValues, SHEETS_CELL_TEXT_LIMIT, widthRuns, writePlan } from '../../src/addon/planWriter';
import { SheetBuilder } from '../../src/core/plan/sheetBuilder';
import type { SheetPlan } from '../../src/core/types';
import { appsScriptGlobals } from '../support/appsScriptGlobals';
import { FakeSpreadsheet } from '../support/fakeSpreadsheet';

function samplePlan(dataRows: number): SheetPlan {
  const builder = new SheetBuilder('Plan', [200, 100, 100, 80]);
  builder.addRow([{ value: 'Title', bold: true, background: '#b7e1cd' }]);
  builder.merge({ row: 1, column: 1, numRows: 1, numColumns: 4 });
  builder.addRow(['Channel', 'Leads', 'Conversion', 'Since'].map((value) => ({ value, wrap: true })));
  for (let i = 0; i < dataRows; i++) {
    const row = builder.addRow([
      i === 0 ? '=IMPORTXML("http://x","//a")' : `Channel ${i}`,
      i,
      { value: i / dataRows, format: '0.0%', color: '#cc0000' },
      new Date(Date.UTC(2024, 0, 1 + (i % 28))),
    ]);
    if (i < 2) builder.merge({ row, column: 3, numRows: 1, numColumns: 2 });
  }
  builder.freezeRows(2);
  builder.addChart({
    id: 'channels',
    type: 'bar',
    title: 'Leads',
    rows: { header: 2, first: 3, last: dataRows + 2 },
    domain: { column: 1, label: 'Channel', unit: 'text', dates: false },
    series: [{ column: 2, label: 'Leads', unit: 'count', color: '#4a78b5', mark: 'bars', axis: 0 }],
    anchor: { row: 1, column: 6 },
    size: { width: 400, height: 200 },
    currency: 'USD',
    language: 'en',
  });
  return builder.build();
}

function writeOnFreshSheet(plan: SheetPlan) {
  const doc = new FakeSpreadsheet({ timeZone: 'UTC' });
  const fake = doc.addSheet('Plan');
  const { globals, log } = appsScriptGlobals(doc);
  // Apps Script's Charts enum is a global, as in the add-on's runtime.
  Object.assign(globalThis, { Charts: globals.Charts });
  const sheet = globals.SpreadsheetApp.getActive().getSheetByName('Plan')!;
  log.reset();
  // writePlan builds text styles with SpreadsheetApp's builder, a global in Apps Script.
  const root = globalThis as { SpreadsheetApp?: unknown };
  root.SpreadsheetApp = globals.SpreadsheetApp;
  try {
    writePlan(sheet, plan);
  } finally {
    delete root.SpreadsheetApp;
  }
  return { fake, log };
}

describe('literalValues', () => {
  it('prefixes every non-empty string with an apostrophe and keeps other values', () => {
    const date = new Date(0);
    expect(literalValues([['=A1', '', null, 12, false, date, '0012']])).toEqual([
      ["'=A1", '', '', 12, false, date, "'0012"],
    ]);
  });

  it('writes a number that is not finite as an empty cell, as the runner does', () => {
    expect(literalValues([[Infinity, -Infinity, NaN, 1e308]])).toEqual([['', '', '', 1e308]]);
  });

  it('cuts a text over 50,000 characters, the apostrophe counted, with an ellipsis', () => {
    const [[written]] = literalValues([['x'.repeat(60_000)]]);
    expect(written).toBe(`'${'x'.repeat(49_998)}…`);
    expect(written).toHaveLength(SHEETS_CELL_TEXT_LIMIT);
    expect(literalValues([['y'.repeat(49_999)]])[0][0]).toHaveLength(50_000);
  });
});

describe('widthRuns', () => {
  it('groups consecutive equal widths', () => {
    expect(widthRuns([200, 100, 100, 80])).toEqual([
      { start: 1, count: 1, width: 200 },
      { start: 2, count: 2, width: 100 },
      { start: 4, count: 1, width: 80 },
    ]);
  });
});

describe('writePlan', () => {
  it('writes values as the plan has them: strings stay literal text, numbers and dates stay typed', () => {
    const plan = samplePlan(3);
    const { fake } = writeOnFreshSheet(plan);
    const values = fake.values();
    expect(values[2][0]).toBe('=IMPORTXML("http://x","//a")');
    expect(fake.formulas()).toEqual([]);
    expect(values[4]).toEqual(['Channel 2', 2, 2 / 3, new Date(Date.UTC(2024, 0, 3))]);
    // Merging keeps the top-left value only, as in Sheets: C4:D4 holds 1/3, D4 lost its date.
    expect(values[3]).toEqual(['Channel 1', 1, 1 / 3, '']);
  });

  it('writes a plan with a cost of Infinity and a 60,000-character name: an empty cell and 50,000 characters', () => {
    const builder = new SheetBuilder('Plan', [200, 100]);
    builder.addRow(['z'.repeat(60_000), { value: Infinity, format: '#,##0' }]);
    const { fake } = writeOnFreshSheet(builder.build());
    const name = fake.cell(1, 1).value as string;
    expect([name.length, name.slice(-3)]).toEqual([49_999, 'zz…']);
    expect(fake.cell(1, 2).value).toBe('');
    expect(fake.spreadsheet.breaches).toEqual([]);
  });

  it('applies formats, colors, weights, merges, widths, frozen rows and the chart', () => {
    const plan = samplePlan(3);
    const { fake } = writeOnFreshSheet(plan);
    expect(fake.numberFormats.get('3,3')).toBe('0.0%');
    expect(fake.backgrounds.get('1,1')).toBe('#b7e1cd');
    expect(fake.fontWeights.get('1,1')).toBe('bold');
    expect(fake.fontColors.get('4,3')).toBe('#cc0000');
    expect(fake.wraps.get('2,3')).toBe('true');
    expect(fake.wraps.get('3,3')).toBe('false');
    const byPosition = (a: { row: number; column: number }, b: { row: number; column: number }) =>
      a.row - b.row || a.column - b.column;
    expect([...fake.merges].sort(byPosition)).toEqual([...plan.merges].sort(byPosition));
    expect([...fake.columnWidths]).toEqual([
      [1, 200],
      [2, 100],
      [3, 100],
      [4, 80],
    ]);
    expect(fake.frozenRows).toBe(2);
    expect(fake.charts).toEqual([
      expect.objectContaining({
        type: 'BAR',
        ranges: [
          { sheetId: fake.id, row: 2, column: 1, numRows: 4, numColumns: 1 },
          { sheetId: fake.id, row: 2, column: 2, numRows: 4, numColumns: 1 },
        ],
        numHeaders: 1,
        position: { row: 1, column: 6 },
      }),
    ]);
    expect(fake.charts[0].options).toMatchObject({ title: 'Leads', width: 400, height: 200 });
  });

  it('makes the same calls for 10 rows and for 900', () => {
    const small = writeOnFreshSheet(samplePlan(10)).log;
    const large = writeOnFreshSheet(samplePlan(900)).log;
    expect(large.toJSON()).toEqual(small.toJSON());
    expect(small.count('Range.setValues')).toBe(1);
    expect(small.count('Sheet.insertRowsAfter')).toBe(0);
  });

  it('grows a new sheet’s grid once for a plan that is longer or wider, asking its size only then', () => {
    const long = samplePlan(5000);
    const { fake, log } = writeOnFreshSheet(long);
    expect(fake.maxRows).toBe(5002);
    expect(log.count('Sheet.insertRowsAfter')).toBe(1);
    expect(fake.values()[5001][0]).toBe('Channel 4999');

    const builder = new SheetBuilder('Wide', Array<number>(30).fill(50));
    builder.addRow(Array.from({ length: 30 }, (_, c) => `Column ${c + 1}`));
    const wide = writeOnFreshSheet(builder.build());
    expect(wide.fake.maxColumns).toBe(30);
    expect(wide.fake.values()[0][29]).toBe('Column 30');
    expect(wide.log.count('Sheet.insertRowsAfter')).toBe(0);
  });
});
