// Splits CSV text into records as it arrives, chunk by chunk, so a file of a million lines is never one string.
// csv-parse reads the records; this file only decides where a piece of text may be handed to it and what to
// do when a quote in the file is a stray rather than quoting.
//
// Quoting follows RFC 4180 where the file does, and forgives where it does not. A line whose quotes break the
// rules on that line alone ("Zeta" Group, 5" screen) is read with csv-parse's relaxed quoting, quotes kept as
// characters. A quote that is never closed, or that closes on a later line in the middle of a word, or that
// would swallow more lines than any note has, or makes the record wider than the table, is a stray: that
// line alone is read without it, the following lines are read as their own records, and the caller is told
// the line.
import { CsvError, parse, type Options } from 'csv-parse/sync';

/** A quoted field may hold a note of several lines; beyond this many it is a stray quote eating the file. */
const MAX_RECORD_LINES = 100;
const LINE_FEED = 10;
const CARRIAGE_RETURN = 13;

export interface CsvRecordSink {
  /** `strayLine`: the 1-based physical line of a record read without a quote that was never closed. */
  record(fields: string[], strayLine: number | null): void;
}

/** Thrown from csv-parse's record callback to stop at a record that spans lines and is wider than the table. */
class TooWide extends Error {}

interface PieceOutcome {
  /** Bytes of the piece that were whole records, handed to the sink. */
  consumed: number;
  /** Why parsing stopped early: the record at `consumed` needs more text, or its first line is a stray. */
  stop: 'more' | 'stray' | 'lineQuirk' | null;
}

export class CsvRecordReader {
  private pending: Buffer = Buffer.alloc(0);
  /** The physical line `pending` starts on. */
  private line = 1;
  /** The widest single-line record so far: a multi-line record wider than the table is a stray quote. */
  private width = 0;
  private readonly options: Options;

  constructor(
    separator: string,
    private readonly sink: CsvRecordSink,
  ) {
    this.options = { delimiter: separator, relax_column_count: true, skip_empty_lines: false, bom: false };
  }

  push(text: string): void {
    this.pending =
      this.pending.length === 0 ? Buffer.from(text) : Buffer.concat([this.pending, Buffer.from(text)]);
    this.drain(false);
  }

  end(): void {
    this.drain(true);
    this.pending = Buffer.alloc(0);
  }

  private drain(final: boolean): void {
    while (this.pending.length > 0) {
      // Until the end, only whole lines go to the parser: a record cut mid-line would read as complete.
      const piece = final ? this.pending : this.pending.subarray(0, lastLineBreak(this.pending) + 1);
      if (piece.length === 0) return;
      const outcome = this.parsePiece(piece, final);
      this.advance(outcome.consumed);
      if (outcome.stop === null) {
        if (!final || outcome.consumed === 0) return;
        continue;
      }
      if (outcome.stop === 'more') {
        if (final || countLineBreaks(this.pending) < MAX_RECORD_LINES) return;
        this.readFirstLine(true);
      } else this.readFirstLine(outcome.stop === 'stray');
    }
  }

  /**
   * Hands the piece's records to the sink until one cannot be read as it stands. Most pieces are plain CSV and
   * are read in one call; only a piece with a quote error or a record wider than the table so far is read
   * again record by record (csv-parse's per-record callback doubles its time, so it is kept for those).
   */
  private parsePiece(piece: Buffer, final: boolean): PieceOutcome {
    let records: string[][];
    try {
      records = parse(piece, this.options) as string[][];
    } catch (error) {
      if (error instanceof CsvError) return this.parseRecordByRecord(piece, final);
      throw error;
    }
    const width = this.width === 0 && records.length > 0 ? records[0].length : this.width;
    if (records.some((fields) => fields.length > width)) return this.parseRecordByRecord(piece, final);
    this.width = width;
    for (const fields of records) this.sink.record(fields, null);
    return { consumed: piece.length, stop: null };
  }

