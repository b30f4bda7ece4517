// What may be written into a cell: text within the target's limit, never a number that is not finite. The
// limit belongs to the writer (Google Sheets holds 50,000 characters in a cell, Excel 32,767), so it is a
// parameter here; the one length core decides itself is how much of a name a sentence quotes.
import type { Params } from '../i18n/format';

export const ELLIPSIS = '…';

/**
 * How much of a name from the data (a channel, a salesperson, a lost reason, a cell's text) a sentence
 * quotes: enough for any real name, short enough that the sentence still reads and every composed text
 * stays far below the smallest cell limit whatever the data holds.
 */
export const QUOTED_TEXT_LENGTH = 100;

/**
 * The text cut to at most `max` UTF-16 units (what the cell limits count), ending with an ellipsis when
 * cut; a surrogate pair (an emoji) is never split in two.
 */
export function shortened(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = Math.max(0, max - ELLIPSIS.length);
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return text.slice(0, end) + ELLIPSIS;
}

/** A name from the data as a sentence quotes it. */
export function quoted(name: string): string {
  return shortened(name, QUOTED_TEXT_LENGTH);
}

/** Message parameters that are all taken from the data (a data issue quoting the cells it is about). */
export function quotedParams(params: Params): Params {
  const short: Params = {};
  for (const [name, value] of Object.entries(params))
    short[name] = typeof value === 'string' ? quoted(value) : value;
  return short;
}

/**
 * The value as a cell of a target holding at most `textLimit` characters takes it: longer text shortened
 * with an ellipsis (the only texts that long are the data's own: every sentence quotes names shortened),
 * and a number that is not finite written as an empty cell, as neither Sheets nor Excel can hold one.
 */
export function writableCell<T>(value: T, textLimit: number): T | string | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string') return shortened(value, textLimit);
  return value;
}
