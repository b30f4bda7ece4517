// Which plural form a count takes in our two languages: the CLDR rules written out
// (https://www.unicode.org/cldr/charts/latest/supplemental/language_plural_rules.html), so a runtime without
// Intl.PluralRules still writes "2 transakcje" and "5 transakcji". They give what Intl.PluralRules gives for
// every number (test/core/i18n/pluralRules.test.ts checks them against it), and cost no formatter.
import type { Lang } from '../types';

export type PluralCategory = 'one' | 'few' | 'many' | 'other';

/**
 * CLDR's operands: i is the integer part of the count, v the number of visible fraction digits. A count with
 * a fraction (1.5 dnia) takes `other` in both languages. Polish: one for i = 1; few for i % 10 in 2..4 and
 * i % 100 not in 12..14; many for every other whole number. English: one for i = 1, else other.
 */
export function pluralCategory(lang: Lang, count: number): PluralCategory {
  if (!Number.isInteger(count)) return 'other';
  const i = Math.abs(count);
  if (i === 1) return 'one';
  if (lang === 'en') return 'other';
  const lastDigit = i % 10;
  const lastTwo = i % 100;
  return lastDigit >= 2 && lastDigit <= 4 && (lastTwo < 12 || lastTwo > 14) ? 'few' : 'many';
}
