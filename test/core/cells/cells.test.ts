import { dateReader, isoToDay } from '../../../src/core/days';
import { detectDayFirst, localeIsDayFirst, parseDay, type DateContext } from '../../../src/core/cells/dates';
import { localeDecimalSeparator, parseNumber } from '../../../src/core/cells/numbers';
import { isValue, parseBoolean, readText } from '../../../src/core/cells/reading';

const day = (iso: string) => isoToDay(iso)!;

describe('parseNumber', () => {
  it.each([
    ['$22,700.00', 'en-US', 22700],
    ['$22,700.00', 'pl-PL', 22700],
    ['1 234,56 zł', 'pl-PL', 1234.56],
    ['1\u00a0234,56\u00a0zł', 'en-US', 1234.56],
    ['1\u202f234,56 PLN', 'pl-PL', 1234.56],
    ['€1.234,56', 'en-US', 1234.56],
    ['PLN 500', 'en-US', 500],
    ['500 PLN', 'pl-PL', 500],
    ['USD 1,250.50', 'pl-PL', 1250.5],
    ['1.234', 'pl-PL', 1234],
    ['1.234', 'en-US', 1.234],
    ['1,234', 'en-US', 1234],
    ['1,234', 'pl-PL', 1.234],
    ['1,5', 'en-US', 1.5],
    ['0,500', 'en-US', 0.5],
    ['1.234.567', 'en-US', 1234567],
    ['1,234,567.89', 'pl-PL', 1234567.89],
    ['  42  ', 'en-US', 42],
    ['(120)', 'en-US', -120],
    ['-$5.00', 'en-US', -5],
    ['$-5.00', 'en-US', -5],
    ['15%', 'en-US', 0.15],
    ['.5', 'en-US', 0.5],
  ])('reads %j in %s as %d', (text, locale, expected) => {
    expect(parseNumber(text, locale)).toBe(expected);
  });

  it('passes real numbers through and tells blank from invalid from error', () => {
    expect(parseNumber(1234.5, 'pl-PL')).toBe(1234.5);
    expect(parseNumber('', 'en-US')).toBeNull();
    expect(parseNumber('\u00a0 ', 'en-US')).toBeNull();
    expect(parseNumber(null, 'en-US')).toBeNull();
    expect(parseNumber(undefined, 'en-US')).toBeNull();
    expect(parseNumber('n/a', 'en-US')).toBe('invalid');
    expect(parseNumber('TBD', 'en-US')).toBe('invalid');
    expect(parseNumber('12abc', 'en-US')).toBe('invalid');
    expect(parseNumber('1.2.3', 'en-US')).toBe('invalid');
    expect(parseNumber('1,23,4', 'en-US')).toBe('invalid');
    expect(parseNumber(true, 'en-US')).toBe('invalid');
    expect(parseNumber(new Date(0), 'en-US')).toBe('invalid');
    expect(parseNumber(NaN, 'en-US')).toBe('invalid');
    expect(parseNumber('#N/A', 'en-US')).toBe('error');
    expect(parseNumber('#REF!', 'en-US')).toBe('error');
    expect(parseNumber('#DIV/0!', 'en-US')).toBe('error');
    expect(parseNumber('#VALUE!', 'en-US')).toBe('error');
  });

  it('reads a negative zero as zero', () => {
    expect(Object.is(parseNumber(-0, 'en-US'), 0)).toBe(true);
    expect(Object.is(parseNumber('-0', 'en-US'), 0)).toBe(true);
    expect(Object.is(parseNumber('(0,00 zł)', 'pl-PL'), 0)).toBe(true);
  });

  it('refuses a text with two signs rather than letting them cancel out', () => {
    expect(parseNumber('--5', 'en-US')).toBe('invalid');
    expect(parseNumber('-$-5', 'en-US')).toBe('invalid');
    expect(parseNumber('+-5', 'en-US')).toBe('invalid');
    expect(parseNumber('(-5)', 'en-US')).toBe('invalid');
  });

  it.each([
    ['1 500,- zł', 'pl-PL', 1500],
    ['1500,-', 'pl-PL', 1500],
    ['zł 1.500,-', 'pl-PL', 1500],
    ['250.-', 'en-US', 250],
  ])('reads the whole-amount notation %j in %s as %d', (text, locale, expected) => {
    expect(parseNumber(text, locale)).toBe(expected);
  });

  it('isValue narrows a reading to a value', () => {
    expect([5, 0, null, 'invalid', 'error'].map((r) => isValue(r as never))).toEqual([
      true,
      true,
      false,
      false,
      false,
    ]);
  });
});

