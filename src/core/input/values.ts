// Reading single cells the way owners type them: numbers with currency signs in US or Polish notation,
// dates in a dozen shapes, yes/no in two languages, stage and deal-type names from CRMs and from habit.
import { dayFromParts, serialToDay } from '../days';
import { normalizeHeader, normalizeKey } from '../text';
import type { Cell, Day, DealType, Outcome } from '../types';

/**
 * A cell read as a value of one kind: the value, `null` when the cell is blank, `'invalid'` when it holds
 * something that is not a value of that kind, `'error'` when it holds a spreadsheet error such as `#N/A`.
 */
export type Reading<T> = T | null | 'invalid' | 'error';

/** True for a value, false for blank / invalid / error; narrows the type. */
export function isValue<T>(reading: Reading<T>): reading is T {
  return reading !== null && reading !== 'invalid' && reading !== 'error';
}

const SPREADSHEET_ERROR =
  /^#(?:N\/A|REF!|VALUE!|DIV\/0!|NAME\?|NUM!|NULL!|ERROR!|SPILL!|CALC!|FIELD!|BLOCKED!|GETTING_DATA)$/i;
const BLANK_TEXT = /^[\s\u200b-\u200d]*$/;
const UNUSUAL_SPACING = /[^\S ]|[\u200b-\u200d]| {2}/;
const TIDY_TEXT = /^[^\s#\u200b-\u200d](?: ?[^\s\u200b-\u200d])*$/;

export function isBlankCell(cell: Cell): boolean {
  if (typeof cell !== 'string') return cell === null || cell === undefined;
  // Most texts start with a printable ASCII character, which settles it without the pattern.
  const first = cell.charCodeAt(0);
  return !(first > 32 && first < 127) && BLANK_TEXT.test(cell);
}

export function isErrorCell(cell: Cell): boolean {
  return typeof cell === 'string' && SPREADSHEET_ERROR.test(cell.trim());
}

/** Trimmed text with non-breaking and repeated spaces made plain; numbers and dates as text. */
export function readText(cell: Cell): Reading<string> {
  if (typeof cell === 'string' && isTidyText(cell)) return cell;
  if (isBlankCell(cell)) return null;
  if (isErrorCell(cell)) return 'error';
  if (cell instanceof Date) return isNaN(cell.getTime()) ? 'invalid' : cell.toISOString().slice(0, 10);
  const text = String(cell).trim();
  return UNUSUAL_SPACING.test(text) ? text.replace(/[\s\u200b-\u200d]+/g, ' ') : text;
}

/**
 * Whether readText would return the text unchanged: not blank, not an error, no space at either end or
 * twice in a row, no other whitespace or zero-width character. Most cells are like that, and one
 * anchored pattern costs a fraction of the general path (readText runs for most cells of a tab).
 */
function isTidyText(text: string): boolean {
  return TIDY_TEXT.test(text);
}

// ---------------------------------------------------------------- locale

const decimalSeparatorCache = new Map<string, '.' | ','>();
const dayFirstCache = new Map<string, boolean>();

/** The locale's decimal separator; '.' for a locale Intl does not know. */
export function localeDecimalSeparator(locale: string): '.' | ',' {
  let separator = decimalSeparatorCache.get(locale);
  if (separator === undefined) {
    try {
      const part = new Intl.NumberFormat(locale).formatToParts(1.5).find((p) => p.type === 'decimal');
      separator = part?.value === ',' ? ',' : '.';
    } catch {
      separator = '.';
    }
    decimalSeparatorCache.set(locale, separator);
  }
  return separator;
}

/** Whether the locale writes the day before the month (pl-PL, en-GB) rather than after (en-US). */
export function localeIsDayFirst(locale: string): boolean {
  let dayFirst = dayFirstCache.get(locale);
  if (dayFirst === undefined) {
    try {
      const types = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'numeric', day: 'numeric' })
        .formatToParts(new Date(Date.UTC(2024, 10, 22, 12)))
        .map((p) => p.type);
      dayFirst = types.indexOf('day') < types.indexOf('month');
    } catch {
      dayFirst = true;
    }
    dayFirstCache.set(locale, dayFirst);
  }
  return dayFirst;
}

// ---------------------------------------------------------------- numbers

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
  if (typeof cell === 'string' && isDigits(cell, 0, cell.length)) return Number(cell);
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
  return value === 0 ? 0 : value;
}

