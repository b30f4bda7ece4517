// Normalizing user-typed names so that "Kanał ", "kanal" and "KANAŁ" meet.

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const ZERO_WIDTH = /[\u200b-\u200d\u2060]/g;

/**
 * Trimmed, lower-case, accents and the Polish ł folded, zero-width characters (pasted from web pages)
 * dropped, inner whitespace (incl. non-breaking) collapsed.
 */
export function normalizeKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .replace(ZERO_WIDTH, '')
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .toLowerCase()
    .replace(/[\s\u00a0\u2007\u202f]+/g, ' ')
    .trim();
}

/** As normalizeKey, and punctuation ignored too: for matching headers and tab names. */
export function normalizeHeader(text: string): string {
  return normalizeKey(text)
    .replace(/[^a-z0-9 ]+/g, ' ')
    .replace(/ +/g, ' ')
    .trim();
}
