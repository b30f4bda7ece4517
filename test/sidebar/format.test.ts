import { t } from '../../src/core/i18n/catalog';
import {
  displayLocale,
  formatChange,
  formatDateTime,
  formatScore,
  formatTrend,
  formatValue,
  type FormatContext,
} from '../../sidebar/format';

const NBSP = '\u00a0';
const en: FormatContext = { lang: 'en', locale: 'en-US', currency: 'PLN' };
const pl: FormatContext = { lang: 'pl', locale: 'pl-PL', currency: 'PLN' };

describe('formatValue', () => {
  test.each([
    ['count', 236, '236', '236'],
    ['count', 4.33, '4.3', '4,3'],
    ['ratio', 0.2288, '22.9%', '22,9%'],
    ['ratio', 0.21, '21%', '21%'],
    ['currency', 12480, `PLN${NBSP}12,480`, `12${NBSP}480${NBSP}zł`],
    ['currency', 431.5, `PLN${NBSP}431.50`, `431,50${NBSP}zł`],
    ['currencyPerDay', 1875.4, `PLN${NBSP}1,875/day`, `1875${NBSP}zł/dzień`],
    ['days', 1, '1 day', '1 dzień'],
    ['days', 3, '3 days', '3 dni'],
    ['days', 5, '5 days', '5 dni'],
    ['days', 34.6, '34.6 days', '34,6 dnia'],
    ['points', 42, '+42 pts', '+42 pkt'],
    ['points', -12, '-12 pts', '-12 pkt'],
    ['points', 0, '0 pts', '0 pkt'],
    ['multiple', 2.44, '2.4×', '2,4×'],
    ['score', 83.3, '83', '83'],
  ] as const)('%s %d', (unit, value, english, polish) => {
    expect(formatValue(value, unit, en)).toBe(english);
    expect(formatValue(value, unit, pl)).toBe(polish);
  });

  test.each([null, undefined, NaN, Infinity])('%s is shown as a dash', (value) => {
    expect(formatValue(value, 'ratio', en)).toBe('—');
  });

  test('a malformed currency code in the settings still shows the amount', () => {
    expect(formatValue(1500, 'currency', { ...en, currency: 'zloty' })).toBe('1,500 zloty');
  });
});

test('displayLocale keeps the report locale only when it speaks the sidebar language', () => {
  expect(displayLocale('en', 'en-GB')).toBe('en-GB');
  expect(displayLocale('en', 'pl-PL')).toBe('en-US');
  expect(displayLocale('pl', 'pl_PL')).toBe('pl-PL');
  expect(displayLocale('pl', undefined)).toBe('pl-PL');
});

test('formatDateTime writes a run time in the locale, and leaves a non-date as it is', () => {
  // The time zone of the machine running the test decides the hour, so only the date part is fixed here.
  expect(formatDateTime('2024-06-03T12:00:00Z', 'en-US')).toMatch(/^Jun 3, 2024, /);
  expect(formatDateTime('2024-06-03T12:00:00Z', 'pl-PL')).toMatch(/^3 cze 2024, /);
  expect(formatDateTime('yesterday', 'en-US')).toBe('yesterday');
});

test('formatScore and formatTrend round to whole points', () => {
  expect(formatScore(52.8, 'en')).toBe('53 / 100');
  expect(formatScore(null, 'pl')).toBe('—');
  expect(formatTrend(52.8, 59, 'en')).toBe('▼ 6 points since the previous audit');
  expect(formatTrend(60, 58.6, 'en')).toBe('▲ 1 point since the previous audit');
  expect(formatTrend(61, 52.8, 'pl')).toBe('▲ 8 pkt od poprzedniego audytu');
  expect(formatTrend(59.4, 58.6, 'en')).toBe('No change since the previous audit');
  expect(formatTrend(59, null, 'en')).toBeNull();
  expect(formatTrend(null, 40, 'en')).toBeNull();
});

test('formatChange names the previous value in the metric unit', () => {
  expect(formatChange(0.21, 0.24, 'ratio', en)).toBe('▼ down from 24%');
  expect(formatChange(236, 210, 'count', pl)).toBe('▲ wzrost z 210');
  expect(formatChange(0.2104, 0.2101, 'ratio', en)).toBe(t('en', 'sidebar.audit.changeSame'));
  expect(formatChange(0.21, undefined, 'ratio', en)).toBeNull();
});
