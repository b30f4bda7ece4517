import { t } from '../../src/core/i18n/catalog';
import {
  formatChange,
  formatScore,
  formatTrend,
  formatValue,
  type FormatContext,
} from '../../sidebar/format';

const NBSP = '\u00a0';
const en: FormatContext = { lang: 'en', locale: 'en-US', currency: 'PLN' };
const pl: FormatContext = { lang: 'pl', locale: 'pl-PL', currency: 'PLN' };

test('formatValue writes a figure by the core’s rules (test/core/figures.test.ts has the full table)', () => {
  expect(formatValue(4.2, 'score', en)).toBe('4.2');
  expect(formatValue(431.5, 'currency', pl)).toBe(`432${NBSP}zł`);
  expect(formatValue(34.6, 'days', pl)).toBe('34,6 dnia');
  expect(formatValue(null, 'ratio', en)).toBe('—');
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
