import { keyNormalizer, normalizeHeader, normalizeKey } from '../../src/core/text';

describe('normalizeKey', () => {
  it('folds case, accents and the Polish ł, and collapses every kind of space', () => {
    expect(normalizeKey('  Kanał ')).toBe('kanal');
    expect(normalizeKey('KANAŁ')).toBe('kanal');
    expect(normalizeKey('Źródło\u00a0 leada')).toBe('zrodlo leada');
    expect(normalizeKey('Acme\u202fLtd\u2007Sp.\tz o.o.')).toBe('acme ltd sp. z o.o.');
    expect(normalizeKey('Zażółć gęślą jaźń')).toBe('zazolc gesla jazn');
  });

  it('drops zero-width characters and the byte order mark', () => {
    expect(normalizeKey('\ufeffDeal\u200b Name')).toBe('deal name');
  });

  it('keeps punctuation', () => {
    expect(normalizeKey('Up-sell')).toBe('up-sell');
  });
});

describe('normalizeHeader', () => {
  it('also ignores punctuation', () => {
    expect(normalizeHeader('Deal - Deal created')).toBe('deal deal created');
    expect(normalizeHeader('Follow-up')).toBe('follow up');
    expect(normalizeHeader('Probability (%)')).toBe('probability');
    expect(normalizeHeader('engage_date')).toBe('engage date');
    expect(normalizeHeader('Historia audytów')).toBe('historia audytow');
  });
});

describe('normalizeKey on plain ASCII', () => {
  it('lower-cases, and leaves texts with outer or doubled spaces or control characters to the full folding', () => {
    expect(normalizeKey('Acme Ltd.')).toBe('acme ltd.');
    expect(normalizeKey(' Acme  Ltd ')).toBe('acme ltd');
    expect(normalizeKey('Acme\tLtd')).toBe('acme ltd');
    expect(normalizeKey('')).toBe('');
    expect(normalizeKey(' ')).toBe('');
    expect(normalizeKey('~!@#$%^&*()_+{}|:"<>?`-=[]\\;\',./')).toBe('~!@#$%^&*()_+{}|:"<>?`-=[]\\;\',./');
  });
});

describe('keyNormalizer', () => {
  it('gives what normalizeKey gives, for plain and for folded texts, also when asked again', () => {
    const keyOf = keyNormalizer();
    for (const text of ['Acme Ltd', 'KANAŁ ', 'Źródło\u00a0 leada', 'Acme Ltd', 'KANAŁ ', ' x ']) {
      expect(keyOf(text)).toBe(normalizeKey(text));
    }
  });
});
