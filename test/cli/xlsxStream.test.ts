// Big workbooks are read row by row through the zip's central directory (src/cli/xlsxStream.ts), not by
// ExcelJS's one-pass WorkbookReader, which can lose the last parts of the zip (exceljs#3064) and splits a
// letter cut by a chunk boundary.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadInput, locateInput } from '../../src/cli/input';

const SILENT = { file: () => undefined, rows: () => undefined };

async function streamed(name: string, bytes: Buffer) {
  const folder = mkdtempSync(join(tmpdir(), 'spa-stream-'));
  writeFileSync(join(folder, name), bytes);
  return loadInput(name, locateInput(name, folder), SILENT, { codePage: null, streamFromBytes: 0 });
}

async function twoTabWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Deals').addRows([
    ['Created', 'Stage', 'Channel'],
    [new Date(Date.UTC(2026, 0, 5)), 'Won', 'Fairs'],
    [new Date(Date.UTC(2026, 0, 6)), 'Lost', 'Ads'],
  ]);
  workbook.addWorksheet('Channels').addRows([
    ['Channel', 'Cost'],
    ['Fairs', 900],
  ]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The two-tab workbook with one sheet part's XML broken (a close tag that closes nothing open). */
async function damagedWorkbook(part: string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await twoTabWorkbook());
  zip.file(part, '<worksheet><sheetData><row r="1"></sheetData></worksheet>');
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

describe('a streamed workbook', () => {
  it('is read whole whatever the order of its parts and whatever its sheet parts are called', async () => {
    const original = await JSZip.loadAsync(await twoTabWorkbook());
    const renamed: Record<string, string> = { 'xl/worksheets/sheet1.xml': 'xl/worksheets/deals.xml' };
    // Shared strings before the sheets and the workbook part last: ExcelJS's own reader then meets the
    // sheets before it knows their names.
    const first = [
      '[Content_Types].xml',
      '_rels/.rels',
      'xl/_rels/workbook.xml.rels',
      'xl/sharedStrings.xml',
    ];
    const last = ['xl/workbook.xml'];
    const middle = Object.keys(original.files).filter(
      (path) => !original.files[path].dir && !first.includes(path) && !last.includes(path),
    );
    const reordered = new JSZip();
    for (const path of [...first, ...middle, ...last]) {
      let content = await original.file(path)!.async('string');
      if (path === 'xl/_rels/workbook.xml.rels')
        content = content.replace('worksheets/sheet1.xml', 'worksheets/deals.xml');
      if (path === '[Content_Types].xml')
        content = content.replace('/xl/worksheets/sheet1.xml', '/xl/worksheets/deals.xml');
      reordered.file(renamed[path] ?? path, content);
    }
    const input = await streamed(
      'reordered.xlsx',
      await reordered.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }),
    );

    expect(input.tabs.deals?.values).toEqual([
      ['Created', 'Stage', 'Channel'],
      [new Date(Date.UTC(2026, 0, 5)), 'Won', 'Fairs'],
      [new Date(Date.UTC(2026, 0, 6)), 'Lost', 'Ads'],
    ]);
    expect(input.tabs.channels?.values).toEqual([
      ['Channel', 'Cost'],
      ['Fairs', 900],
    ]);
  });

  it('reads the same tabs every time (the one-pass reader lost parts now and then)', async () => {
    const bytes = await twoTabWorkbook();
    for (let attempt = 0; attempt < 50; attempt++) {
      const input = await streamed('again.xlsx', bytes);
      expect([input.tabs.deals?.values.length, input.tabs.channels?.values.length]).toEqual([3, 2]);
    }
  });

  it('keeps every Polish letter, also those cut by the chunks the zip is read in', async () => {
    const workbook = new ExcelJS.Workbook();
    const customers = Array.from({ length: 6_000 }, (_, n) => `Zażółć gęślą jaźń ${n}`);
    workbook
      .addWorksheet('Deals')
      .addRows([
        ['Created', 'Stage', 'Customer'],
        ...customers.map((customer) => ['2026-01-05', 'Won', customer]),
      ]);
    const input = await streamed('polish.xlsx', Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(input.tabs.deals?.values.slice(1).map((row) => row[2])).toEqual(customers);
  });

  it('is audited without an optional tab it cannot read, and says which', async () => {
    const input = await streamed('damaged.xlsx', await damagedWorkbook('xl/worksheets/sheet2.xml'));
    expect(input.tabs.deals?.values).toHaveLength(3);
    expect(input.tabs.channels).toBeNull();
    expect(input.readIssues).toEqual([
      expect.objectContaining({
        tab: 'Channels',
        code: 'unreadable_tab',
        key: 'input.unreadableSheet',
        params: expect.objectContaining({ tab: 'Channels', file: 'damaged.xlsx' }),
      }),
    ]);
  });

  it('when small but damaged in an optional tab, is read tab by tab too, and its copy holds the values', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'spa-stream-'));
    writeFileSync(join(folder, 'small.xlsx'), await damagedWorkbook('xl/worksheets/sheet2.xml'));
    const input = await loadInput('small.xlsx', locateInput('small.xlsx', folder), SILENT);
    expect(input.tabs.deals?.values[2]).toEqual([new Date(Date.UTC(2026, 0, 6)), 'Lost', 'Ads']);
    expect(input.readIssues.map((issue) => issue.key)).toEqual(['input.unreadableSheet']);
    expect(input.notices).toEqual([{ key: 'cli.notice.readAsValues', params: { input: 'small.xlsx' } }]);
    expect(input.workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Deals']);
    expect(input.workbook.getWorksheet('Deals')!.getCell('C3').value).toBe('Ads');
  });

  it('is refused as unreadable when its Deals tab cannot be read', async () => {
    const reading = streamed('damaged.xlsx', await damagedWorkbook('xl/worksheets/sheet1.xml'));
    await expect(reading).rejects.toMatchObject({ key: 'cli.error.unreadableXlsx' });
  });

  it('is unreadable, said as such, when it is not a zip at all', async () => {
    await expect(
      streamed('broken.xlsx', Buffer.from('PK\u0003\u0004 not really a zip')),
    ).rejects.toMatchObject({
      key: 'cli.error.unreadableXlsx',
    });
  });
});
