// Every bad input named in the runner's brief: its exact one-line message, its exit code, no stack trace.
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { copyFileSync, linkSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIELD_SYNONYMS } from '../../src/core/input/fields';
import { buildCli, readReport, readWorkbook, ROOT, runCli } from './runCli';

const TODAY = '2026-11-27';
let dir: string;

beforeAll(() => {
  buildCli();
  dir = mkdtempSync(join(tmpdir(), 'spa-bad-'));
});

/** The runner stops with exactly this message on stderr: no stack, nothing on stdout. */
function expectErrorAlone(args: string[], message: string, status = 2): void {
  const run = runCli(args, dir);
  expect(run).toEqual({ status, stdout: '', stderr: `${message}\n` });
}

describe('inputs the audit cannot run on', () => {
  it('a missing file', () => {
    expectErrorAlone(['nope.xlsx'], 'Cannot find nope.xlsx. Check the path and try again.');
  });

  it('a missing file, in Polish with --lang pl', () => {
    expectErrorAlone(
      ['nope.xlsx', '--lang', 'pl'],
      'Nie znaleziono nope.xlsx. Sprawdź ścieżkę i spróbuj ponownie.',
    );
  });

  it('a damaged .xlsx', () => {
    writeFileSync(join(dir, 'damaged.xlsx'), 'this is not a zip file');
    expectErrorAlone(
      ['damaged.xlsx'],
      'damaged.xlsx cannot be opened as an .xlsx workbook: it is password-protected or damaged. Remove the password or save it again as .xlsx, then re-run.',
    );
  });

  it('a password-protected .xlsx (an encrypted OLE container, not a zip)', () => {
    const ole = Buffer.alloc(4096);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole);
    writeFileSync(join(dir, 'locked.xlsx'), ole);
    expectErrorAlone(
      ['locked.xlsx'],
      'locked.xlsx cannot be opened as an .xlsx workbook: it is password-protected or damaged. Remove the password or save it again as .xlsx, then re-run.',
    );
  });

  it('an .xlsx without a Deals tab', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Notes').addRow(['Created', 'Stage']);
    await workbook.xlsx.writeFile(join(dir, 'notes.xlsx'));
    expectErrorAlone(
      ['notes.xlsx'],
      'notes.xlsx has no Deals tab. Name the tab with your deals "Deals" (or Transakcje, Opportunities, Pipeline) and re-run.',
    );
  });

  it('a folder without a Deals CSV', () => {
    mkdirSync(join(dir, 'no-deals'));
    writeFileSync(join(dir, 'no-deals', 'Channels.csv'), 'Channel,Cost\nAds,100\n');
    expectErrorAlone(
      ['no-deals'],
      'no-deals has no Deals CSV file. Name the file with your deals Deals.csv (or Transakcje.csv, Opportunities.csv) and re-run.',
    );
  });

  it('a Deals CSV without a usable header, in the language asked for: both missing columns, one line each', () => {
    writeFileSync(join(dir, 'notes.csv'), 'Name,Notes\nAcme,call back\n');
    const accepted = (names: string[]) => names.map((name) => `„${name}”`).join(', ');
    expectErrorAlone(
      ['notes.csv', '--lang', 'pl'],
      'Na karcie „Deals” brakuje kolumny „Data utworzenia”, więc audytu nie da się przeprowadzić. ' +
        'Nagłówki tej karty: „Name”, „Notes”. ' +
        `Jako „Data utworzenia” odczytywana jest kolumna z jednym z nagłówków: ${accepted(FIELD_SYNONYMS.deals.created)}. ` +
        'Zmień nagłówek swojej kolumny na jedną z tych nazw albo wskaż ją przy uruchomieniu audytu: --map created="Notes".\n' +
        'Na karcie „Deals” brakuje kolumny „Etap”, więc audytu nie da się przeprowadzić. ' +
        'Nagłówki tej karty: „Name”, „Notes”. ' +
        `Jako „Etap” odczytywana jest kolumna z jednym z nagłówków: ${accepted(FIELD_SYNONYMS.deals.stage)}. ` +
        'Zmień nagłówek swojej kolumny na jedną z tych nazw albo wskaż ją przy uruchomieniu audytu: --map stage="Notes".',
    );
  });

  it('a Polish CSV without a stage column: the error offers --map with the owner’s header, and that works', () => {
    mkdirSync(join(dir, 'polish'));
    writeFileSync(
      join(dir, 'polish', 'Transakcje.csv'),
      'Data zapytania;Klient;Faza sprzedaży;Kwota\n2026-03-01;Acme;Wygrana;1 200,50 zł\n',
    );
    expectErrorAlone(
      ['polish/Transakcje.csv'],
      'Na karcie „Transakcje” brakuje kolumny „Etap”, więc audytu nie da się przeprowadzić. ' +
        'Nagłówki tej karty: „Data zapytania”, „Klient”, „Faza sprzedaży”, „Kwota”. ' +
        'Jako „Etap” odczytywana jest kolumna z jednym z nagłówków: „Stage”, „Deal Stage”, „Stage Name”, ' +
        '„Opportunity Stage”, „deal_stage”, „dealstage”, „Status”, „Deal Status”, „Etap”, „Etap sprzedaży”, ' +
        '„Status transakcji”, „Faza”, „Wynik”. Zmień nagłówek swojej kolumny na jedną z tych nazw albo wskaż ją ' +
        'przy uruchomieniu audytu: --map stage="Faza sprzedaży".',
    );
    const run = runCli(['polish/Transakcje.csv', '--today', TODAY, '--map', 'stage=Faza sprzedaży'], dir);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Ocena ogólna: /m);
  });

  it('an output path equal to the input, even with --force', () => {
    copyFileSync(join(ROOT, 'examples/sample-sales.xlsx'), join(dir, 'mine.xlsx'));
    expectErrorAlone(
      ['mine.xlsx', '--out', './mine.xlsx', '--force'],
      `The output ${join(dir, 'mine.xlsx')} is the input file; the input is never overwritten. Choose another --out or --json.`,
    );
  });

  it('an output inside the input folder', () => {
    mkdirSync(join(dir, 'csv-in'));
    writeFileSync(join(dir, 'csv-in', 'Deals.csv'), 'Created,Stage\n2026-01-05,Won\n');
    expectErrorAlone(
      ['csv-in', '--out', 'csv-in/result.xlsx'],
      `The output ${join(dir, 'csv-in/result.xlsx')} lies inside the input folder ${join(dir, 'csv-in')}; choose an --out and --json outside it.`,
    );
  });

  it('an existing file of the user as output, without --force', () => {
    writeFileSync(join(dir, 'budget.xlsx'), 'x');
    writeFileSync(join(dir, 'deals.csv'), 'Created,Stage\n2026-01-05,Won\n');
    expectErrorAlone(
      ['deals.csv', '--out', 'budget.xlsx'],
      `${join(dir, 'budget.xlsx')} already exists and does not look like an earlier audit result. Choose another path, or add --force to replace it.`,
    );
  });

  it('an --out that is a hard link to the input, even with --force: the input stays as it was', () => {
    writeFileSync(join(dir, 'linked.csv'), 'Created,Stage\n2026-01-05,Won\n');
    linkSync(join(dir, 'linked.csv'), join(dir, 'linked-audit.xlsx'));
    expectErrorAlone(
      ['linked.csv', '--out', 'linked-audit.xlsx', '--force'],
      `The output ${join(dir, 'linked-audit.xlsx')} is the input file; the input is never overwritten. Choose another --out or --json.`,
    );
    expect(readFileSync(join(dir, 'linked.csv'), 'utf8')).toBe('Created,Stage\n2026-01-05,Won\n');
  });

  it('an output that cannot be written (the JSON report is written first)', () => {
    writeFileSync(join(dir, 'a-file'), 'x');
    writeFileSync(join(dir, 'small.csv'), 'Created,Stage\n2026-01-05,Won\n');
    expectErrorAlone(
      ['small.csv', '--out', 'a-file/result.xlsx', '--today', TODAY],
      `Cannot write ${join(dir, 'a-file/result.json')} (EEXIST). Check that the folder can be created there and the file is not open in Excel, then try again.`,
    );
  });

  it('an unknown option', () => {
    const run = runCli(['deals.csv', '--colour'], dir);
    expect(run.status).toBe(2);
    expect(run.stderr.split('\n')).toEqual([
      expect.stringMatching(/^Unknown option --colour\. Usage: npm run audit -- /),
      '',
    ]);
  });
});

