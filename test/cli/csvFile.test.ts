import iconv from 'iconv-lite';
import { detectSeparator, readCsv } from '../../src/cli/csvFile';

const utf8 = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));

describe('readCsv', () => {
  it('reads UTF-8 with a BOM, dropping the BOM from the first header', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Kanał,Wartość\nPolecenie,100\n')]);
    const content = readCsv(bytes);
    expect(content.encoding).toBe('utf-8');
    expect(content.grid).toEqual([
      ['Kanał', 'Wartość'],
      ['Polecenie', '100'],
    ]);
  });

  it('falls back to Windows-1250 when the bytes are not valid UTF-8', () => {
    const bytes = new Uint8Array(iconv.encode('Kanał;Wartość;Źródło\nŁódź;1234,56;Gość\n', 'windows-1250'));
    const content = readCsv(bytes);
    expect(content.encoding).toBe('windows-1250');
    expect(content.separator).toBe(';');
    expect(content.grid[0]).toEqual(['Kanał', 'Wartość', 'Źródło']);
    expect(content.grid[1]).toEqual(['Łódź', '1234,56', 'Gość']);
  });

  it('reads UTF-16 with a BOM, as Excel saves "Unicode text"', () => {
    const bytes = new Uint8Array([0xff, 0xfe, ...iconv.encode('Deal\tValue\nA\t5\n', 'utf-16le')]);
    const content = readCsv(bytes);
    expect(content.encoding).toBe('utf-16le');
    expect(content.separator).toBe('\t');
    expect(content.grid[1]).toEqual(['A', '5']);
  });

  it('keeps blank lines so that row numbers match the file', () => {
    expect(readCsv(utf8('a,b\n\n1,2')).grid).toEqual([['a', 'b'], [''], ['1', '2']]);
  });

  it.each([
    ['1234,56', true],
    ['1.234,56', true],
    ['1 234,56 zł', true],
    ['-12,5', true],
    ['1,234', false],
    ['Kowalski, Jan', false],
    ['2024-03-05', false],
  ])('in a ";" file, %s means decimal commas: %s', (value, expected) => {
    expect(readCsv(utf8(`Name;Value\nx;${value}\n`)).decimalComma).toBe(expected);
  });

  it('does not look for decimal commas in a "," file', () => {
    expect(readCsv(utf8('Name,Value\nx,"1234,56"\n')).decimalComma).toBe(false);
  });
});

describe('detectSeparator', () => {
  it('counts separators outside quotes, the one that splits the lines alike winning', () => {
    expect(detectSeparator('\n"a;b";"c;d",e,f\n')).toBe(',');
    expect(detectSeparator('a;b;c\n1,5;2,5;3\n')).toBe(';');
    expect(detectSeparator('single column\n')).toBe(',');
  });

  it('is not misled by a title line above a ";" or tab table', () => {
    expect(detectSeparator('Deals export, March 2026\nCreated;Stage;Value\n2026-03-01;Won;1,5\n')).toBe(';');
    expect(detectSeparator('Pipeline, all reps\nCreated\tStage\n2026-03-01\tWon\n')).toBe('\t');
  });
});

describe('encodings', () => {
  it('keeps valid UTF-8 without a BOM as UTF-8', () => {
    const content = readCsv(utf8('Name\nZażółć gęślą jaźń\n'));
    expect([content.encoding, content.grid[1][0]]).toEqual(['utf-8', 'Zażółć gęślą jaźń']);
  });

  it('reads a Spanish Salesforce export in Windows-1252 as such: Diseño, not Diseńo', () => {
    const text = 'Name,Industry\nDiseño Gráfico SL,Diseño\nPeña y Cía,Construcción\n';
    const content = readCsv(new Uint8Array(iconv.encode(text, 'windows-1252')));
    expect([content.encoding, content.encodingSure]).toEqual(['windows-1252', true]);
    expect(content.grid[1]).toEqual(['Diseño Gráfico SL', 'Diseño']);
  });

  it('reads Polish text in Windows-1250 as such', () => {
    const text = 'Klient,Miasto\nŁódzka Spółka,Łódź\nPiękny Dwór,Białystok\n';
    const content = readCsv(new Uint8Array(iconv.encode(text, 'windows-1250')));
    expect([content.encoding, content.encodingSure]).toEqual(['windows-1250', true]);
    expect(content.grid[1]).toEqual(['Łódzka Spółka', 'Łódź']);
  });

  it('reads the code page given, whatever the letters say', () => {
    const bytes = new Uint8Array(iconv.encode('Name\nDiseño\n', 'windows-1252'));
    expect(readCsv(bytes, { codePage: 'windows-1250' }).grid[1]).toEqual(['Diseńo']);
  });

  it('says when the letters cannot tell the code pages apart', () => {
    // ñ (1252) and ń (1250) are one byte; with ³ beside it neither page reads as a language.
    const content = readCsv(new Uint8Array([...utf8('Name\n'), 0xf1, 0xb3, 0xf1, 0xb3, 0x0a]));
    expect(content.encodingSure).toBe(false);
  });
});

