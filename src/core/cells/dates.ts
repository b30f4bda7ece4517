// Date cells the way owners type them: Date cells, serial numbers, and text dates in a dozen shapes.
import { dayFromParts, serialToDay } from '../days';
import { normalizeKey } from '../text';
import type { Cell, Day } from '../types';
import { isBlankCell, isDigits, isErrorCell, type Reading } from './reading';

const dayFirstCache = new Map<string, boolean>();
const MONTH_FIRST_LOCALE = /^en(-(US|PH))?$/i;

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
      // No Intl date formatting: the locales that write the month first are, in practice, American English.
      dayFirst = !MONTH_FIRST_LOCALE.test(locale);
    }
    dayFirstCache.set(locale, dayFirst);
  }
  return dayFirst;
}

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