describe('locale conventions', () => {
  it('takes the decimal separator and day/month order from Intl', () => {
    expect(localeDecimalSeparator('en-US')).toBe('.');
    expect(localeDecimalSeparator('pl-PL')).toBe(',');
    expect(localeDecimalSeparator('de-DE')).toBe(',');
    expect(localeDecimalSeparator('not a locale!')).toBe('.');
    expect(localeIsDayFirst('en-US')).toBe(false);
    expect(localeIsDayFirst('pl-PL')).toBe(true);
    expect(localeIsDayFirst('en-GB')).toBe(true);
    expect(localeIsDayFirst('not a locale!')).toBe(true);
  });
});

describe('parseBoolean', () => {
  it.each([
    ['Yes', true],
    ['no', false],
    ['Tak', true],
    ['NIE', false],
    ['TRUE', true],
    ['false', false],
    ['Fałsz', false],
    ['x', true],
    ['X', true],
    ['1', true],
    ['0', false],
    [1, true],
    [0, false],
    [true, true],
    [false, false],
  ])('reads %j as %s', (cell, expected) => {
    expect(parseBoolean(cell)).toBe(expected);
  });

  it('tells blank, invalid and error apart', () => {
    expect(parseBoolean('')).toBeNull();
    expect(parseBoolean('maybe')).toBe('invalid');
    expect(parseBoolean(2)).toBe('invalid');
    expect(parseBoolean('#N/A')).toBe('error');
  });
});

describe('parseDay', () => {
  const context: DateContext = { readDate: dateReader('UTC'), dayFirst: true, latestTwoDigitYear: 2034 };
  const monthFirst: DateContext = { ...context, dayFirst: false };

  it.each([
    ['2024-03-05', '2024-03-05'],
    ['2024-03-05T22:10:00Z', '2024-03-05'],
    ['2024-03-05 23:59', '2024-03-05'],
    ['2024/03/05', '2024-03-05'],
    ['05.03.2024', '2024-03-05'],
    ['05-03-2024', '2024-03-05'],
    ['5/3/2024', '2024-03-05'],
    ['5.3.24', '2024-03-05'],
    ['05.03.2024 10:00', '2024-03-05'],
    ['15 Apr, 2021 00:02:00', '2021-04-15'],
    ['Apr 15, 2021', '2021-04-15'],
    ['April 15th 2021 3:45 PM', '2021-04-15'],
    ['15-Apr-21', '2021-04-15'],
    ['Mon, 15 Apr 2024', '2024-04-15'],
    ['15 kwietnia 2024 r.', '2024-04-15'],
    ['15 kwi 2024', '2024-04-15'],
    ['3 października 2023', '2023-10-03'],
    ['1 Września 2023', '2023-09-01'],
    ['2024-03', '2024-03-01'],
    ['03.2024', '2024-03-01'],
    ['marzec 2024', '2024-03-01'],
    ['March 2024', '2024-03-01'],
    ['\u00a005.03.2024\u00a0', '2024-03-05'],
    ['05.03.2024 r.', '2024-03-05'],
    ['05.03.2024r.', '2024-03-05'],
    ['5 marca 2024r.', '2024-03-05'],
    ['2024-03-05 r', '2024-03-05'],
  ])('reads %j as %s (day first)', (text, iso) => {
    expect(parseDay(text, context)).toBe(day(iso));
  });

  it('reads a/b/yyyy month first when the column is month first', () => {
    expect(parseDay('5/3/2024', monthFirst)).toBe(day('2024-05-03'));
    expect(parseDay('3/15/2024', monthFirst)).toBe(day('2024-03-15'));
    expect(parseDay('3/15/2024', context)).toBe('invalid');
  });

  it('maps two-digit years into the hundred years ending ten years after today', () => {
    expect(parseDay('05.03.24', context)).toBe(day('2024-03-05'));
    expect(parseDay('05.03.34', context)).toBe(day('2034-03-05'));
    expect(parseDay('05.03.35', context)).toBe(day('1935-03-05'));
    expect(parseDay('05.03.99', context)).toBe(day('1999-03-05'));
    expect(parseDay('05.03.00', context)).toBe(day('2000-03-05'));
  });

  it('reads spreadsheet serial numbers in the plausible range only', () => {
    expect(parseDay(45356, context)).toBe(day('2024-03-05'));
    expect(parseDay(45356.75, context)).toBe(day('2024-03-05'));
    expect(parseDay(2024, context)).toBe('invalid');
    expect(parseDay(22700, context)).toBe('invalid');
    expect(parseDay(1e7, context)).toBe('invalid');
  });

  it('reads serial numbers written as text, as a CSV export of date cells holds them', () => {
    expect(parseDay('45356', context)).toBe(day('2024-03-05'));
    expect(parseDay(' 45356 ', context)).toBe(day('2024-03-05'));
    expect(parseDay('45356.75', context)).toBe(day('2024-03-05'));
    expect(parseDay('22700', context)).toBe('invalid');
  });

  it('reads Date cells as calendar days in the spreadsheet time zone', () => {
    const warsaw: DateContext = { ...context, readDate: dateReader('Europe/Warsaw') };
    expect(parseDay(new Date('2024-04-15T22:30:00Z'), warsaw)).toBe(day('2024-04-16'));
    expect(parseDay(new Date('2024-04-15T22:30:00Z'), context)).toBe(day('2024-04-15'));
    expect(parseDay(new Date(NaN), context)).toBe('invalid');
  });

  it('tells blank, invalid and error apart', () => {
    expect(parseDay('', context)).toBeNull();
    expect(parseDay(null, context)).toBeNull();
    expect(parseDay('31.02.2024', context)).toBe('invalid');
    expect(parseDay('2024-13-01', context)).toBe('invalid');
    expect(parseDay('soon', context)).toBe('invalid');
    expect(parseDay('15 Foo 2024', context)).toBe('invalid');
    expect(parseDay('10:30', context)).toBe('invalid');
    expect(parseDay(true, context)).toBe('invalid');
    expect(parseDay('#N/A', context)).toBe('error');
    expect(parseDay('#REF!', context)).toBe('error');
  });

  // A cell holds up to 50,000 characters; date patterns that backtrack over such a text took seconds per
  // cell, so a column of them would hang the audit.
  it('reads a cell of 50,000 separators or letters as invalid', () => {
    for (const filler of [',', 'T', ' T', 'T,', '1 T']) {
      expect(parseDay(filler.repeat(50_000 / filler.length), context)).toBe('invalid');
    }
  });
});