describe('stray quotes', () => {
  const DEALS = [
    'Created,Stage,Customer,Value',
    '2026-01-05,Won,Acme,100',
    '2026-01-06,Won,"Beta Ltd,200',
    '2026-01-07,Lost,Gamma,300',
    '2026-01-08,Won,Delta,400',
    '2026-01-09,Won,"Epsilon, Inc",500',
  ];

  it('reads the rows after a quote that closes on a later line, instead of swallowing them', () => {
    const content = readCsv(utf8([...DEALS, '2026-01-10,Lost,"Zeta" Group,600', ''].join('\n')));
    expect(content.grid.length).toBe(7);
    expect(content.grid[2]).toEqual(['2026-01-06', 'Won', 'Beta Ltd', '200']);
    expect(content.grid[3]).toEqual(['2026-01-07', 'Lost', 'Gamma', '300']);
    expect(content.grid[5]).toEqual(['2026-01-09', 'Won', 'Epsilon, Inc', '500']);
    expect(content.grid[6]).toEqual(['2026-01-10', 'Lost', '"Zeta" Group', '600']);
    expect(content.strayQuotes).toEqual([{ row: 3, line: 3 }]);
  });

  it('reads to the end of a file whose quote is never closed', () => {
    const content = readCsv(utf8(DEALS.slice(0, 5).join('\r\n')));
    expect(content.grid.map((row) => row[2])).toEqual(['Customer', 'Acme', 'Beta Ltd', 'Gamma', 'Delta']);
    expect(content.strayQuotes).toEqual([{ row: 3, line: 3 }]);
  });

  it('keeps a quoted note over several lines, and counts lines after it right', () => {
    const text = 'Created,Stage,Note\n2026-01-05,Won,"first line\nsecond, line"\n2026-01-06,Lost,"x\n';
    const content = readCsv(utf8(text));
    expect(content.grid[1]).toEqual(['2026-01-05', 'Won', 'first line\nsecond, line']);
    expect(content.grid[2]).toEqual(['2026-01-06', 'Lost', 'x']);
    expect(content.strayQuotes).toEqual([{ row: 3, line: 4 }]);
  });

  it('keeps a quote inside an unquoted field as a character, with no issue', () => {
    const content = readCsv(
      utf8('Created,Stage,Product\n2026-01-05,Won,27" monitor\n2026-01-06,Lost,Desk\n'),
    );
    expect(content.grid.slice(1)).toEqual([
      ['2026-01-05', 'Won', '27" monitor'],
      ['2026-01-06', 'Lost', 'Desk'],
    ]);
    expect(content.strayQuotes).toEqual([]);
  });

  it('stops a quote from eating the file after 100 lines, even while more text is still to come', () => {
    const rows = Array.from(
      { length: 150 },
      (_, i) => `2026-02-${String((i % 28) + 1).padStart(2, '0')},Won,Row ${i},${i}`,
    );
    const text = ['Created,Stage,Customer,Value', '2026-01-05,Won,"Runaway,100', ...rows, ''].join('\n');
    const content = readCsv(utf8(text), { chunkBytes: 64 });
    expect(content.grid.length).toBe(152);
    expect(content.grid[1]).toEqual(['2026-01-05', 'Won', 'Runaway', '100']);
    expect(content.grid[151]).toEqual(['2026-02-10', 'Won', 'Row 149', '149']);
    expect(content.strayQuotes).toEqual([{ row: 2, line: 2 }]);
  });

  it('takes a record over several lines that is wider than the table for a stray quote', () => {
    const text = 'Created,Stage,Value\n2026-01-05,Won,"7\n2026-01-06",Lost,8\n2026-01-07,Won,9\n';
    const content = readCsv(utf8(text));
    expect(content.grid.slice(1)).toEqual([
      ['2026-01-05', 'Won', '7'],
      ['2026-01-06"', 'Lost', '8'],
      ['2026-01-07', 'Won', '9'],
    ]);
    expect(content.strayQuotes).toEqual([{ row: 2, line: 2 }]);
  });

  it('reads the same across chunk boundaries as in one piece', () => {
    const text = [...DEALS, '2026-01-11,Won,Zażółć,700', ''].join('\r\n').repeat(2);
    const whole = readCsv(utf8(text));
    const split = readCsv(utf8(text), { chunkBytes: 7 });
    expect(whole.grid[6][2]).toBe('Zażółć');
    expect(split.grid).toEqual(whole.grid);
    expect(split.strayQuotes).toEqual(whole.strayQuotes);
  });
});