/** Whether text[start, end) is one or more ASCII digits. */
function isDigits(text: string, start: number, end: number): boolean {
  if (end <= start) return false;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code < 48 || code > 57) return false;
  }
  return true;
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

// ---------------------------------------------------------------- booleans

const TRUE_WORDS = new Set(['yes', 'y', 'tak', 't', 'true', 'prawda', '1', 'x', '✓', '✔', 'v']);
const FALSE_WORDS = new Set(['no', 'n', 'nie', 'false', 'falsz', '0']);

/** Yes/No, Tak/Nie, TRUE/FALSE, 1/0; an `x` or a tick mark is yes. */
export function parseBoolean(cell: Cell): Reading<boolean> {
  if (typeof cell === 'boolean') return cell;
  if (typeof cell === 'number') return cell === 1 ? true : cell === 0 ? false : 'invalid';
  if (isBlankCell(cell)) return null;
  if (typeof cell !== 'string') return 'invalid';
  if (isErrorCell(cell)) return 'error';
  const word = normalizeKey(cell).replace(/[.!]$/, '');
  if (TRUE_WORDS.has(word)) return true;
  if (FALSE_WORDS.has(word)) return false;
  return 'invalid';
}

// ---------------------------------------------------------------- dates

export interface DateContext {
  /** Reads a Date cell as a calendar day in the spreadsheet's zone (days.ts dateReader). */
  readDate: (date: Date) => Day | null;
  /** How `05/03/2024` is read in this column (see detectDayFirst). */
  dayFirst: boolean;
  /**
   * The latest year a two-digit year can mean: `24` is the year ending in 24 in the hundred years up to
   * it. Use today's year + 10, so 2-digit years reach ten years ahead and ninety back.
   */
  latestTwoDigitYear: number;
}

const MONTHS: Record<string, number> = {};
[
  'january jan styczen stycznia sty',
  'february feb luty lutego lut',
  'march mar marzec marca',
  'april apr kwiecien kwietnia kwi',
  'may maj maja',
  'june jun czerwiec czerwca cze',
  'july jul lipiec lipca lip',
  'august aug sierpien sierpnia sie',
  'september sep sept wrzesien wrzesnia wrz',
  'october oct pazdziernik pazdziernika paz',
  'november nov listopad listopada lis',
  'december dec grudzien grudnia gru',
].forEach((names, index) => names.split(' ').forEach((name) => (MONTHS[name] = index + 1)));

const IGNORED_WORDS = new Set(
  (
    'monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun ' +
    'poniedzialek wtorek sroda czwartek piatek sobota niedziela pon wt sr czw pt sob nd ndz r rok of'
  ).split(' '),
);

// The separator run may only start where one begins (lookbehind): otherwise a long run of spaces, `T`s
// or commas is rescanned from each of its characters, and a 50,000-character cell takes seconds.
const TIME_SUFFIX =
  /(?:^|(?<![\sT,])[\sT,]+)\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?:[ap]\.?m\.?)?\s*(?:z|utc|gmt|[+-]\d{2}(?::?\d{2})?)?$/i;
/** Polish `r.` (rok) after the year: `05.03.2024 r.`, `5 marca 2024r.` */
const YEAR_WORD = /(\d) ?r\.?$/i;
const YEAR_FIRST = /^(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?\.?$/;
const YEAR_LAST = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})\.?$/;
const MONTH_YEAR = /^(\d{1,2})[-/.](\d{4})$/;
const NUMERIC_DAY_MONTH = /^\s*(\d{1,2})([-/.])(\d{1,2})\2(?:\d{2}|\d{4})\b/;

// Serial numbers outside 1980–2099 are far more likely amounts or IDs than dates in sales data.
const FIRST_PLAUSIBLE_SERIAL = 29_221;
const LAST_PLAUSIBLE_SERIAL = 73_051;
const SERIAL_TEXT = /^\d{5}(?:\.\d+)?$/;

/**
 * A Date cell, a serial number, or a text date: ISO with or without a time, `05.03.2024`, `5/3/24`,
 * `15 Apr, 2021 00:02:00`, `15 kwietnia 2024 r.`, and a bare month (`2024-03`, `March 2024`: its first
 * day). Times are dropped; a text's time zone suffix is ignored, the date is taken as written.
 */
