// Normalizing user-typed names so that "Kanał ", "kanal" and "KANAŁ" meet.

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const ZERO_WIDTH = /[\u200b-\u200d\u2060]/g;
const PLAIN_ASCII = /^[!-~](?: ?[!-~])*$/;

/**
 * Trimmed, lower-case, accents and the Polish ł folded, zero-width characters (pasted from web pages)
 * dropped, inner whitespace (incl. non-breaking) collapsed.
 */
export function normalizeKey(text: string): string {
  return isPlainAscii(text) ? text.toLowerCase() : foldKey(text);
}

/**
 * A normalizeKey that remembers the texts it had to fold with Unicode normalization, the slow part: for
 * reading a tab, where the same names come back row after row.
 */
export function keyNormalizer(): (text: string) => string {
  const folded = new Map<string, string>();
  return (text) => {
    if (isPlainAscii(text)) return text.toLowerCase();
    let key = folded.get(text);
    if (key === undefined) {
      key = foldKey(text);
      folded.set(text, key);
    }
    return key;
  };
}

/**
 * Printable ASCII with single inner spaces: nothing to fold but case. Most names are like that, and the
 * check is far cheaper than Unicode normalization (this runs for names in every row of a tab).
 */
function isPlainAscii(text: string): boolean {
  return PLAIN_ASCII.test(text);
}

function foldKey(text: string): string {
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
