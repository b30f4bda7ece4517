// How a figure is written: one rule per unit for its rounding and its words, from which both the audit tab's
// number formats and every text (sentences of the engine, the sidebar, the runner's console) are derived, so
// the same figure shows with the same rounding wherever it appears (SPEC §4.1).
import { t } from './i18n/catalog';
import { numberWriter, type NumberWriter } from './i18n/numberFormat';
import type { Lang, Unit } from './types';

export interface FigureContext {
  lang: Lang;
  /** The spreadsheet's (or the runner's) locale, e.g. 'pl-PL'; texts use it when it speaks `lang`. */
  locale: string;
  /** ISO 4217 code. */
  currency: string;
}

/** What a missing value is shown as. */
export const NO_FIGURE = '—';
const NBSP = '\u00a0';

/**
 * Most decimals a value of the unit is shown with. Money is whole (cents next to thousands are noise, and a
 * column must not mix the two); a multiple below 1 keeps two, so an LTV:CAC of 0.04 does not read as 0×.
 */
function maxDecimals(value: number, unit: Unit): number {
  switch (unit) {
    case 'currency':
    case 'currencyPerDay':
    case 'points':
      return 0;
    case 'multiple':
      return Math.abs(value) < 1 ? 2 : 1;
    case 'count':
    case 'ratio':
    case 'days':
    case 'score':
      return 1;
  }
}

/** The decimals a value is shown with: its unit's precision, without trailing zeros (21%, 22.9%, 3 days). */
export function decimalsOf(value: number, unit: Unit): number {
  const max = maxDecimals(value, unit);
  const scaled = unit === 'ratio' ? value * 100 : value;
  const fixed = Math.abs(scaled).toFixed(max);
  const fraction = fixed.includes('.') ? fixed.slice(fixed.indexOf('.') + 1).replace(/0+$/, '') : '';
  return fraction.length;
}

const DEFAULT_LOCALE: Record<Lang, string> = { en: 'en-US', pl: 'pl-PL' };

/** The given locale when it speaks the language (keeps en-GB's habits), else the language's usual locale. */
export function textLocale(lang: Lang, locale: string | null | undefined): string {
  if (locale && locale.toLowerCase().split(/[-_]/)[0] === lang) return locale.replace('_', '-');
  return DEFAULT_LOCALE[lang];
}

// Building an Intl.NumberFormat is slow next to using one, and lists write thousands of figures.
const formatters = new Map<string, NumberWriter>();

function numberFormatter(locale: string, style: 'decimal' | 'percent', decimals: number): NumberWriter {
  const key = `${locale}|${style}|${decimals}`;
  let formatter = formatters.get(key);
  if (formatter === undefined) {
    formatter = numberWriter(locale, {
      style,
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
    });
    formatters.set(key, formatter);
  }
  return formatter;
}

/** Currencies written with a sign; any other code is written after the amount, e.g. `12,500 CHF`. */
const CURRENCY_SIGNS: Record<string, string> = { USD: '$', GBP: '£', EUR: '€', PLN: 'zł' };
/** English puts these signs before the amount ($1,200); Polish writes every currency after it (1 200 zł). */
const SIGN_BEFORE_IN_ENGLISH = new Set(['USD', 'GBP', 'EUR']);

interface Affixes {
  prefix: string;
  suffix: string;
}

function currencyAffixes(currency: string, lang: Lang): Affixes {
  // Only letters: a quote inside a Sheets number format would end its literal.
  const code = currency
    .toUpperCase()
    .replace(/[^A-Z]/g, '')
    .slice(0, 3);
  const sign = CURRENCY_SIGNS[code] ?? code;
  if (sign === '') return { prefix: '', suffix: '' };
  if (lang === 'en' && SIGN_BEFORE_IN_ENGLISH.has(code)) return { prefix: sign, suffix: '' };
  return { prefix: '', suffix: `${NBSP}${sign}` };
}

/** The words around a number of the unit; days take the plural form of the number as shown. */
function affixes(unit: Unit, context: FigureContext, shown: number): Affixes {
  const { lang } = context;
  switch (unit) {
    case 'currency':
      return currencyAffixes(context.currency, lang);
    case 'currencyPerDay': {
      const money = currencyAffixes(context.currency, lang);
      return { prefix: money.prefix, suffix: money.suffix + t(lang, 'figure.perDay') };
    }
    case 'days':
      return { prefix: '', suffix: ` ${t(lang, 'figure.days', { n: shown })}` };
    case 'points':
      return { prefix: '', suffix: ` ${t(lang, 'figure.points')}` };
    case 'multiple':
      return { prefix: '', suffix: t(lang, 'figure.times') };
    case 'count':
    case 'ratio':
    case 'score':
      return { prefix: '', suffix: '' };
  }
}

