// What a file's own text says about where it comes from (SPEC §5): headers mostly in Polish, or amounts
// written with zł / PLN, $, €, £. Pure, over the header rows and a sample of cells, so any reader (a whole
// grid, or a stream's first rows) can ask it before the audit reads numbers and dates.
import { normalizeKey } from '../text';
import type { Cell, Grid } from '../types';

export interface FileLocaleHints {
  /** Non-empty headers seen, and how many of them are Polish. */
  headers: number;
  polishHeaders: number;
  /** The currency most amounts carry (ISO code), or null when none carries one. */
  currency: string | null;
}

/** How many data rows of each grid are looked at for currency signs. */
export const SAMPLE_ROWS = 200;

// Words of Polish sales headers (accents folded), from the header synonyms and common Polish CRM exports.
const POLISH_WORDS = new Set(
  (
    'data utworzenia zapytania zamkniecia wysylki planowana ostatni kontakt klient klienta firma nazwa firmy ' +
    'kontrahent nabywca etap kwota wartosc kanal zrodlo handlowiec opiekun liczba rozmow spotkania typ ' +
    'transakcji powod utraty koszt budzet zadowolenie ocena wsparcie pierwsza linia kontaktu ' +
    'po sprzedazy sprzedazy termin zamkniecia identyfikator tytul szansa'
  ).split(' '),
);
const POLISH_LETTERS = /[ąćęłńóśźż]/i;

/** A header is Polish when it has a Polish letter or a Polish header word (e.g. "Data zapytania", "Etap"). */
export function isPolishHeader(header: string): boolean {
  if (POLISH_LETTERS.test(header)) return true;
  return normalizeKey(header)
    .split(/[^a-z0-9]+/)
    .some((word) => POLISH_WORDS.has(word));
}

const CURRENCY_MARKS: [RegExp, string][] = [
  [/zł|\bzl\b|\bpln\b/i, 'PLN'],
  [/€|\beur\b/i, 'EUR'],
  [/£|\bgbp\b/i, 'GBP'],
  [/\$|\busd\b/i, 'USD'],
];
/** A cell that is an amount: digits with a currency sign or code around them, and nothing else. */
const AMOUNT = /^[^\d\s]{0,3}\s*-?[\d\s\u00a0.,']*\d\s*[^\d\s]{0,3}$/;

function currencyOf(cell: Cell): string | null {
  if (typeof cell !== 'string') return null;
  const text = cell.trim();
  if (!/\d/.test(text) || !AMOUNT.test(text)) return null;
  for (const [mark, code] of CURRENCY_MARKS) if (mark.test(text)) return code;
  return null;
}

function headerRow(grid: Grid): { row: number; headers: string[] } | null {
  const row = grid.findIndex((cells) => cells.some((cell) => String(cell ?? '').trim() !== ''));
  if (row < 0) return null;
  return { row, headers: grid[row].map((cell) => String(cell ?? '').trim()).filter((text) => text !== '') };
}

/** The hints of the given tabs together (their header rows, and up to SAMPLE_ROWS rows of each below it). */
export function fileLocaleHints(grids: readonly Grid[]): FileLocaleHints {
  let headers = 0;
  let polishHeaders = 0;
  const currencies = new Map<string, number>();
  for (const grid of grids) {
    const found = headerRow(grid);
    if (found === null) continue;
    headers += found.headers.length;
    polishHeaders += found.headers.filter(isPolishHeader).length;
    for (const cells of grid.slice(found.row + 1, found.row + 1 + SAMPLE_ROWS)) {
      for (const cell of cells) {
        const code = currencyOf(cell);
        if (code) currencies.set(code, (currencies.get(code) ?? 0) + 1);
      }
    }
  }
  let currency: string | null = null;
  for (const [code, count] of currencies)
    if (currency === null || count > currencies.get(currency)!) currency = code;
  return { headers, polishHeaders, currency };
}

/** "Mostly Polish": more than half of the headers. */
export function headersMostlyPolish(hints: FileLocaleHints): boolean {
  return hints.headers > 0 && hints.polishHeaders * 2 > hints.headers;
}
