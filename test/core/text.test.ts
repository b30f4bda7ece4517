import { normalizeHeader, normalizeKey } from '../../src/core/text';

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
