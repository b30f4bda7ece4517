// The plural rules written out give the forms Intl.PluralRules gives, so the texts read the same where a
// runtime lacks it.
import { plural } from '../../../src/core/i18n/format';
import { pluralCategory } from '../../../src/core/i18n/pluralRules';

const DEALS = {
  one: '{n} transakcja',
  few: '{n} transakcje',
  many: '{n} transakcji',
  other: '{n} transakcji',
};
const DAYS = { one: '{n} dzień', few: '{n} dni', many: '{n} dni', other: '{n} dnia' };

describe('pluralCategory', () => {
  it.each([
    [0, 'many', 'other'],
    [1, 'one', 'one'],
    [2, 'few', 'other'],
    [4, 'few', 'other'],
    [5, 'many', 'other'],
    [11, 'many', 'other'],
    [12, 'many', 'other'],
    [14, 'many', 'other'],
    [21, 'many', 'other'],
    [22, 'few', 'other'],
    [101, 'many', 'other'],
    [112, 'many', 'other'],
    [122, 'few', 'other'],
    [1002, 'few', 'other'],
    [-2, 'few', 'other'],
    [0.5, 'other', 'other'],
    [1.5, 'other', 'other'],
    [2.25, 'other', 'other'],
    [22.5, 'other', 'other'],
  ] as const)('%p is %s in Polish and %s in English', (count, pl, en) => {
    expect([pluralCategory('pl', count), pluralCategory('en', count)]).toEqual([pl, en]);
  });

  it('agrees with Intl.PluralRules for every whole number to 1,000 and for fractions', () => {
    const counts = [
      ...Array.from({ length: 1001 }, (_, i) => i),
      ...Array.from({ length: 200 }, (_, i) => i / 4 + 0.25),
      -1,
      -3,
      -12,
    ];
    for (const lang of ['pl', 'en'] as const) {
      const intl = new Intl.PluralRules(lang);
      const disagree = counts.filter((n) => pluralCategory(lang, n) !== intl.select(n));
      expect(disagree).toEqual([]);
    }
  });
});

describe('plural without Intl.PluralRules', () => {
  const saved = Intl.PluralRules;
  beforeAll(() => {
    delete (Intl as { PluralRules?: unknown }).PluralRules;
  });
  afterAll(() => {
    Object.assign(Intl, { PluralRules: saved });
  });

  it('writes Polish counts and fractions in their forms', () => {
    expect(typeof (Intl as { PluralRules?: unknown }).PluralRules).toBe('undefined');
    expect([1, 2, 5, 12, 22, 25, 112, 122].map((n) => plural('pl', n, DEALS))).toEqual([
      '1 transakcja',
      '2 transakcje',
      '5 transakcji',
      '12 transakcji',
      '22 transakcje',
      '25 transakcji',
      '112 transakcji',
      '122 transakcje',
    ]);
    expect([1, 3, 1.5].map((n) => plural('pl', n, DAYS))).toEqual(['1 dzień', '3 dni', '1.5 dnia']);
    expect([1, 2, 1.5].map((n) => plural('en', n, { one: '{n} deal', other: '{n} deals' }))).toEqual([
      '1 deal',
      '2 deals',
      '1.5 deals',
    ]);
  });
});
