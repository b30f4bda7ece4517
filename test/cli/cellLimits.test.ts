// What the runner writes fits an Excel cell whatever the input holds: a CSV has no cell limit, so names of
// 60,000 characters reach it. Every cell of the .xlsx is checked as Excel would open it.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { quoted, shortened } from '../../src/core/cells/writing';
import { EXCEL_CELL_TEXT_LIMIT, expectExcelOpens } from '../support/excelLimits';
import { buildCli, readReport, readWorkbook, ROOT, runCli } from './runCli';

const TODAY = '2026-11-27';
const EXAMPLE_CSV = join(ROOT, 'examples/csv');
/** The example's channel to drop, its flagged salesperson and its most common lost reason. */
const RENAMED = ['Cold calling', 'Ryan Cole', 'Price too high'];
const long = new Map(RENAMED.map((name) => [name, `${name} ${'x'.repeat(60_000)}`.slice(0, 60_000)]));

let dir: string;

/** A copy of the example CSV folder with every cell holding one of the names replaced by its long twin. */
function longNamesFolder(): string {
  const folder = join(dir, 'long');
  mkdirSync(folder);
  for (const file of ['Deals.csv', 'Channels.csv', 'Customers.csv']) {
    const lines = readFileSync(join(EXAMPLE_CSV, file), 'utf8').split('\n');
    const renamed = lines.map((line) =>
      line
        .split(',')
        .map((cell) => long.get(cell) ?? cell)
        .join(','),
    );
    writeFileSync(join(folder, file), renamed.join('\n'));
  }
  return folder;
}

beforeAll(() => {
  buildCli();
  dir = mkdtempSync(join(tmpdir(), 'spa-limits-'));
  mkdirSync(join(dir, 'short'));
  for (const file of ['Deals.csv', 'Channels.csv', 'Customers.csv'])
    copyFileSync(join(EXAMPLE_CSV, file), join(dir, 'short', file));
  for (const [folder, out] of [
    [join(dir, 'short'), 'short'],
    [longNamesFolder(), 'long'],
  ]) {
    const run = runCli([
      folder,
      '--out',
      join(dir, `${out}.xlsx`),
      '--json',
      join(dir, `${out}.json`),
      '--today',
      TODAY,
    ]);
    expect(run.status).toBe(0);
  }
});

describe('names of 60,000 characters in the CSV (channel, salesperson, lost reason)', () => {
  it('the .xlsx opens in Excel: no cell over 32,767 characters', async () => {
    expectExcelOpens(await readWorkbook(join(dir, 'long.xlsx')));
  });

  it('a table cell holding the name alone keeps its first 32,766 characters and an ellipsis', async () => {
    const workbook = await readWorkbook(join(dir, 'long.xlsx'));
    const cells: unknown[] = [];
    workbook
      .getWorksheet('Sales Process Audit')!
      .eachRow((row) => row.eachCell((cell) => cells.push(cell.value)));
    for (const name of RENAMED) {
      const cut = shortened(long.get(name)!, EXCEL_CELL_TEXT_LIMIT);
      expect(cut).toHaveLength(EXCEL_CELL_TEXT_LIMIT);
      expect(cells.includes(cut)).toBe(true);
    }
    // The copy of the input's Deals tab too.
    const deals: unknown[] = [];
    workbook.getWorksheet('Deals')?.eachRow((row) => row.eachCell((cell) => deals.push(cell.value)));
    expect(deals.includes(shortened(long.get('Ryan Cole')!, EXCEL_CELL_TEXT_LIMIT))).toBe(true);
  });

  it('every action reads whole, the names quoted with 100 characters, in the JSON and in the audit tab', async () => {
    const asQuoted = (text: string) =>
      RENAMED.reduce((sentence, name) => sentence.split(name).join(quoted(long.get(name)!)), text);
    const short = readReport(join(dir, 'short.json')).actions.map((action) => asQuoted(action.text));
    const actions = readReport(join(dir, 'long.json')).actions.map((action) => action.text);
    expect(actions).toEqual(short);
    expect(actions).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Coach Ryan Cole x{89}… on needs analysis and closing: wins 11\.9% /),
        expect.stringMatching(
          /^Stop or rework Cold calling x{86}…: \$33,551 spent this period for 1 customer/,
        ),
      ]),
    );
    const workbook = await readWorkbook(join(dir, 'long.xlsx'));
    const texts: string[] = [];
    workbook
      .getWorksheet('Sales Process Audit')!
      .eachRow((row) =>
        row.eachCell((cell) => void (typeof cell.value === 'string' && texts.push(cell.value))),
      );
    for (const action of actions) expect(texts.some((text) => text.endsWith(action))).toBe(true);
  });
});
