// Reading single cells the way owners type them, shared by the input tabs, the settings tab and the history
// tab: blank and error cells, tidy text, yes/no in two languages. Numbers and dates are beside this file.
import { normalizeKey } from '../text';
import type { Cell } from '../types';

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

/** Whether text[start, end) is one or more ASCII digits. */
export function isDigits(text: string, start: number, end: number): boolean {
  if (end <= start) return false;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

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
