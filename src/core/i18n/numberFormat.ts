// Numbers as a locale writes them: Intl.NumberFormat where the runtime has it, and written out where it has
// not (issue 14: no Intl piece is assumed, as for time zones and plural rules). Google's V8 runtime page
// promises modern JavaScript, not how much of Intl; without this, a runtime lacking Intl.NumberFormat would
// stop every audit at its first figure, so the dates the zone fallback keeps right would never be shown. The
// written-out form is what Intl writes in en-US and pl-PL, the two languages the audit speaks: English
// 1,234.5, Polish 1234,5 and 12 345,5 (a no-break space, four-digit numbers not grouped); any other locale is
// written the English way.

export interface NumberFormatOptions {
  style?: 'decimal' | 'percent';
  minimumFractionDigits?: number;
  maximumFractionDigits: number;
}

export interface NumberWriter {
  format(value: number): string;
}

/** Intl's writer for the locale (en-US's for a tag Intl refuses), or the written-out one where Intl has none. */
export function numberWriter(locale: string, options: NumberFormatOptions): NumberWriter {
  try {
    return new Intl.NumberFormat(locale, options);
  } catch {
    // A malformed locale tag, or no Intl.NumberFormat at all: the next attempt tells which.
  }
  try {
    return new Intl.NumberFormat('en-US', options);
  } catch {
    return { format: (value) => writtenOut(value, SEPARATORS[languageOf(locale)], options) };
  }
}

interface Separators {
  group: string;
  decimal: string;
  /** Digits before the decimal point from which they are grouped in threes (CLDR's minimumGroupingDigits + 3). */
  groupFrom: number;
}

const SEPARATORS: Record<'en' | 'pl', Separators> = {
  en: { group: ',', decimal: '.', groupFrom: 4 },
  pl: { group: '\u00a0', decimal: ',', groupFrom: 5 },
};

function languageOf(locale: string): 'en' | 'pl' {
  return /^pl(?:[-_]|$)/i.test(locale) ? 'pl' : 'en';
}

function writtenOut(value: number, separators: Separators, options: NumberFormatOptions): string {
  const percent = options.style === 'percent';
  if (Number.isNaN(value)) return percent ? 'NaN%' : 'NaN';
  // Intl writes a negative number that rounds to zero, and -0 itself, as "-0".
  const sign = value < 0 || Object.is(value, -0) ? '-' : '';
  const [whole, fraction] = digits(Math.abs(value), options.maximumFractionDigits, percent);
  let kept = fraction;
  const minimum = options.minimumFractionDigits ?? 0;
  while (kept.length > minimum && kept.endsWith('0')) kept = kept.slice(0, -1);
  const grouped =
    whole.length >= separators.groupFrom ? whole.replace(/\B(?=(\d{3})+$)/g, separators.group) : whole;
  return `${sign}${grouped}${kept ? separators.decimal + kept : ''}${percent ? '%' : ''}`;
}

/**
 * The whole and fraction digits of a non-negative number rounded half away from zero, as Intl rounds them:
 * the decimal digits rounded are the shortest that read back as the number (String's), so 0.145 is 0.15 as
 * written, not 0.14 as the double just below it would be. A percent moves the point two places first.
 */
function digits(value: number, decimals: number, percent: boolean): [string, string] {
  if (value === Infinity) return ['∞', ''];
  const [, whole, fraction = '', exponent = '0'] = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(value))!;
  let all = whole + fraction;
  let point = whole.length + Number(exponent) + (percent ? 2 : 0);
  if (point < 0) {
    all = '0'.repeat(-point) + all;
    point = 0;
  }
  all = all.padEnd(point + decimals + 1, '0');
  let kept = all.slice(0, point + decimals);
  if (all.charAt(point + decimals) >= '5') {
    const rounded = roundedUp(kept);
    point += rounded.length - kept.length;
    kept = rounded;
  }
  return [kept.slice(0, point).replace(/^0+(?=\d)/, '') || '0', kept.slice(point)];
}

/** A string of digits plus one in its last place: 199 → 200, 99 → 100. */
function roundedUp(digits: string): string {
  let at = digits.length - 1;
  while (at >= 0 && digits.charAt(at) === '9') at--;
  if (at < 0) return `1${'0'.repeat(digits.length)}`;
  return digits.slice(0, at) + String(Number(digits.charAt(at)) + 1) + '0'.repeat(digits.length - at - 1);
}
