import {
  changeFormatFor,
  isoDateTimeToSerial,
  isoDateToSerial,
  numberFormatFor,
  RATING_COLORS,
  VERDICT_COLORS,
} from '../../../src/core/plan/formats';

// A column's format: the unit at its full precision (test/core/figures.test.ts pins each value's own format).
describe('numberFormatFor', () => {
  const nbsp = (text: string) => text.replace(/\u00a0/g, ' ');
  test.each([
    ['PLN', 'en', '#,##0" zł"'],
    ['pln', 'pl', '#,##0" zł"'],
    ['USD', 'en', '"$"#,##0'],
    ['GBP', 'en', '"£"#,##0'],
    ['EUR', 'en', '"€"#,##0'],
    ['EUR', 'pl', '#,##0" €"'],
    ['CHF', 'pl', '#,##0" CHF"'],
    ['', 'en', '#,##0'],
  ] as const)('currency %s (%s) → %s', (currency, lang, expected) => {
    expect(nbsp(numberFormatFor('currency', currency, lang))).toBe(expected);
  });

  test.each([
    ['PLN', 'en', '#,##0" zł/day"'],
    ['PLN', 'pl', '#,##0" zł/dzień"'],
    ['USD', 'en', '"$"#,##0"/day"'],
  ] as const)('currency per day %s (%s) → %s', (currency, lang, expected) => {
    expect(nbsp(numberFormatFor('currencyPerDay', currency, lang))).toBe(expected);
  });

  test('a currency setting with quotes cannot break out of the format literal', () => {
    expect(nbsp(numberFormatFor('currency', 'C"H;F', 'en'))).toBe('#,##0" CHF"');
  });

  test.each([
    ['count', 'en', '#,##0.0'],
    ['ratio', 'en', '0.0%'],
    ['days', 'en', '#,##0.0" days"'],
    ['days', 'pl', '#,##0.0" dni"'],
    ['points', 'en', '"+"#,##0" pts";"-"#,##0" pts";#,##0" pts"'],
    ['score', 'en', '#,##0.0'],
    ['multiple', 'pl', '#,##0.0"×"'],
  ] as const)('%s (%s) → %s', (unit, lang, expected) => {
    expect(numberFormatFor(unit, 'PLN', lang)).toBe(expected);
  });
});

test('change formats put ▲ before rises, ▼ before falls and = before no change', () => {
  expect(changeFormatFor('0.0%')).toBe('"▲ "0.0%;"▼ "0.0%;"= "0.0%');
});

test('dates become spreadsheet serial numbers', () => {
  expect(isoDateToSerial('1899-12-30')).toBe(0);
  expect(isoDateToSerial('2024-01-01')).toBe(45292);
  expect(isoDateToSerial('2024-02-30')).toBeNull();
  expect(isoDateToSerial('soon')).toBeNull();
  expect(isoDateTimeToSerial('2024-01-01T18:00:00Z')).toBe(45292.75);
  expect(isoDateTimeToSerial('2024-01-01')).toBe(45292);
  expect(isoDateTimeToSerial('01/01/2024')).toBeNull();
});

test('verdicts share the rating colors', () => {
  expect(VERDICT_COLORS).toEqual({
    strengthen: RATING_COLORS.green,
    modify: RATING_COLORS.amber,
    drop: RATING_COLORS.red,
    insufficient: RATING_COLORS.insufficient,
  });
});
