import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { addPlanSheet, argb, pixelsToExcelWidth, XLSX_CELL_TEXT_LIMIT } from '../../src/cli/writePlan';
import { SheetBuilder } from '../../src/core/plan/sheetBuilder';
import { inputTabPlan, TEMPLATE_DATA_ROWS } from '../../src/core/templates/inputTabs';
import { expectExcelOpens } from '../support/excelLimits';

async function roundTrip(workbook: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const reread = new ExcelJS.Workbook();
  await reread.xlsx.load(await workbook.xlsx.writeBuffer());
  return reread;
}

function samplePlan() {
  const builder = new SheetBuilder('Sales Process Audit', [220, 120, 90]);
  builder.addRow([{ value: 'Sales Process Audit', bold: true }]);
  builder.merge({ row: 1, column: 1, numRows: 1, numColumns: 3 });
  builder.addRow([
    { value: 'Win rate', bold: true, wrap: true },
    { value: 0.234, format: '0.0%', background: '#fce8b2' },
    { value: 'Needs attention', color: '#990000' },
  ]);
  builder.addRow(['=HYPERLINK("http://x")', '+48 600 100 200', '@mention']);
  builder.addRow([new Date(Date.UTC(2026, 10, 27, 12)), { value: 1234.5, format: '#,##0.00 "zł"' }, null]);
  builder.addRow([null, { value: 'Conversion (lead → win)', bold: true, wrap: true }]);
  builder.freezeRows(1);
  return builder.build();
}

describe('addPlanSheet', () => {
  it('writes values, number formats, fills, fonts, merges, widths and frozen rows', async () => {
    const workbook = new ExcelJS.Workbook();
    addPlanSheet(workbook, samplePlan());
    const sheet = (await roundTrip(workbook)).getWorksheet('Sales Process Audit')!;

    expect(sheet.getCell('A1').value).toBe('Sales Process Audit');
    expect(sheet.getCell('A1').font.bold).toBe(true);
    expect(sheet.getCell('C1').isMerged).toBe(true);
    expect(sheet.getCell('C1').master.address).toBe('A1');
    expect(sheet.getCell('B2').value).toBe(0.234);
    expect(sheet.getCell('B2').numFmt).toBe('0.0%');
    expect(sheet.getCell('B2').fill).toEqual({
      type: 'pattern',
      pattern: 'solid',
      fgColor: { argb: 'FFFCE8B2' },
    });
    expect(sheet.getCell('C2').font.color).toEqual({ argb: 'FF990000' });
    expect(sheet.getCell('A2').alignment).toEqual({ wrapText: true, vertical: 'top' });
    expect(sheet.getCell('B2').alignment).toBeUndefined();
    // 'Win rate' fits its 220-px column; 23 characters at ~7 px need two lines of a 120-px column.
    expect(sheet.getRow(2).height).toBeUndefined();
    expect(sheet.getRow(5).height).toBe(30);
    expect(sheet.getCell('A4').value).toEqual(new Date(Date.UTC(2026, 10, 27, 12)));
    expect(sheet.getCell('B4').numFmt).toBe('#,##0.00 "zł"');
    expect(sheet.getColumn(1).width).toBe(pixelsToExcelWidth(220));
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });

  it('keeps text that starts with = + or @ as text, never a formula', async () => {
    const workbook = new ExcelJS.Workbook();
    addPlanSheet(workbook, samplePlan());
    const sheet = (await roundTrip(workbook)).getWorksheet('Sales Process Audit')!;
    for (const [address, text] of [
      ['A3', '=HYPERLINK("http://x")'],
      ['B3', '+48 600 100 200'],
      ['C3', '@mention'],
    ]) {
      expect(sheet.getCell(address).type).toBe(ExcelJS.ValueType.String);
      expect(sheet.getCell(address).value).toBe(text);
    }
  });
});