describe('CSV files the audit reads with a notice', () => {
  const DEALS = [
    ['Created', 'Stage', 'Value', 'Channel', 'Closed', 'Customer'],
    ['2026-03-01', 'Won', '1000', 'Targi branżowe', '2026-03-15', 'Łódź Sp. z o.o.'],
    ['2026-03-05', 'Won', '2000', 'Polecenia', '2026-03-20', 'Gęś i Syn'],
    ['2026-03-10', 'Lost', '500', 'Polecenia', '2026-03-12', 'Żuraw'],
  ];

  it('a CSV in Windows-1250 is read with its Polish letters', () => {
    const text = DEALS.map((row) => row.join(',')).join('\r\n');
    writeFileSync(join(dir, 'cp1250.csv'), iconv.encode(text, 'windows-1250'));
    const run = runCli(['cp1250.csv', '--out', 'out/cp1250.xlsx', '--today', TODAY], dir);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe(
      'cp1250.csv is not UTF-8; read it as Windows-1250, which its accented letters fit best. If they look wrong, re-run with --encoding.\n',
    );
    const report = readReport(join(dir, 'out/cp1250.json'));
    expect(report.channels.map((channel) => channel.channel).sort()).toEqual(['Polecenia', 'Targi branżowe']);
    expect(report.input.deals.tab).toBe('Deals');
  });

  it('a CSV with a UTF-8 BOM keeps its first header clean', () => {
    writeFileSync(join(dir, 'bom.csv'), `\ufeff${DEALS.map((row) => row.join(',')).join('\n')}\n`);
    const run = runCli(['bom.csv', '--today', TODAY], dir);
    expect(run).toMatchObject({ status: 0, stderr: '' });
    expect(readReport(join(dir, 'out/bom-audit.json')).input.deals.mapping.created).toBe('Created');
  });

  it('a ";" CSV with decimal commas is read with pl-PL, and says so', () => {
    const rows = DEALS.map((row, i) => (i === 1 ? [...row.slice(0, 2), '1 000,50', ...row.slice(3)] : row));
    rows[2][2] = '2000,50';
    writeFileSync(join(dir, 'semicolon.csv'), rows.map((row) => row.join(';')).join('\n'));
    const run = runCli(['semicolon.csv', '--today', TODAY, '--lang', 'en'], dir);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe(
      'semicolon.csv uses ";" and decimal commas, so it is read with --locale pl-PL. Pass --locale (and --lang) to choose otherwise.\n',
    );
    const report = readReport(join(dir, 'out/semicolon-audit.json'));
    expect(report.locale).toBe('pl-PL');
    const avgDealValue = report.areas
      .flatMap((area) => area.metrics)
      .find((m) => m.id === 'conversations.avgDealValue');
    expect(avgDealValue?.value).toBe(1500.5);
  });
});

