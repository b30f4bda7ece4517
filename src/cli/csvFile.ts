// Reads one CSV file into a grid of strings, chunk by chunk: encoding and separator are detected, the core
// parses the values. Neither the whole file's bytes nor its whole text is ever held, only the grid.
import iconv from 'iconv-lite';
import { closeSync, openSync, readSync } from 'node:fs';
import type { Grid } from '../core/types';
import { chooseCodePage, type CodePage } from './codePages';
import { CsvRecordReader } from './csvRecords';

export type CsvEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | CodePage;

export interface CsvContent {
  grid: Grid;
  encoding: CsvEncoding;
  /** For a Windows code page: whether the text's letters decided it, or it is the default for lack of them. */
  encodingSure: boolean;
  separator: ',' | ';' | '\t';
  /** True when a ';' file writes numbers with decimal commas, as Excel does in Polish and most of Europe. */
  decimalComma: boolean;
  /** Rows (1-based, as in the grid) read without a quote that was never closed, with their line in the file. */
  strayQuotes: { row: number; line: number }[];
}

export interface CsvReadOptions {
  /** A code page the user named (--encoding) for a file that is not UTF-8. */
  codePage?: CodePage | null;
  /** Called after each chunk with the rows read so far. */
  onRows?: (rows: number) => void;
  /** Bytes read at a time (tests make it small to cut records and characters in two). */
  chunkBytes?: number;
}

/** Reads the bytes again from the start on each call: the encoding may need a second look. */
type ByteSource = () => Generator<Uint8Array>;

const CHUNK_BYTES = 4 * 2 ** 20;
/** Enough text to see the title, the header and a few data lines when choosing the separator. */
const SEPARATOR_SAMPLE_CHARS = 64 * 1024;

export function readCsvFile(path: string, options: CsvReadOptions = {}): CsvContent {
  return readCsvSource(() => fileChunks(path, options.chunkBytes ?? CHUNK_BYTES), options);
}

export function readCsv(bytes: Uint8Array, options: CsvReadOptions = {}): CsvContent {
  const size = options.chunkBytes ?? CHUNK_BYTES;
  return readCsvSource(function* () {
    for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
  }, options);
}

function* fileChunks(path: string, size: number): Generator<Uint8Array> {
  const fd = openSync(path, 'r');
  try {
    for (;;) {
      const chunk = Buffer.allocUnsafe(size);
      const read = readSync(fd, chunk, 0, size, null);
      if (read === 0) return;
      yield chunk.subarray(0, read);
    }
  } finally {
    closeSync(fd);
  }
}

interface Decoder {
  write(bytes: Uint8Array): string;
  end(): string;
}

function strictUtf8(): Decoder {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  return {
    write: (bytes) => decoder.decode(bytes, { stream: true }),
    end: () => decoder.decode(),
  };
}

function iconvDecoder(encoding: string): Decoder {
  const decoder = iconv.getDecoder(encoding, { stripBOM: false });
  return {
    write: (bytes) => decoder.write(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)),
    end: () => decoder.end() ?? '',
  };
}

/** Excel saves "CSV UTF-8" with a BOM, "Unicode text" as UTF-16, plain "CSV" in the system code page. */
function bomEncoding(first: Uint8Array): { encoding: CsvEncoding; skip: number } | null {
  if (first[0] === 0xef && first[1] === 0xbb && first[2] === 0xbf) return { encoding: 'utf-8', skip: 3 };
  if (first[0] === 0xff && first[1] === 0xfe) return { encoding: 'utf-16le', skip: 2 };
  if (first[0] === 0xfe && first[1] === 0xff) return { encoding: 'utf-16be', skip: 2 };
  return null;
}

class NotUtf8 extends Error {}

function readCsvSource(source: ByteSource, options: CsvReadOptions): CsvContent {
  const chunks = source();
  const first = chunks.next().value ?? new Uint8Array(0);
  chunks.return(undefined);
  const bom = bomEncoding(first);
  if (bom) return decodeAndSplit(source, bom.encoding, bom.skip, true, options);
  try {
    return decodeAndSplit(source, 'utf-8', 0, true, options);
  } catch (error) {
    if (!(error instanceof NotUtf8)) throw error;
  }
  if (options.codePage) return decodeAndSplit(source, options.codePage, 0, true, options);
  const choice = chooseCodePage(byteCounts(source));
  return decodeAndSplit(source, choice.codePage, 0, choice.sure, options);
}

