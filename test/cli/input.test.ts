// Reading the runner's inputs into grids and the viewing copy.
import ExcelJS from 'exceljs';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadInput, locateInput, type InputLocation } from '../../src/cli/input';

const SILENT = { file: () => undefined, rows: () => undefined };

describe('a single CSV file', () => {
  it('audits an overlong cell whole but cuts it to Excel’s cell limit in the viewing copy', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'spa-input-'));
    const note = 'x'.repeat(40_000);
    writeFileSync(join(folder, 'deals.csv'), `Created,Stage,Name\n2026-01-05,Won,${note}\n`);
    const input = await loadInput('deals.csv', locateInput('deals.csv', folder), SILENT);

    expect(input.tabs.deals?.values[1][2]).toBe(note);
    const copied = String(input.workbook.getWorksheet(input.tabs.deals!.name)!.getCell('C2').value);
    expect(copied).toHaveLength(32_767);
    expect(copied.endsWith('…')).toBe(true);
  });
});

describe('the viewing copy of a big input', () => {
  it('holds the audit tabs only (and the history read), and says so, above the row limit', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'spa-input-'));
    mkdirSync(join(folder, 'data'));
    writeFileSync(join(folder, 'data/Deals.csv'), 'Created,Stage\n2026-01-05,Won\n2026-01-06,Lost\n');
    writeFileSync(join(folder, 'data/Audit history.csv'), 'Run time,Overall\n2026-01-01,50\n');
    const location = locateInput('data', folder);
    const small = await loadInput('data', location, SILENT, { codePage: null, copyRowLimit: 2 });
    expect(small.workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Deals', 'Audit history']);
    expect(small.notices).toEqual([]);

    const big = await loadInput('data', location, SILENT, { codePage: null, copyRowLimit: 1 });
    expect(big.tabs.deals?.values).toHaveLength(3);
    expect(big.workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Audit history']);
    expect(big.notices).toEqual([{ key: 'cli.notice.auditTabsOnly', params: { rows: 2, input: 'data' } }]);
  });
});

describe('files that are not what their names say', () => {
  it('reads an .xlsx saved under a .csv name as a workbook', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'spa-input-'));
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Deals').addRows([
      ['Created', 'Stage'],
      [new Date(Date.UTC(2026, 0, 5)), 'Won'],
    ]);
    await workbook.xlsx.writeFile(join(folder, 'deals.csv'));
    const input = await loadInput('deals.csv', locateInput('deals.csv', folder), SILENT);
    expect(input.tabs.deals?.values[1]).toEqual([new Date(Date.UTC(2026, 0, 5)), 'Won']);
  });

  it('audits without an optional CSV that cannot be read, naming it in the data issues', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'spa-input-'));
    writeFileSync(join(folder, 'Deals.csv'), 'Created,Stage\n2026-01-05,Won\n');
    mkdirSync(join(folder, 'Customers.csv'));
    const input = await loadInput('.', locateInput('.', folder), SILENT);
    expect(input.tabs.customers).toBeNull();
    expect(input.readIssues).toEqual([
      {
        tab: 'Customers',
        row: null,
        column: null,
        code: 'unreadable_tab',
        key: 'input.unreadableTab',
        params: { file: 'Customers.csv', reason: 'EISDIR' },
      },
    ]);
  });
});

describe('workbooks with merged cells and formulas saved without results', () => {
  async function mergedWorkbook(): Promise<InputLocation> {
    const folder = mkdtempSync(join(tmpdir(), 'spa-input-'));
    const workbook = new ExcelJS.Workbook();
    const deals = workbook.addWorksheet('Deals');
    deals.addRows([
      ['Created', 'Stage', 'Channel', 'Value', 'Customer'],
      ['2026-01-01', 'Won', 'Fairs', { formula: '100*2' }, 'Acme'],
      ['2026-01-02', 'Lost', null, { formula: '50*2' }, 'Beta'],
      ['2026-01-03', 'Won', null, 300, 'Gamma'],
      ['2026-01-04', 'Open', 'Ads', 400, null],
      ['2026-01-05', 'Won', 'Ads', null, null],
    ]);
    deals.mergeCells('C2:C4');
    // Across two columns and two rows: the value fills all four cells.
    deals.mergeCells('D5:E6');
    const channels = workbook.addWorksheet('Channels');
    channels.addRows([
      ['Channel', 'Cost'],
      ['Fairs', 900],
      ['Ads', null],
    ]);
    channels.mergeCells('B2:B3');
    await workbook.xlsx.writeFile(join(folder, 'merged.xlsx'));
    return locateInput('merged.xlsx', folder);
  }

  it.each([
    ['whole', undefined],
    ['streamed row by row', 0],
  ])(
    'read %s: a merge in every row it spans, said once per tab, and uncalculated formulas',
    async (_, streamFromBytes) => {
      const input = await loadInput('merged.xlsx', await mergedWorkbook(), SILENT, {
        codePage: null,
        streamFromBytes,
      });
      expect(input.tabs.deals?.values.map((row) => row.slice(2))).toEqual([
        ['Channel', 'Value', 'Customer'],
        ['Fairs', '', 'Acme'],
        ['Fairs', '', 'Beta'],
        ['Fairs', 300, 'Gamma'],
        ['Ads', 400, 400],
        ['Ads', 400, 400],
      ]);
      expect(input.tabs.channels?.values).toEqual([
        ['Channel', 'Cost'],
        ['Fairs', 900],
        ['Ads', 900],
      ]);
      expect(input.readIssues).toEqual([
        {
          tab: 'Deals',
          row: null,
          column: null,
          code: 'merged_cells',
          key: 'input.mergedCells',
          params: { count: 2, first: 'C2:C4' },
        },
        {
          tab: 'Deals',
          row: null,
          column: 'D',
          code: 'formula_without_result',
          key: 'input.formulaWithoutResult',
          params: { count: 2, first: 'D2' },
        },
        {
          tab: 'Channels',
          row: null,
          column: null,
          code: 'merged_cells',
          key: 'input.mergedCells',
          params: { count: 1, first: 'B2:B3' },
        },
      ]);
    },
  );
});

describe('a big workbook, streamed', () => {
  const EXAMPLES = join(__dirname, '../../examples');

  it.each(['sample-sales.xlsx', 'sample-sales-pl.xlsx'])(
    'reads %s row by row into the same grids as the whole-workbook reader',
    async (file) => {
      const location = locateInput(file, EXAMPLES);
      const whole = await loadInput(file, location, SILENT, { codePage: null });
      const streamed = await loadInput(file, location, SILENT, { codePage: null, streamFromBytes: 0 });
      expect(whole.tabs.deals?.values.length).toBeGreaterThan(100);
      for (const role of ['deals', 'channels', 'customers', 'settings'] as const)
        expect(streamed.tabs[role]).toEqual(whole.tabs[role]);
      expect(streamed.notices.map((notice) => notice.key)).toEqual(['cli.notice.auditTabsOnly']);
    },
  );
});