export function parseDay(cell: Cell, context: DateContext): Reading<Day> {
  if (cell instanceof Date) return context.readDate(cell) ?? 'invalid';
  if (typeof cell === 'number') {
    return cell >= FIRST_PLAUSIBLE_SERIAL && cell < LAST_PLAUSIBLE_SERIAL ? serialToDay(cell) : 'invalid';
  }
  if (typeof cell === 'string' && isIsoDate(cell)) {
    return (
      dayFromParts(Number(cell.slice(0, 4)), Number(cell.slice(5, 7)), Number(cell.slice(8, 10))) ?? 'invalid'
    );
  }
  if (isBlankCell(cell)) return null;
  if (typeof cell !== 'string') return 'invalid';
  if (isErrorCell(cell)) return 'error';
  const text = cell
    .replace(/[\s\u200b-\u200d]+/g, ' ')
    .trim()
    .replace(TIME_SUFFIX, '')
    .replace(YEAR_WORD, '$1');
  // A CSV export of date cells holds their serial numbers as text.
  if (SERIAL_TEXT.test(text)) return parseDay(Number(text), context);
  return parseDateText(text, context) ?? 'invalid';
}

/** Exactly `YYYY-MM-DD`, the most common text date, read without the patterns of the general path. */
function isIsoDate(text: string): boolean {
  return (
    text.length === 10 &&
    text.charCodeAt(4) === 45 &&
    text.charCodeAt(7) === 45 &&
    isDigits(text, 0, 4) &&
    isDigits(text, 5, 7) &&
    isDigits(text, 8, 10)
  );
}

function parseDateText(text: string, context: DateContext): Day | null {
  const yearFirst = YEAR_FIRST.exec(text);
  if (yearFirst) {
    return dayFromParts(Number(yearFirst[1]), Number(yearFirst[2]), yearFirst[3] ? Number(yearFirst[3]) : 1);
  }
  const yearLast = YEAR_LAST.exec(text);
  if (yearLast) {
    const first = Number(yearLast[1]);
    const second = Number(yearLast[2]);
    const year = fullYear(yearLast[3], context);
    return context.dayFirst ? dayFromParts(year, second, first) : dayFromParts(year, first, second);
  }
  const monthYear = MONTH_YEAR.exec(text);
  if (monthYear) return dayFromParts(Number(monthYear[2]), Number(monthYear[1]), 1);
  return parseWordDate(text, context);
}

/** `15 Apr, 2021`, `Apr 15 2021`, `15-kwi-2024`, `1st March 2024`, `marzec 2024`. */
function parseWordDate(text: string, context: DateContext): Day | null {
  let month: number | null = null;
  const numbers: string[] = [];
  for (const token of normalizeKey(text).split(/[\s,./-]+/)) {
    if (token === '') continue;
    const number = /^(\d+)(?:st|nd|rd|th)?$/.exec(token);
    if (number) {
      numbers.push(number[1]);
    } else if (MONTHS[token] !== undefined && month === null) {
      month = MONTHS[token];
    } else if (!IGNORED_WORDS.has(token)) {
      return null;
    }
  }
  if (month === null) return null;
  if (numbers.length === 1 && numbers[0].length === 4) return dayFromParts(Number(numbers[0]), month, 1);
  if (numbers.length !== 2) return null;
  const yearIndex = numbers[0].length === 4 ? 0 : 1;
  const dayText = numbers[1 - yearIndex];
  const yearText = numbers[yearIndex];
  if (dayText.length > 2 || (yearText.length !== 2 && yearText.length !== 4)) return null;
  return dayFromParts(fullYear(yearText, context), month, Number(dayText));
}

function fullYear(yearText: string, context: DateContext): number {
  const year = Number(yearText);
  if (yearText.length !== 2) return year;
  const latest = context.latestTwoDigitYear;
  return latest - (((latest % 100) - year + 100) % 100);
}

/**
 * Day/month order of one column's `a/b/yyyy`-like texts (SPEC §3.1): a first part over 12 makes the
 * column day-first, a second part over 12 month-first; when both appear the more frequent evidence wins
 * (the other values then fail to parse and are reported). With no evidence, dotted dates (`05.03.2024`)
 * are day-first, as no locale writes month.day.year; otherwise the locale decides.
 */