/** How often each byte value occurs in the file, for choosing its code page. */
function byteCounts(source: ByteSource): number[] {
  const counts = new Array<number>(256).fill(0);
  for (const chunk of source()) for (let i = 0; i < chunk.length; i++) counts[chunk[i]]++;
  return counts;
}

function decodeAndSplit(
  source: ByteSource,
  encoding: CsvEncoding,
  skip: number,
  encodingSure: boolean,
  options: CsvReadOptions,
): CsvContent {
  const decoder = encoding === 'utf-8' ? strictUtf8() : iconvDecoder(encoding);
  const grid: Grid = [];
  const strayQuotes: CsvContent['strayQuotes'] = [];
  let reader: CsvRecordReader | null = null;
  let separator = ',' as CsvContent['separator'];
  let sample = '';
  const sink = {
    record(fields: string[], strayLine: number | null) {
      grid.push(fields);
      if (strayLine !== null) strayQuotes.push({ row: grid.length, line: strayLine });
    },
  };
  const feed = (text: string, final: boolean) => {
    if (reader === null) {
      sample += text;
      if (sample.length < SEPARATOR_SAMPLE_CHARS && !final) return;
      separator = detectSeparator(sample);
      reader = new CsvRecordReader(separator, sink);
      text = sample;
      sample = '';
    }
    reader.push(text);
  };
  let skipped = skip;
  for (const chunk of source()) {
    const bytes = skipped > 0 ? chunk.subarray(skipped) : chunk;
    skipped = 0;
    feed(decodeChunk(decoder, bytes, encoding), false);
    options.onRows?.(grid.length);
  }
  feed(decodeChunk(decoder, null, encoding), true);
  (reader as CsvRecordReader | null)?.end();
  options.onRows?.(grid.length);
  return {
    grid,
    encoding,
    encodingSure,
    separator,
    decimalComma: separator === ';' && hasDecimalComma(grid),
    strayQuotes,
  };
}

function decodeChunk(decoder: Decoder, bytes: Uint8Array | null, encoding: CsvEncoding): string {
  try {
    return bytes === null ? decoder.end() : decoder.write(bytes);
  } catch (error) {
    // TextDecoder's error may come from another realm (jest), so it is known by its code, not its class.
    if (encoding === 'utf-8' && (error as { code?: string }).code === 'ERR_ENCODING_INVALID_ENCODED_DATA')
      throw new NotUtf8();
    throw error;
  }
}

const SEPARATORS = [',', ';', '\t'] as const;
const SEPARATOR_SAMPLE_LINES = 20;

/** Per line of the sample (quotes respected), how many times each separator occurs. */
function separatorCounts(text: string): Record<CsvContent['separator'], number>[] {
  const lines: Record<CsvContent['separator'], number>[] = [];
  let counts = { ',': 0, ';': 0, '\t': 0 };
  let inQuotes = false;
  let content = false;
  for (const char of text) {
    if (char === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (char === '\n' || char === '\r')) {
      if (content) lines.push(counts);
      if (lines.length >= SEPARATOR_SAMPLE_LINES) break;
      counts = { ',': 0, ';': 0, '\t': 0 };
      content = false;
      continue;
    } else if (!inQuotes && char in counts) counts[char as keyof typeof counts]++;
    if (char.trim() !== '') content = true;
  }
  if (content && lines.length < SEPARATOR_SAMPLE_LINES) lines.push(counts);
  return lines;
}

/**
 * The separator that splits most of the first lines into the same number of fields (ties: more fields),
 * so a title line above the table ("Deals export, March") does not decide it. ',' when none occurs.
 */
export function detectSeparator(text: string): CsvContent['separator'] {
  const lines = separatorCounts(text);
  let best: CsvContent['separator'] = ',';
  let bestScore = [0, 0];
  for (const separator of SEPARATORS) {
    const tally = new Map<number, number>();
    for (const counts of lines) {
      const count = counts[separator];
      if (count > 0) tally.set(count, (tally.get(count) ?? 0) + 1);
    }
    for (const [count, agreeing] of tally) {
      if (agreeing > bestScore[0] || (agreeing === bestScore[0] && count > bestScore[1])) {
        best = separator;
        bestScore = [agreeing, count];
      }
    }
  }
  return best;
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
