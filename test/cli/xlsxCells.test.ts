import ExcelJS from 'exceljs';
import { worksheetGrid } from '../../src/cli/xlsxCells';

describe('worksheetGrid', () => {
  it('gives what the user sees: plain text, cached formula results, dates, numbers, and "" for empty', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Deals');
    sheet.getCell('A1').value = 'Created';
    sheet.getCell('B1').value = { richText: [{ text: 'Deal ', font: { bold: true } }, { text: 'value' }] };
    sheet.getCell('C1').value = { text: 'Customer', hyperlink: 'https://example.com' };
    sheet.getCell('A3').value = new Date(Date.UTC(2026, 2, 5));
    sheet.getCell('B3').value = { formula: 'SUM(1,2)', result: 3 };
    sheet.getCell('C3').value = { error: '#N/A' };
    sheet.getCell('D3').value = true;
    const reread = new ExcelJS.Workbook();
    await reread.xlsx.load(await workbook.xlsx.writeBuffer());

    expect(worksheetGrid(reread.getWorksheet('Deals')!)).toEqual([
      ['Created', 'Deal value', 'Customer', ''],
      ['', '', '', ''],
      [new Date(Date.UTC(2026, 2, 5)), 3, '#N/A', true],
    ]);
  });
});