describe('CSV files with stray quotes', () => {
  const LINES = [
    'Created,Stage,Value,Customer',
    '2026-03-01,Won,1000,"Acme',
    '2026-03-02,Won,2000,Beta',
    '2026-03-03,Lost,500,Gamma',
    '2026-03-04,Won,700,Delta',
    '2026-03-05,Lost,300,"Epsilon, Inc"',
  ];

  it('an unclosed quote neither stops the audit nor swallows the deals after it', () => {
    writeFileSync(join(dir, 'stray.csv'), LINES.slice(0, 5).join('\n'));
    const run = runCli(['stray.csv', '--today', TODAY], dir);
    expect(run).toMatchObject({ status: 0, stderr: '' });
    const report = readReport(join(dir, 'out/stray-audit.json'));
    expect([report.input.deals.rows, report.input.deals.used]).toEqual([4, 4]);
    expect(report.issues).toContainEqual({
      tab: 'Deals',
      row: 2,
      column: null,
      code: 'stray_quote',
      message:
        'Line 2 of stray.csv opens a quote that is never closed; the line was read without it and the lines after it as rows of their own. Check this row.',
    });
  });

  it('a quote closed on a later line: 5 deals read as 5, not 2', () => {
    writeFileSync(join(dir, 'swallow.csv'), LINES.join('\n'));
    const run = runCli(['swallow.csv', '--today', TODAY], dir);
    expect(run.status).toBe(0);
    const report = readReport(join(dir, 'out/swallow-audit.json'));
    expect(report.input.deals.used).toBe(5);
    expect(report.issues.filter((issue) => issue.code === 'stray_quote').map((issue) => issue.row)).toEqual([
      2,
    ]);
  });
});

