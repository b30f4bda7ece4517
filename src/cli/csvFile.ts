// Reads one CSV file into a grid of strings: encoding and separator are detected, the core parses the values.
import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import type { Grid } from '../core/types';

export type CsvEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1250';

export interface CsvContent {
  grid: Grid;
  encoding: CsvEncoding;
  separator: ',' | ';' | '\t';
  /** True when a ';' file writes numbers with decimal commas, as Excel does in Polish and most of Europe. */
  decimalComma: boolean;
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Excel saves "CSV UTF-8" with a BOM, plain "CSV" in the system code page (Windows-1250 in Poland). */
export function decodeCsv(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
  if (UTF8_BOM.every((byte, i) => bytes[i] === byte)) {
    return { text: strictUtf8.decode(bytes.subarray(3)), encoding: 'utf-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16le'), encoding: 'utf-16le' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16be'), encoding: 'utf-16be' };
  }
  try {
    return { text: strictUtf8.decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: iconv.decode(Buffer.from(bytes), 'windows-1250'), encoding: 'windows-1250' };
  }
}

/** The separator used most on the first non-empty line, outside quotes; ',' when there is none. */
export function detectSeparator(text: string): CsvContent['separator'] {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let inQuotes = false;
  let seenContent = false;
  for (const char of text) {
    if (char === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (char === '\n' || char === '\r')) {
      if (seenContent) break;
    } else if (!inQuotes && char in counts) counts[char as keyof typeof counts]++;
    if (char.trim() !== '') seenContent = true;
  }
  const best = (Object.keys(counts) as (keyof typeof counts)[]).reduce((a, b) =>
    counts[b] > counts[a] ? b : a,
  );
  return counts[best] > 0 ? best : ',';
}

// 1234,56 · 1.234,56 · 1 234,56 zł · -12,5 — a comma followed by fewer or more than three digits, or after
// dot-grouped thousands, cannot be an English thousands separator.
const DECIMAL_COMMA = /^[^\d-]{0,4}-?(\d{1,3}([.\s\u00a0]\d{3})+|\d+),(\d{1,2}|\d{4,})(\s*[^\d\s]{1,4})?$/;

function hasDecimalComma(grid: Grid): boolean {
  const rowsToCheck = Math.min(grid.length, 1000);
  for (let r = 1; r < rowsToCheck; r++) {
    for (const cell of grid[r]) if (typeof cell === 'string' && DECIMAL_COMMA.test(cell.trim())) return true;
  }
  return false;
}

export function readCsv(bytes: Uint8Array): CsvContent {
  const { text, encoding } = decodeCsv(bytes);
  const separator = detectSeparator(text);
  // Empty lines are kept so that row numbers in data issues match the lines the user sees.
  const grid: Grid = parse(text, {
    delimiter: separator,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
  });
  return { grid, encoding, separator, decimalComma: separator === ';' && hasDecimalComma(grid) };
}