describe('detectDayFirst', () => {
  it('decides per column: a first part over 12 means day first, a second part over 12 month first', () => {
    expect(detectDayFirst(['5/3/2024', '25/3/2024'], 'en-US')).toBe(true);
    expect(detectDayFirst(['5/3/2024', '3/25/2024'], 'pl-PL')).toBe(false);
    expect(detectDayFirst(['05.03.2024 10:00', '13.03.2024 11:00'], 'en-US')).toBe(true);
  });

  it('leaves the locale to decide when every value is ambiguous', () => {
    expect(detectDayFirst(['5/3/2024', '1/2/2024', 45000, null], 'en-US')).toBe(false);
    expect(detectDayFirst(['5/3/2024', '1/2/2024'], 'pl-PL')).toBe(true);
    expect(detectDayFirst(['2024-03-25'], 'en-US')).toBe(false);
  });

  it('follows the majority when the column holds both orders', () => {
    expect(detectDayFirst(['25/3/2024', '26/3/2024', '3/27/2024'], 'en-US')).toBe(true);
  });
});

describe('readText', () => {
  it('trims, collapses non-breaking and repeated spaces, keeps case', () => {
    expect(readText('  Acme\u00a0 Ltd  ')).toBe('Acme Ltd');
    expect(readText(1234)).toBe('1234');
    expect(readText(new Date('2024-03-05T00:00:00Z'))).toBe('2024-03-05');
    expect(readText('   ')).toBeNull();
    expect(readText('#N/A')).toBe('error');
  });
});

describe('detectDayFirst with dotted dates', () => {
  it('reads an ambiguous dotted column day-first even where the locale is month-first', () => {
    expect(detectDayFirst(['05.03.2024', '01.02.2024'], 'en-US')).toBe(true);
    expect(detectDayFirst(['05.03.2024', '03.25.2024'], 'pl-PL')).toBe(false);
    expect(detectDayFirst(['05-03-2024'], 'en-US')).toBe(false);
  });
});
