// Number cells the way owners type them: currency signs and codes, US or Polish notation, percent.
import { numberWriter } from '../i18n/numberFormat';
import type { Cell } from '../types';
import { isBlankCell, isDigits, isErrorCell, type Reading } from './reading';

const decimalSeparatorCache = new Map<string, '.' | ','>();

/** The locale's decimal separator ('.' for a locale Intl does not know, and without Intl for all but Polish). */
export function localeDecimalSeparator(locale: string): '.' | ',' {
  let separator = decimalSeparatorCache.get(locale);
  if (separator === undefined) {
    // "1.5" or "1,5": the character after the 1.
    separator = numberWriter(locale, { maximumFractionDigits: 1 }).format(1.5).charAt(1) === ',' ? ',' : '.';
    decimalSeparatorCache.set(locale, separator);
  }
  return separator;
}

const CURRENCY_CODES =
  'pln|usd|eur|gbp|chf|czk|sek|nok|dkk|huf|uah|ron|bgn|cad|aud|nzd|jpy|cny|inr|brl|mxn|zar|sgd|hkd|try';
const CURRENCY_SIGNS = '[$€£¥₹₽₴₺¢]|zł|zl|kr|kč|ft|lei';
const LEADING_CURRENCY = new RegExp(`^(?:${CURRENCY_SIGNS}|${CURRENCY_CODES})\\.?`);
const TRAILING_CURRENCY = new RegExp(`(?:${CURRENCY_SIGNS}|${CURRENCY_CODES})\\.?$`);
const NUMBER_SHAPE = /^(?:\d[\d.,]*|[.,]\d+)$/;
const WHOLE_AMOUNT = /(\d[.,])-$/;

/**
 * A number cell, or a text like `$22,700.00`, `1 234,56 zł`, `€1.234,56`, `PLN 500`, `(120)`, `15%`.
 * Where one separator could be either (`1.234`, `1,234`), the locale's decimal separator decides.
 * A trailing % divides by 100, as Sheets does when you type it.
 */
export function parseNumber(cell: Cell, locale: string): Reading<number> {
  if (typeof cell === 'number') return isFinite(cell) ? (cell === 0 ? 0 : cell) : 'invalid';
  // A run of 400 digits is Infinity to Number(): not a number the audit can use.
  if (typeof cell === 'string' && isDigits(cell, 0, cell.length)) return finiteOr(Number(cell));
  if (isBlankCell(cell)) return null;
  if (typeof cell !== 'string') return 'invalid';
  if (isErrorCell(cell)) return 'error';
  let text = cell.toLowerCase().replace(/[\s\u200b-\u200d'’]+/g, '');
  let negative = false;
  let signed = false;
  const parenthesized = /^\((.*)\)$/.exec(text);
  if (parenthesized) {
    negative = signed = true;
    text = parenthesized[1];
  }
  // One sign at most, before or after a leading currency (`-$5`, `$-5`): `--5` is a typo, not 5.
  const takeSign = (): boolean => {
    const sign = /^[-+\u2212]/.exec(text);
    if (sign === null) return true;
    if (signed) return false;
    signed = true;
    negative = sign[0] !== '+';
    text = text.slice(1);
    return true;
  };
  if (!takeSign()) return 'invalid';
  text = text.replace(LEADING_CURRENCY, '');
  if (!takeSign()) return 'invalid';
  text = text.replace(TRAILING_CURRENCY, '');
  const percent = text.endsWith('%');
  if (percent) text = text.slice(0, -1);
  // `1 500,- zł`: a dash for the fraction marks a whole amount, and tells which separator is the decimal one.
  text = text.replace(WHOLE_AMOUNT, (_, whole: string) => `${whole}00`);
  if (!NUMBER_SHAPE.test(text)) return 'invalid';
  const magnitude = readDigits(text, localeDecimalSeparator(locale));
  if (magnitude === null) return 'invalid';
  const value = (negative ? -magnitude : magnitude) / (percent ? 100 : 1);
  return value === 0 ? 0 : finiteOr(value);
}

function finiteOr(value: number): number | 'invalid' {
  return isFinite(value) ? value : 'invalid';
}

/** Digits with `.` and `,`: which one is the decimal separator, and are the thousands groups well formed. */
function readDigits(text: string, localeDecimal: '.' | ','): number | null {
  const lastDot = text.lastIndexOf('.');
  const lastComma = text.lastIndexOf(',');
  if (lastDot < 0 && lastComma < 0) return Number(text);
  let decimal: '.' | ',' | null;
  if (lastDot >= 0 && lastComma >= 0) {
    decimal = lastDot > lastComma ? '.' : ',';
  } else {
    const separator = lastDot >= 0 ? '.' : ',';
    const at = Math.max(lastDot, lastComma);
    const single = text.indexOf(separator) === at;
    const digitsAfter = text.length - at - 1;
    if (!single) decimal = null;
    else if (digitsAfter !== 3 || at === 0 || text.startsWith('0')) decimal = separator;
    else decimal = separator === localeDecimal ? separator : null;
  }
  const group = decimal === '.' ? ',' : decimal === ',' ? '.' : lastDot >= 0 ? '.' : ',';
  const decimalAt = decimal === null ? -1 : text.lastIndexOf(decimal);
  const integerPart = decimalAt < 0 ? text : text.slice(0, decimalAt);
  const fraction = decimalAt < 0 ? '' : text.slice(decimalAt + 1);
  if (!/^\d*$/.test(fraction)) return null;
  const groups = integerPart.split(group);
  if (
    groups.length > 1 &&
    !(/^\d{1,3}$/.test(groups[0]) && groups.slice(1).every((g) => /^\d{3}$/.test(g)))
  ) {
    return null;
  }
  const digits = groups.join('');
  if (!/^\d*$/.test(digits) || digits + fraction === '') return null;
  return Number(`${digits || '0'}.${fraction || '0'}`);
}