describe('argb', () => {
  it('turns a CSS hex color into opaque ARGB', () => {
    expect(argb('#b7e1cd')).toBe('FFB7E1CD');
    expect(argb('#fff')).toBe('FFFFFFFF');
  });
});

describe('numbers that are not finite', () => {
  it('are written as empty cells, never as <v>Infinity</v>', async () => {
    const builder = new SheetBuilder('Sales Process Audit', [100, 100]);
    builder.addRow([Infinity, { value: NaN, format: '0.0%' }]);
    const workbook = new ExcelJS.Workbook();
    addPlanSheet(workbook, builder.build());
    const sheet = (await roundTrip(workbook)).getWorksheet('Sales Process Audit')!;
    expect([sheet.getCell('A1').value, sheet.getCell('B1').value]).toEqual([null, null]);
  });
});

describe("text over Excel's 32,767 characters", () => {
  it('is cut with an ellipsis, so Excel opens the file', async () => {
    const builder = new SheetBuilder('Sales Process Audit', [100]);
    builder.addRow(['q'.repeat(60_000)]);
    const workbook = new ExcelJS.Workbook();
    addPlanSheet(workbook, builder.build());
    const read = await roundTrip(workbook);
    expectExcelOpens(read);
    const text = read.getWorksheet('Sales Process Audit')!.getCell('A1').value as string;
    expect([text.length, text.slice(-3)]).toEqual([XLSX_CELL_TEXT_LIMIT, 'qq…']);
  });

  it("written raw, as ExcelJS allows, is refused by the test's Excel check", () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Raw').addRow(['q'.repeat(XLSX_CELL_TEXT_LIMIT + 1), Infinity]);
    expect(() => expectExcelOpens(workbook)).toThrow('Raw!A1 holds 32768 characters; Excel holds 32767');
    workbook.getWorksheet('Raw')!.getCell('A1').value = 'fits';
    expect(() => expectExcelOpens(workbook)).toThrow('Raw!B1 holds the number Infinity');
  });
});

describe('dropdowns', () => {
  it('are written as Excel list validations over the plan’s ranges, a value outside the list warned about, not refused', async () => {
    const workbook = new ExcelJS.Workbook();
    addPlanSheet(workbook, inputTabPlan('deals', 'en', 'USD'));
    const buffer = await workbook.xlsx.writeBuffer();
    const sheet = (await roundTrip(workbook)).getWorksheet('Deals')!;
    // Stage is the 7th column of the template (G), Type the 12th (L).
    const stage = {
      type: 'list',
      allowBlank: true,
      formulae: ['"Qualified,Proposal,Negotiation,Won,Lost"'],
      showErrorMessage: true,
      errorStyle: 'warning',
    };
    expect(sheet.getCell('G2').dataValidation).toEqual(stage);
    expect(sheet.getCell(`G${TEMPLATE_DATA_ROWS + 1}`).dataValidation).toEqual(stage);
    expect(sheet.getCell('G1').dataValidation).toBeUndefined();
    expect(sheet.getCell('L2').dataValidation.formulae).toEqual(['"New,Up-sell,Cross-sell"']);
    const xml = await (await JSZip.loadAsync(buffer)).file('xl/worksheets/sheet1.xml')!.async('string');
    expect(xml.match(/<dataValidation /g)).toHaveLength(2);
    expect(xml).toContain(`sqref="G2:G${TEMPLATE_DATA_ROWS + 1}"`);
  });

  it('leave out a list Excel cannot hold: a value with a comma', async () => {
    const builder = new SheetBuilder('Tab', [100]);
    builder.addRow(['Region']);
    builder.dropdown({
      range: { row: 2, column: 1, numRows: 3, numColumns: 1 },
      values: ['North', 'South, coast'],
      allowOthers: false,
    });
    const workbook = new ExcelJS.Workbook();
    addPlanSheet(workbook, builder.build());
    const sheet = (await roundTrip(workbook)).getWorksheet('Tab')!;
    expect(sheet.getCell('A2').dataValidation).toBeUndefined();
  });
});
