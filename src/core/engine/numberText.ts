// Numbers written inside sentences (findings, verdict reasons, flags). The audit tab's cells carry raw
// numbers with number formats instead; only prose needs these.
import { t } from '../i18n/catalog';
import type { Lang, Unit } from '../types';

export interface NumberText {
  count(value: number): string;
  percent(ratio: number): string;
  currency(value: number): string;
  days(value: number): string;
  multiple(value: number): string;
  /** A value in its metric's unit. */
  of(value: number, unit: Unit): string;
}

const DEFAULT_LOCALE: Record<Lang, string> = { en: 'en-US', pl: 'pl-PL' };

/** The spreadsheet's locale when it speaks the audit's language, else that language's usual locale. */
function textLocale(lang: Lang, locale: string): string {
  return locale.toLowerCase().split(/[-_]/)[0] === lang ? locale.replace('_', '-') : DEFAULT_LOCALE[lang];
}

function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  try {
    return new Intl.NumberFormat(locale, options);
  } catch {
    // An unknown locale or currency code typed into the settings must not stop the audit.
    const { currency: _currency, style: _style, ...plain } = options;
    return new Intl.NumberFormat('en-US', plain);
  }
}

export function numberText(lang: Lang, locale: string, currencyCode: string): NumberText {
  const loc = textLocale(lang, locale);
  const oneDecimal = numberFormat(loc, { maximumFractionDigits: 1 });
  const percent = numberFormat(loc, { style: 'percent', maximumFractionDigits: 1 });
  const money = numberFormat(loc, {
    style: 'currency',
    currency: currencyCode,
    minimumFractionDigits: 0,
    maximumFractionDigits: 0,
  });
  const cents = numberFormat(loc, {
    style: 'currency',
    currency: currencyCode,
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  });
  // Cents only where they matter: small amounts that are not whole.
  const currency = (value: number): string =>
    (Math.abs(value) >= 100 || Number.isInteger(value) ? money : cents).format(value);
  // Lists of stale deals and slow owners write the same few hundred day counts thousands of times.
  const daysWritten = new Map<number, string>();
  const days = (value: number): string => {
    const rounded = Math.round(value * 10) / 10;
    let written = daysWritten.get(rounded);
    if (written === undefined) {
      written = t(lang, 'engine.unit.days', { n: rounded, v: oneDecimal.format(rounded) });
      daysWritten.set(rounded, written);
    }
    return written;
  };
  const twoDecimals = numberFormat(loc, { maximumFractionDigits: 2 });
  // An LTV:CAC of 0.04 must not read as 0×.
  const multiple = (value: number): string =>
    t(lang, 'engine.unit.multiple', { v: (Math.abs(value) < 1 ? twoDecimals : oneDecimal).format(value) });
  const text: NumberText = {
    count: (value) => oneDecimal.format(value),
    percent: (ratio) => percent.format(ratio),
    currency,
    days,
    multiple,
    of(value, unit) {
      switch (unit) {
        case 'ratio':
          return percent.format(value);
        case 'currency':
          return currency(value);
        case 'days':
          return days(value);
        case 'multiple':
          return multiple(value);
        case 'currencyPerDay':
          return t(lang, 'engine.unit.perDay', { v: currency(value) });
        case 'points':
          return numberFormat(loc, { maximumFractionDigits: 0, signDisplay: 'exceptZero' }).format(value);
        case 'count':
        case 'score':
          return oneDecimal.format(value);
      }
    },
  };
  return text;
}