describe('workbooks as other programs write them', () => {
  it('a workbook without sheet views, a title row above the header, and its own "Sales Process Audit" tab', async () => {
    const workbook = new ExcelJS.Workbook();
    const deals = workbook.addWorksheet('Deals');
    deals.addRow(['Pipeline 2026']);
    deals.addRow(['Created', 'Stage', 'Value']);
    for (let i = 0; i < 6; i++)
      deals.addRow([new Date(Date.UTC(2026, i, 10)), i % 2 ? 'Won' : 'Lost', 100 + i]);
    workbook.addWorksheet('Sales Process Audit').addRow(['my notes']);
    // ExcelJS, like some exporters, writes no <sheetViews>; read back, such a sheet has views = null.
    await workbook.xlsx.writeFile(join(dir, 'noviews.xlsx'));

    const run = runCli(['noviews.xlsx', '--today', TODAY], dir);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const report = readReport(join(dir, 'out/noviews-audit.json'));
    expect([report.input.deals.rows, report.input.deals.used]).toEqual([6, 6]);
    const copy = await readWorkbook(join(dir, 'out/noviews-audit.xlsx'));
    expect(copy.worksheets.map((sheet) => sheet.name)).toEqual([
      'Deals',
      'Sales Process Audit',
      'Audit history',
      'Audit snapshots',
      'Audit settings',
    ]);
    expect(copy.getWorksheet('Sales Process Audit')!.getCell('A1').value).not.toBe('my notes');
  });
});

describe('workbooks ExcelJS reads but cannot write back', () => {
  it('a LibreOffice table without a style: the copy is a new workbook of its values, and the run says so', async () => {
    copyFileSync(join(ROOT, 'test/fixtures/xlsx/table-without-style.xlsx'), join(dir, 'libre.xlsx'));
    const run = runCli(['libre.xlsx', '--today', TODAY], dir);
    expect(run.stderr).toBe(
      'ExcelJS cannot write back part of libre.xlsx (e.g. a table without a style), so the copy is a new workbook of its values, without their formatting, beside the audit tabs.\n',
    );
    expect(run.status).toBe(0);
    const copy = await readWorkbook(join(dir, 'out/libre-audit.xlsx'));
    expect(copy.getWorksheet('Deals')!.getRow(2).values).toEqual([
      undefined,
      new Date(Date.UTC(2026, 0, 10)),
      'Lost',
      100,
    ]);
    expect(copy.getWorksheet('Sales Process Audit')).toBeDefined();
    expect(readReport(join(dir, 'out/libre-audit.json')).input.deals.used).toBe(6);
  });
});

describe('user text in the output', () => {
  it('stays text when it starts with =, + or @', async () => {
    const rows = [['Created', 'Stage', 'Value', 'Owner', 'Deal name']];
    for (let i = 1; i <= 8; i++)
      rows.push([`2026-0${1 + (i % 8)}-10`, i % 2 ? 'Won' : 'Lost', '100', '=2+3', `@SUM(A${i})`]);
    writeFileSync(join(dir, 'formulas.csv'), rows.map((row) => row.join(',')).join('\n'));
    const run = runCli(['formulas.csv', '--today', TODAY], dir);
    expect(run.status).toBe(0);
    const workbook = await readWorkbook(join(dir, 'out/formulas-audit.xlsx'));
    const deals = workbook.getWorksheet('Deals')!;
    expect(deals.getCell('D2').type).toBe(ExcelJS.ValueType.String);
    expect(deals.getCell('D2').value).toBe('=2+3');
    const ownerCells: ExcelJS.Cell[] = [];
    workbook.getWorksheet('Sales Process Audit')!.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.type === ExcelJS.ValueType.Formula || cell.value === '=2+3') ownerCells.push(cell);
      }),
    );
    expect(ownerCells.length).toBeGreaterThan(0);
    for (const cell of ownerCells) expect(cell.type).toBe(ExcelJS.ValueType.String);
  });
});

describe('a CSV over a megabyte', () => {
  it('finishes and reports its progress on stderr from the start', () => {
    const lines = ['Created,Stage,Value,Channel,Closed,Customer,Owner'];
    const stages = ['Won', 'Lost', 'Negotiation'];
    for (let i = 0; i < 20_000; i++) {
      const month = String(1 + (i % 10)).padStart(2, '0');
      const day = String(1 + (i % 27)).padStart(2, '0');
      const stage = stages[i % 3];
      const closed = stage === 'Negotiation' ? '' : `2026-${month}-28`;
      lines.push(
        `2026-${month}-${day},${stage},${100 + (i % 900)},Channel ${i % 7},${closed},Customer ${i % 20_000},Rep ${i % 9}`,
      );
    }
    writeFileSync(join(dir, 'big.csv'), `${lines.join('\n')}\n`);
    const run = runCli(['big.csv', '--today', TODAY], dir);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('Reading big.csv (1 MB)…\nAuditing…\nWriting…\n');
    expect(readReport(join(dir, 'out/big-audit.json')).input.deals.rows).toBe(20_000);
  });
});
