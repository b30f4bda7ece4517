import { quoted, quotedParams, shortened, writableCell } from '../../../src/core/cells/writing';

describe('shortened', () => {
  it('keeps a text that fits, to the last character', () => {
    expect(shortened('Cold calling', 12)).toBe('Cold calling');
  });

  it('cuts a longer text to the limit, the ellipsis included', () => {
    expect(shortened('Cold calling', 8)).toBe('Cold ca…');
    expect(shortened('x'.repeat(60_000), 32_767)).toHaveLength(32_767);
    expect(shortened('x'.repeat(60_000), 32_767).endsWith('x…')).toBe(true);
  });

  it('never splits an emoji (a surrogate pair) in two', () => {
    // 'ab' + 😀 is 4 UTF-16 units; cut to 4 the emoji would be halved at unit 3.
    expect(shortened('ab😀cd', 4)).toBe('ab…');
    expect(shortened('ab😀cd', 5)).toBe('ab😀…');
  });
});

describe('quoted', () => {
  it('quotes a name of up to 100 characters whole and a longer one as its first 99 and an ellipsis', () => {
    const name = 'y'.repeat(100);
    expect(quoted(name)).toBe(name);
    expect(quoted(name + 'z')).toBe('y'.repeat(99) + '…');
  });

  it('shortens only the text parameters of a message', () => {
    expect(quotedParams({ value: 'v'.repeat(500), n: 123456789 })).toEqual({
      value: 'v'.repeat(99) + '…',
      n: 123456789,
    });
  });
});

describe('writableCell', () => {
  it('writes a number that is not finite as an empty cell', () => {
    expect(writableCell(Infinity, 10)).toBeNull();
    expect(writableCell(-Infinity, 10)).toBeNull();
    expect(writableCell(NaN, 10)).toBeNull();
    expect(writableCell(1e308, 10)).toBe(1e308);
    expect(writableCell(0, 10)).toBe(0);
  });

  it("cuts text to the target's limit: 50,000 in Sheets, 32,767 in Excel", () => {
    const text = 'a'.repeat(60_000);
    expect(writableCell(text, 50_000)).toHaveLength(50_000);
    expect(writableCell(text, 32_767)).toHaveLength(32_767);
    expect(writableCell('short', 32_767)).toBe('short');
  });

  it('passes dates, booleans and empty cells through', () => {
    const date = new Date(Date.UTC(2024, 5, 30));
    expect(writableCell(date, 5)).toBe(date);
    expect(writableCell(true, 5)).toBe(true);
    expect(writableCell(null, 5)).toBeNull();
  });
});