/** The value rounded as it is shown, e.g. for the plural of "days". */
function roundedAs(value: number, decimals: number): number {
  return Number(value.toFixed(decimals));
}

/**
 * A multiple's number without its sign, rounded as the figure is (`6,2` of `6,2×`), for sentences that say
 * "6,2 razy więcej … niż" rather than "6,2× tyle".
 */
export function multipleNumber(value: number, context: Pick<FigureContext, 'lang' | 'locale'>): string {
  const locale = textLocale(context.lang, context.locale);
  return numberFormatter(locale, 'decimal', decimalsOf(value, 'multiple')).format(value);
}

/** A figure as text, e.g. `$1,235`, `22.9%`, `34,6 dnia`, `+12 pts`, `0.04×`; a missing one as a dash. */
export function figureText(value: number | null | undefined, unit: Unit, context: FigureContext): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return NO_FIGURE;
  const decimals = decimalsOf(value, unit);
  const locale = textLocale(context.lang, context.locale);
  const { prefix, suffix } = affixes(unit, context, roundedAs(Math.abs(value), decimals));
  if (unit === 'ratio') return numberFormatter(locale, 'percent', decimals).format(value);
  const number = numberFormatter(locale, 'decimal', decimals).format(Math.abs(value));
  const negative = value < 0 && roundedAs(value, decimals) !== 0;
  const sign = negative ? '-' : unit === 'points' && roundedAs(value, decimals) !== 0 ? '+' : '';
  return `${sign}${prefix}${number}${suffix}`;
}

const quoted = (text: string) => (text ? `"${text}"` : '');

/** The one-section Sheets pattern, without any sign: `"$"#,##0`, `0.0%`, `#,##0.0" dnia"`. */
function pattern(unit: Unit, context: FigureContext, decimals: number, shown: number): string {
  const fraction = decimals > 0 ? `.${'0'.repeat(decimals)}` : '';
  if (unit === 'ratio') return `0${fraction}%`;
  const { prefix, suffix } = affixes(unit, context, shown);
  return `${quoted(prefix)}#,##0${fraction}${quoted(suffix)}`;
}

/** The pattern of one value, or of a column of the unit (its full precision, "days" in the plural). */
function patternOf(value: number | null, unit: Unit, context: FigureContext): string {
  if (value === null || !Number.isFinite(value)) return pattern(unit, context, maxDecimals(1.5, unit), 5);
  const decimals = decimalsOf(value, unit);
  return pattern(unit, context, decimals, roundedAs(Math.abs(value), decimals));
}

/**
 * The Sheets number format of one cell holding `value`: the text figureText writes for it, as a format.
 * Without a value (a column's format), the unit's format at its full precision.
 */
export function figureFormat(value: number | null, unit: Unit, context: FigureContext): string {
  const body = patternOf(value, unit, context);
  // A format with a negative section shows the absolute value, so the sign is written by each section.
  return unit === 'points' ? `"+"${body};"-"${body};${body}` : body;
}

/** The format of a ▲ / ▼ change of `delta` in the unit: the sign becomes the arrow. */
export function changeFormat(delta: number | null, unit: Unit, context: FigureContext): string {
  const body = patternOf(delta, unit, context);
  return `"▲ "${body};"▼ "${body};"= "${body}`;
}

/** Scores (0–100) are whole numbers everywhere: `53`. */
export const SCORE_FORMAT = '0';
export function scoreText(score: number | null): string {
  return score === null ? NO_FIGURE : String(Math.round(score));
}

/** Dates as the language writes them: 2026-11-27 in English output, 27.11.2026 in Polish. */
export function dateFormat(lang: Lang): string {
  return lang === 'pl' ? 'dd.mm.yyyy' : 'yyyy-mm-dd';
}

export function dateTimeFormat(lang: Lang): string {
  return `${dateFormat(lang)} hh:mm`;
}

const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?/;

/** An ISO date (or the date part of a date-time) as dateFormat shows it; other text is left as it is. */
export function dateText(iso: string, lang: Lang): string {
  const match = ISO_DATE_TIME.exec(iso);
  if (!match) return iso;
  const [, year, month, day] = match;
  return lang === 'pl' ? `${day}.${month}.${year}` : `${year}-${month}-${day}`;
}

/** A `YYYY-MM` month as the language writes it: 2026-11 in English output, 11.2026 in Polish. */
export function monthText(month: string, lang: Lang): string {
  const [year, number] = month.split('-');
  return lang === 'pl' ? `${number}.${year}` : month;
}

/** An ISO date-time as the wall-clock time written in it (like the audit tab's run time), e.g. 27.11.2026 12:00. */
export function dateTimeText(iso: string, lang: Lang): string {
  const match = ISO_DATE_TIME.exec(iso);
  if (!match) return iso;
  return match[4] === undefined ? dateText(iso, lang) : `${dateText(iso, lang)} ${match[4]}:${match[5]}`;
}
