import { SheetBuilder } from '../../../src/core/plan/sheetBuilder';

describe('SheetBuilder', () => {
  test('rows of different lengths become full rectangles of the widest row or the column widths', () => {
    const builder = new SheetBuilder('Tab', [100, 100, 100]);
    builder.addRow([{ value: 'Title', bold: true, background: '#fff' }]);
    builder.addRow(['a', 1, true, { value: 0.5, format: '0%', color: '#f00' }]);
    const plan = builder.build();
    expect(plan.values).toEqual([
      ['Title', null, null, null],
      ['a', 1, true, 0.5],
    ]);
    expect(plan.numberFormats[1]).toEqual(['', '', '', '0%']);
    expect(plan.fontWeights[0]).toEqual(['bold', 'normal', 'normal', 'normal']);
    expect(plan.backgrounds[0]).toEqual(['#fff', null, null, null]);
    expect(plan.fontColors[1]).toEqual([null, null, null, '#f00']);
  });

  test('setCells fills an existing row from a column on, padding the gap', () => {
    const builder = new SheetBuilder('Tab', [100]);
    const row = builder.addRow(['left']);
    builder.addRow();
    builder.setCells(row, 4, ['x', { value: 2, format: '0' }]);
    const plan = builder.build();
    expect(plan.values).toEqual([
      ['left', null, null, 'x', 2],
      [null, null, null, null, null],
    ]);
    expect(plan.numberFormats[0][4]).toBe('0');
  });

  test('setCells on a row not added yet is an error', () => {
    const builder = new SheetBuilder('Tab', [100]);
    expect(() => builder.setCells(1, 1, ['x'])).toThrow(RangeError);
  });

  test('blocks span the sheet width', () => {
    const builder = new SheetBuilder('Tab', [100, 100]);
    builder.addRow(['a', 'b', 'c']);
    builder.block('first', 1, 1);
    expect(builder.build().blocks).toEqual([
      { id: 'first', range: { row: 1, column: 1, numRows: 1, numColumns: 3 } },
    ]);
  });
});
