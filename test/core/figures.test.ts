import {
  changeFormat,
  dateFormat,
  dateText,
  dateTimeFormat,
  dateTimeText,
  decimalsOf,
  figureFormat,
  figureText,
  scoreText,
  type FigureContext,
} from '../../src/core/figures';
import type { Unit } from '../../src/core/types';

const NB = '\u00a0';
const en: FigureContext = { lang: 'en', locale: 'en-US', currency: 'USD' };
const pl: FigureContext = { lang: 'pl', locale: 'pl-PL', currency: 'PLN' };
/** Polish grouping and the sign before 'zł' are no-break spaces; written plainly here for reading. */
const plain = (text: string) => text.replace(/\u00a0/g, ' ');

// unit · value · English text · English tab format · Polish text · Polish tab format
const TABLE: [Unit, number, string, string, string, string][] = [
  ['count', 236, '236', '#,##0', '236', '#,##0'],
  ['count', 4.33, '4.3', '#,##0.0', '4,3', '#,##0.0'],
  ['count', 2.96, '3', '#,##0', '3', '#,##0'],
  ['ratio', 0.2288, '22.9%', '0.0%', '22,9%', '0.0%'],
  ['ratio', 0.21, '21%', '0%', '21%', '0%'],
  ['ratio', 0.12999, '13%', '0%', '13%', '0%'],
  // Money is whole everywhere: the CAC of one channel never shows cents while the next shows none.
  ['currency', 12480, '$12,480', '"$"#,##0', '12 480 zł', '#,##0" zł"'],
  ['currency', 431.5, '$432', '"$"#,##0', '432 zł', '#,##0" zł"'],
  ['currency', -16861.2, '-$16,861', '"$"#,##0', '-16 861 zł', '#,##0" zł"'],
  ['currencyPerDay', 1875.4, '$1,875/day', '"$"#,##0"/day"', '1875 zł/dzień', '#,##0" zł/dzień"'],
  ['days', 1, '1 day', '#,##0" day"', '1 dzień', '#,##0" dzień"'],
  ['days', 5, '5 days', '#,##0" days"', '5 dni', '#,##0" dni"'],
  ['days', 34.6, '34.6 days', '#,##0.0" days"', '34,6 dnia', '#,##0.0" dnia"'],
  ['days', 986.04, '986 days', '#,##0" days"', '986 dni', '#,##0" dni"'],
  [
    'points',
    42,
    '+42 pts',
    '"+"#,##0" pts";"-"#,##0" pts";#,##0" pts"',
    '+42 pkt',
    '"+"#,##0" pkt";"-"#,##0" pkt";#,##0" pkt"',
  ],
  [
    'points',
    -12.4,
    '-12 pts',
    '"+"#,##0" pts";"-"#,##0" pts";#,##0" pts"',
    '-12 pkt',
    '"+"#,##0" pkt";"-"#,##0" pkt";#,##0" pkt"',
  ],
  [
    'points',
    0,
    '0 pts',
    '"+"#,##0" pts";"-"#,##0" pts";#,##0" pts"',
    '0 pkt',
    '"+"#,##0" pkt";"-"#,##0" pkt";#,##0" pkt"',
  ],
  // Average satisfaction 4.2 of 5: the tab showed 4.2 and the sidebar 4 before one rule served both.
  ['score', 4.2, '4.2', '#,##0.0', '4,2', '#,##0.0'],
  ['multiple', 6.24, '6.2×', '#,##0.0"×"', '6,2×', '#,##0.0"×"'],
  ['multiple', 0.04, '0.04×', '#,##0.00"×"', '0,04×', '#,##0.00"×"'],
  ['multiple', 3, '3×', '#,##0"×"', '3×', '#,##0"×"'],
];

describe('one figure, one rounding: the text and the tab format come from one rule', () => {
  test.each(TABLE)('%s %d', (unit, value, enText, enFormat, plText, plFormat) => {
    expect(figureText(value, unit, en)).toBe(enText);
    expect(plain(figureFormat(value, unit, en))).toBe(enFormat);
    expect(plain(figureText(value, unit, pl))).toBe(plText);
    expect(plain(figureFormat(value, unit, pl))).toBe(plFormat);
  });

  test('the decimals of the text and of the format agree for every value of the table', () => {
    for (const [unit, value] of TABLE) {
      const format = figureFormat(value, unit, en).split(';')[0];
      const zeros = /\.(0+)/.exec(format)?.[1].length ?? 0;
      expect([unit, value, zeros]).toEqual([unit, value, decimalsOf(value, unit)]);
    }
  });

  test('a currency sign goes where the language writes it; other codes follow the amount', () => {
    expect(figureText(12480, 'currency', { ...en, currency: 'PLN' })).toBe(`12,480${NB}zł`);
    expect(figureText(1500, 'currency', { ...en, currency: 'EUR' })).toBe('€1,500');
    expect(plain(figureText(1500, 'currency', { ...pl, currency: 'EUR' }))).toBe('1500 €');
    expect(figureText(1500, 'currency', { ...en, currency: 'CHF' })).toBe(`1,500${NB}CHF`);
    expect(figureFormat(1500, 'currency', { ...en, currency: 'CHF' })).toBe(`#,##0"${NB}CHF"`);
  });

  test('a quote or other stray character in the currency cannot break the number format', () => {
    expect(figureFormat(10, 'currency', { ...en, currency: 'z"ł' })).toBe(`#,##0"${NB}Z"`);
  });

  test('a missing or non-finite value is a dash; a column without a value gets the unit’s full precision', () => {
    for (const value of [null, undefined, NaN, Infinity]) expect(figureText(value, 'ratio', en)).toBe('—');
    expect(figureFormat(null, 'ratio', en)).toBe('0.0%');
    expect(figureFormat(null, 'multiple', en)).toBe('#,##0.0"×"');
    expect(figureFormat(null, 'currency', en)).toBe('"$"#,##0');
  });

  test('the spreadsheet’s locale writes the text when it speaks the language, else the language’s own', () => {
    expect(figureText(0.125, 'ratio', { ...pl, locale: 'en-US' })).toBe('12,5%');
    expect(figureText(1234.5, 'count', { ...en, locale: 'de-DE' })).toBe('1,234.5');
  });

  test('a change is drawn as ▲ / ▼ with the value’s rounding', () => {
    expect(changeFormat(0.034, 'ratio', en)).toBe('"▲ "0.0%;"▼ "0.0%;"= "0.0%');
    expect(changeFormat(-5, 'points', en)).toBe('"▲ "#,##0" pts";"▼ "#,##0" pts";"= "#,##0" pts"');
  });

  test('scores are whole numbers', () => {
    expect(scoreText(52.8)).toBe('53');
    expect(scoreText(null)).toBe('—');
  });
});

describe('dates', () => {
  test('Polish output writes 27.11.2026, English keeps ISO', () => {
    expect(dateText('2026-11-27', 'pl')).toBe('27.11.2026');
    expect(dateText('2026-11-27', 'en')).toBe('2026-11-27');
    expect(dateTimeText('2026-11-27T09:05:00+01:00', 'pl')).toBe('27.11.2026 09:05');
    expect(dateTimeText('2026-11-27', 'pl')).toBe('27.11.2026');
    expect(dateText('yesterday', 'pl')).toBe('yesterday');
    expect(dateFormat('pl')).toBe('dd.mm.yyyy');
    expect(dateTimeFormat('en')).toBe('yyyy-mm-dd hh:mm');
  });
});
