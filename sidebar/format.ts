// Display formatting of report numbers per unit. Pure (Intl only), so the core could reuse it.
import { t } from '../src/core/i18n/catalog';
import type { SidebarState } from '../src/core/server-api';
import type { Lang, Unit } from '../src/core/types';

export interface FormatContext {
  lang: Lang;
  /** BCP 47 locale for Intl, e.g. 'en-US', 'pl-PL'. */
  locale: string;
  /** ISO 4217 code. */
  currency: string;
}

const NO_VALUE = '—';

/** The report's locale when it speaks the sidebar's language (keeps en-GB dates), else the language's default. */
export function displayLocale(lang: Lang, reportLocale: string | null | undefined): string {
  if (reportLocale && reportLocale.toLowerCase().split(/[-_]/)[0] === lang)
    return reportLocale.replace('_', '-');
  return lang === 'pl' ? 'pl-PL' : 'en-US';
}

function formatNumber(value: number, locale: string, options: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(locale, options).format(value);
}

/** Whole amounts from 1,000 up (cents are noise there), two decimals below. */
export function formatCurrency(value: number, context: FormatContext): string {
  const digits = Math.abs(value) >= 1000 ? 0 : 2;
  const options = { minimumFractionDigits: digits, maximumFractionDigits: digits };
  try {
    return formatNumber(value, context.locale, { ...options, style: 'currency', currency: context.currency });
  } catch {
    // A malformed currency code in the settings tab must not break the whole view.
    return `${formatNumber(value, context.locale, options)} ${context.currency}`;
  }
}

export function formatValue(value: number | null | undefined, unit: Unit, context: FormatContext): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return NO_VALUE;
  const { lang, locale } = context;
  const decimals = (max: number) => formatNumber(value, locale, { maximumFractionDigits: max });
  switch (unit) {
    case 'count':
      return decimals(1);
    case 'score':
      return decimals(0);
    case 'ratio':
      return formatNumber(value, locale, { style: 'percent', maximumFractionDigits: 1 });
    case 'currency':
      return formatCurrency(value, context);
    case 'currencyPerDay':
      return t(lang, 'sidebar.unit.perDay', { value: formatCurrency(value, context) });
    case 'days':
      return t(lang, 'sidebar.unit.days', { n: value, value: decimals(1) });
    case 'points':
      return t(lang, 'sidebar.unit.points', {
        value: formatNumber(value, locale, { maximumFractionDigits: 0, signDisplay: 'exceptZero' }),
      });
    case 'multiple':
      return t(lang, 'sidebar.unit.multiple', { value: decimals(1) });
  }
}

export function formatDateTime(iso: string, locale: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** Scores are 0–100; a whole number is all the precision a reader needs. */
export function formatScore(score: number | null, lang: Lang): string {
  return score === null
    ? t(lang, 'sidebar.audit.noScore')
    : t(lang, 'sidebar.audit.score', { score: Math.round(score) });
}

/** The ▲/▼ line of a score against the previous one; null when there is nothing to compare. */
export function formatTrend(
  current: number | null,
  previous: number | null | undefined,
  lang: Lang,
): string | null {
  if (current === null || previous === null || previous === undefined) return null;
  const delta = Math.round(current) - Math.round(previous);
  if (delta > 0) return t(lang, 'sidebar.audit.trendUp', { delta });
  if (delta < 0) return t(lang, 'sidebar.audit.trendDown', { delta: -delta });
  return t(lang, 'sidebar.audit.trendSame');
}

/** A metric against its value in the previous audit, the previous value written in the metric's unit. */
export function formatChange(
  value: number | null,
  previous: number | null | undefined,
  unit: Unit,
  context: FormatContext,
): string | null {
  if (value === null || previous === null || previous === undefined) return null;
  const shown = formatValue(previous, unit, context);
  // Compare what the reader sees, so 21.04% against 21.01% is not called a rise.
  if (formatValue(value, unit, context) === shown) return t(context.lang, 'sidebar.audit.changeSame');
  return t(context.lang, value > previous ? 'sidebar.audit.changeUp' : 'sidebar.audit.changeDown', {
    previous: shown,
  });
}

export function formatContextOf(state: SidebarState): FormatContext {
  return {
    lang: state.language,
    locale: displayLocale(state.language, state.report?.locale),
    currency: state.report?.currency ?? state.settings.currency,
  };
}