export function detectDayFirst(cells: Iterable<Cell>, locale: string): boolean {
  let dayFirstEvidence = 0;
  let monthFirstEvidence = 0;
  let dotted = 0;
  let ambiguous = 0;
  for (const cell of cells) {
    if (typeof cell !== 'string') continue;
    const match = NUMERIC_DAY_MONTH.exec(cell);
    if (!match) continue;
    if (Number(match[1]) > 12) dayFirstEvidence++;
    else if (Number(match[3]) > 12) monthFirstEvidence++;
    else {
      ambiguous++;
      if (match[2] === '.') dotted++;
    }
  }
  if (dayFirstEvidence !== monthFirstEvidence) return dayFirstEvidence > monthFirstEvidence;
  if (ambiguous > 0 && dotted * 2 > ambiguous) return true;
  return localeIsDayFirst(locale);
}

// ---------------------------------------------------------------- stages and deal types

function synonymSet(words: string): Set<string> {
  return new Set(words.split(',').map((word) => normalizeHeader(word)));
}

const WON_STAGES = synonymSet(
  'won,win,closed won,closedwon,deal won,won deal,success,sukces,wygrana,wygrane,wygrany,wygrano,' +
    'sprzedane,sprzedana,sprzedany,sprzedaz,zrealizowane,zrealizowana,zrealizowany,zamknieta wygrana,' +
    'zamkniete wygrane,zamkniety wygrany,zamknieta sukces',
);
const LOST_STAGES = synonymSet(
  'lost,lose,closed lost,closedlost,deal lost,lost deal,przegrana,przegrane,przegrany,utracona,utracone,' +
    'utracony,odrzucona,odrzucone,odrzucony,zamknieta przegrana,zamkniete przegrane,zamkniety przegrany,' +
    'rezygnacja,anulowana,anulowane,cancelled,canceled,rejected',
);
const WON_PREFIXES = ['closed won ', 'won ', 'zamknieta wygrana ', 'wygrana '];
const LOST_PREFIXES = ['closed lost ', 'lost ', 'zamknieta przegrana ', 'przegrana '];

/**
 * open / won / lost for a stage name. `overrides` (Settings.stageOutcomes, keys as normalizeKey gives
 * them) win; then the synonyms, also with a CRM's numbering (`#09 Won`) or pipeline suffix
 * (`Closed Won (Sales Pipeline)`, `Closed Lost to Competition`) around them; anything else is open.
 */
export function classifyStage(stage: string, overrides: Record<string, Outcome>): Outcome {
  const override = overrides[normalizeKey(stage)];
  if (override !== undefined) return override;
  // `[^()]`, not `[^)]`: each bracket then ends its own attempt, so a text of brackets is read in linear time.
  const name = normalizeHeader(stage.replace(/\([^()]*\)\s*$/, '')).replace(/^\d+ /, '');
  if (WON_STAGES.has(name)) return 'won';
  if (LOST_STAGES.has(name)) return 'lost';
  const spaced = `${name} `;
  if (WON_PREFIXES.some((prefix) => spaced.startsWith(prefix))) return 'won';
  if (LOST_PREFIXES.some((prefix) => spaced.startsWith(prefix))) return 'lost';
  return 'open';
}

const DEAL_TYPES: [DealType, Set<string>][] = [
  [
    'new',
    synonymSet(
      'new,new business,new customer,new client,new logo,nowy,nowa,nowy klient,nowa sprzedaz,nowy biznes,pierwsza sprzedaz',
    ),
  ],
  [
    'upsell',
    synonymSet(
      'up-sell,upsell,up sell,upselling,up selling,upgrade,existing customer - upgrade,existing business - upsell,dosprzedaz,rozszerzenie',
    ),
  ],
  [
    'crosssell',
    synonymSet(
      'cross-sell,crosssell,cross sell,cross selling,cross-selling,sprzedaz krzyzowa,sprzedaz dodatkowa',
    ),
  ],
  ['renewal', synonymSet('renewal,renew,odnowienie,przedluzenie,kontynuacja,prolongata')],
  [
    'existing',
    synonymSet(
      'existing,existing business,existing customer,existing client,existing customer - replacement,' +
        'existing customer - downgrade,repeat,repeat business,returning,istniejacy klient,istniejacy,obecny klient,' +
        'staly klient,powracajacy klient,kolejna sprzedaz',
    ),
  ],
];

/** The deal type for a Type cell's text (HubSpot / Zoho / Salesforce picklists, EN, PL); null if unknown. */
export function classifyDealType(text: string): DealType | null {
  const name = normalizeHeader(text);
  for (const [type, names] of DEAL_TYPES) if (names.has(name)) return type;
  return null;
}
