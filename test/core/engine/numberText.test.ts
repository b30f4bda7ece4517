import { numberText } from '../../../src/core/engine/numberText';

describe('numbers inside sentences', () => {
  const en = numberText('en', 'en-US', 'USD');
  const pl = numberText('pl', 'pl-PL', 'PLN');
  const nbsp = (text: string) => text.replace(/\u00a0/g, ' ');

  it('writes currency in whole units, as the audit tab does', () => {
    expect(en.currency(1234.56)).toBe('$1,235');
    expect(en.currency(80)).toBe('$80');
    expect(en.currency(12.5)).toBe('$13');
    expect(nbsp(pl.currency(12345))).toBe('12 345 zł');
  });

  it('writes days with the right plural form', () => {
    expect([1, 2, 5, 22, 2.5].map((n) => pl.days(n))).toEqual([
      '1 dzień',
      '2 dni',
      '5 dni',
      '22 dni',
      '2,5 dnia',
    ]);
    expect([1, 3, 1.5].map((n) => en.days(n))).toEqual(['1 day', '3 days', '1.5 days']);
  });

  it('writes units of metrics', () => {
    expect(en.of(0.125, 'ratio')).toBe('12.5%');
    expect(en.of(-12.4, 'points')).toBe('-12 pts');
    expect(en.of(30, 'points')).toBe('+30 pts');
    expect(en.of(0.04, 'multiple')).toBe('0.04×');
    expect(en.of(12.34, 'multiple')).toBe('12.3×');
    expect(nbsp(pl.of(250, 'currencyPerDay'))).toBe('250 zł/dzień');
  });

  it('writes numbers in the language’s own locale when the spreadsheet speaks another', () => {
    expect(numberText('pl', 'en-US', 'PLN').percent(0.125)).toBe('12,5%');
  });

  it('survives an unknown currency code', () => {
    expect(numberText('en', 'en-US', 'XX1').currency(1500)).toBe('1,500\u00a0XX');
  });
});