  private parseRecordByRecord(piece: Buffer, final: boolean): PieceOutcome {
    let consumed = 0;
    let endLine = 0;
    try {
      parse(piece, {
        ...this.options,
        on_record: (fields: string[], info) => {
          const startLine = endLine + 1;
          if (info.lines > startLine && this.width > 0 && fields.length > this.width) throw new TooWide();
          if (info.lines === startLine) this.width = Math.max(this.width, fields.length);
          this.sink.record(fields, null);
          consumed = info.bytes;
          endLine = info.lines;
          return null;
        },
      });
      return { consumed, stop: null };
    } catch (error) {
      if (error instanceof TooWide) return { consumed, stop: 'stray' };
      if (!(error instanceof CsvError)) throw error;
      if (error.code === 'CSV_QUOTE_NOT_CLOSED') return { consumed, stop: final ? 'stray' : 'more' };
      const onItsFirstLine = (error as CsvError & { lines?: number }).lines === endLine + 1;
      return { consumed, stop: onItsFirstLine ? 'lineQuirk' : 'stray' };
    }
  }

  /** The first line of `pending` as a record of its own: quotes relaxed, or, for a stray, dropped. */
  private readFirstLine(stray: boolean): void {
    const end = lineEnd(this.pending);
    const text = this.pending.subarray(0, end);
    const relaxed = stray ? null : relaxedRecord(text, this.options);
    const fields = relaxed ?? literalRecord(text, this.options);
    this.width = Math.max(this.width, fields.length);
    this.sink.record(fields, relaxed === null ? this.line : null);
    this.advance(afterLineBreak(this.pending, end));
  }

  private advance(bytes: number): void {
    if (bytes === 0) return;
    this.line += countLineBreaks(this.pending.subarray(0, bytes));
    this.pending = this.pending.subarray(bytes);
  }
}

/** One line read with quotes kept as characters where they break the rules; null when that is not one record. */
function relaxedRecord(line: Buffer, options: Options): string[] | null {
  try {
    const records = parse(line, { ...options, relax_quotes: true }) as string[][];
    return records.length === 1 ? records[0] : null;
  } catch {
    return null;
  }
}

/** A line with a stray quote: split on every separator, quotes kept only where they pair up in a field. */
function literalRecord(line: Buffer, options: Options): string[] {
  const [fields] = parse(line, { ...options, quote: false }) as string[][];
  return (fields ?? ['']).map((field) => {
    const paired = field.length >= 2 && field.startsWith('"') && field.endsWith('"');
    if (paired) return field.slice(1, -1).replace(/""/g, '"');
    return field.startsWith('"') ? field.slice(1) : field;
  });
}

function countLineBreaks(bytes: Buffer): number {
  let breaks = 0;
  for (let at = 0; at < bytes.length; at++) {
    const code = bytes[at];
    if (code === LINE_FEED) breaks++;
    else if (code === CARRIAGE_RETURN && bytes[at + 1] !== LINE_FEED) breaks++;
  }
  return breaks;
}

function lastLineBreak(bytes: Buffer): number {
  return Math.max(bytes.lastIndexOf(LINE_FEED), bytes.lastIndexOf(CARRIAGE_RETURN));
}

/** Where the first line ends (its line break, or the end of the text). */
function lineEnd(bytes: Buffer): number {
  for (let at = 0; at < bytes.length; at++) {
    if (bytes[at] === LINE_FEED || bytes[at] === CARRIAGE_RETURN) return at;
  }
  return bytes.length;
}

/** The offset after the line break at `at` (CRLF, LF or a lone CR), or `at` at the end of the text. */
function afterLineBreak(bytes: Buffer, at: number): number {
  if (bytes[at] === CARRIAGE_RETURN) return bytes[at + 1] === LINE_FEED ? at + 2 : at + 1;
  return bytes[at] === LINE_FEED ? at + 1 : at;
}
