import iconv from 'iconv-lite';
import { decodeCsv, detectSeparator, readCsv } from '../../src/cli/csvFile';

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
  it('counts separators on the first non-empty line, outside quotes', () => {
    expect(detectSeparator('\n"a;b";"c;d",e,f\n')).toBe(',');
    expect(detectSeparator('a;b;c\n1,5;2,5;3\n')).toBe(';');
    expect(detectSeparator('single column\n')).toBe(',');
  });
});

describe('decodeCsv', () => {
  it('keeps valid UTF-8 without a BOM as UTF-8', () => {
    expect(decodeCsv(utf8('Zażółć gęślą jaźń'))).toEqual({ text: 'Zażółć gęślą jaźń', encoding: 'utf-8' });
  });
});
