// Splits CSV text into records as it arrives, chunk by chunk, so a file of a million lines is never one string.
//
// Quoting follows RFC 4180 where the file does, and forgives where it does not: a quote inside an unquoted
// field is a character, and a quoted field that runs over lines is accepted only while it looks like one.
// A quote that is never closed (or closes mid-word on a later line, or would swallow more lines than any
// note has, or makes the record wider than the table) is a stray: that line alone is read without it, the
// following lines are read as their own records, and the caller is told the line.

/** A quoted field may hold a note of several lines; beyond this many it is a stray quote eating the file. */
const MAX_RECORD_LINES = 100;

const QUOTE = 34;
const CR = 13;
const LF = 10;

export interface CsvRecordSink {
  /** `line` is the 1-based physical line the record starts on; `strayQuote` when a quote was dropped. */
  record(fields: string[], line: number, strayQuote: boolean): void;
}

interface Parsed {
  fields: string[];
  /** Offset just after the record's line break. */
  next: number;
  /** Line breaks inside the record (quoted fields over several lines). */
  innerLines: number;
}

export class CsvRecordReader {
  private buffer = '';
  private line = 1;
  /** The widest single-line record so far: a multi-line record wider than the table is a stray quote. */
  private width = 0;

  constructor(
    private readonly separator: string,
    private readonly sink: CsvRecordSink,
  ) {}

  push(text: string): void {
    this.buffer += text;
    this.drain(false);
  }

  end(): void {
    this.drain(true);
    this.buffer = '';
  }

  private drain(final: boolean): void {
    const text = this.buffer;
    let at = 0;
    while (at < text.length) {
      const parsed = this.parseRecord(text, at, final);
      if (parsed === 'more') break;
      if (parsed === 'stray') {
        const lineEnd = endOfLine(text, at);
        if (lineEnd === -1 && !final) break;
        const end = lineEnd === -1 ? text.length : lineEnd;
        this.sink.record(this.splitLiterally(text.slice(at, end)), this.line, true);
        at = afterBreak(text, end);
        this.line++;
        continue;
      }
      if (parsed.innerLines === 0) this.width = Math.max(this.width, parsed.fields.length);
      this.sink.record(parsed.fields, this.line, false);
      this.line += parsed.innerLines + 1;
      at = parsed.next;
    }
    this.buffer = text.slice(at);
  }

  /** One record from `start`; 'more' when the text ends before it does and more text may come. */
  private parseRecord(text: string, start: number, final: boolean): Parsed | 'more' | 'stray' {
    const sep = this.separator.charCodeAt(0);
    const fields: string[] = [];
    let at = start;
    let innerLines = 0;
    for (;;) {
      const quoted = text.charCodeAt(at) === QUOTE ? this.quotedField(text, at, final) : 'unquoted';
      if (quoted === 'more' || quoted === 'stray') return quoted;
      if (quoted !== 'unquoted') {
        fields.push(quoted.value);
        innerLines += quoted.innerLines;
        at = quoted.next;
      } else {
        let end = at;
        while (end < text.length) {
          const code = text.charCodeAt(end);
          if (code === sep || code === CR || code === LF) break;
          end++;
        }
        if (end >= text.length && !final) return 'more';
        fields.push(text.slice(at, end));
        at = end;
      }
      const code = text.charCodeAt(at);
      if (code === sep) {
        at++;
        continue;
      }
      if (code === CR && at + 1 >= text.length && !final) return 'more';
      if (innerLines > 0 && this.width > 0 && fields.length > this.width) return 'stray';
      return { fields, next: afterBreak(text, at), innerLines };
    }
  }

  /**
   * The quoted field opening at `start`. One that closes mid-word on its own line ("Zeta" Group) is not
   * quoting: the caller reads it as unquoted text, quotes and all.
   */
  private quotedField(
    text: string,
    start: number,
    final: boolean,
  ): { value: string; next: number; innerLines: number } | 'more' | 'stray' | 'unquoted' {
    const sep = this.separator.charCodeAt(0);
    let value = '';
    let from = start + 1;
    let innerLines = 0;
    for (;;) {
      const quote = text.indexOf('"', from);
      if (quote === -1) {
        const runaway = innerLines + countBreaks(text, from, text.length) >= MAX_RECORD_LINES;
        return final || runaway ? 'stray' : 'more';
      }
      innerLines += countBreaks(text, from, quote);
      if (innerLines >= MAX_RECORD_LINES) return 'stray';
      if (quote + 1 >= text.length && !final) return 'more';
      const after = text.charCodeAt(quote + 1);
      value += text.slice(from, quote);
      from = quote + 1;
      if (after === QUOTE) {
        value += '"';
        from++;
      } else if (after === sep || after === CR || after === LF || Number.isNaN(after)) {
        return { value, next: from, innerLines };
      } else return innerLines > 0 ? 'stray' : 'unquoted';
    }
  }

  /** A line with a stray quote: split on every separator, quotes kept only where they pair up in a field. */
  private splitLiterally(line: string): string[] {
    return line.split(this.separator).map((field) => {
      const paired = field.length >= 2 && field.startsWith('"') && field.endsWith('"');
      if (paired) return field.slice(1, -1).replace(/""/g, '"');
      return field.startsWith('"') ? field.slice(1) : field;
    });
  }
}

function countBreaks(text: string, from: number, to: number): number {
  let breaks = 0;
  for (let at = text.indexOf('\n', from); at !== -1 && at < to; at = text.indexOf('\n', at + 1)) breaks++;
  return breaks;
}

function endOfLine(text: string, from: number): number {
  for (let at = from; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code === CR || code === LF) return at;
  }
  return -1;
}

/** The offset after the line break at `at` (CRLF, LF or a lone CR), or `at` at the end of the text. */
function afterBreak(text: string, at: number): number {
  if (text.charCodeAt(at) === CR) return text.charCodeAt(at + 1) === LF ? at + 2 : at + 1;
  return text.charCodeAt(at) === LF ? at + 1 : at;
}
