// ExcelJS's streaming reader passes over a sheet's `<mergeCell ref="…"/>` elements without keeping them
// (worksheet-reader.js has an empty `case 'mergeCell'`). They follow `<sheetData>`, so they are known only
// once every row has gone by. This taps the sheet's XML on its way into the reader and keeps the list: the
// bytes before it are searched for where it starts and not decoded, and only the list itself is held.

/** A chunk of a sheet's XML as the zip entry (or ExcelJS's temporary file) gives it. */
type XmlChunk = Uint8Array | string;

const LIST_START = Buffer.from('<mergeCells');
const LIST_END = '</mergeCells>';
// `<mergeCell\b` does not match `<mergeCells` (l and s are both word characters, so no boundary).
const MERGE_ELEMENT = /<mergeCell\b([^>]*)>/g;
const REF_ATTRIBUTE = /\bref\s*=\s*["']([^"']*)["']/;

export interface MergeListTap {
  /** The sheet's XML, unchanged, noting the merge list as it passes. */
  chunks: AsyncIterable<XmlChunk>;
  /** The merges' A1 references seen so far, in the file's order; all of them once `chunks` is drained. */
  refs: string[];
}

export function tapMergeList(source: AsyncIterable<XmlChunk>): MergeListTap {
  const refs: string[] = [];
  let state: 'before' | 'inside' | 'after' = 'before';
  // Before the list: the last bytes of the previous chunk, where the list's start tag may begin.
  let edge: Buffer = Buffer.alloc(0);
  // Inside the list: an element cut by the end of the previous chunk.
  let unfinished = '';

  function readList(text: string): void {
    const end = text.indexOf(LIST_END);
    const body = end < 0 ? text : text.slice(0, end);
    let consumed = 0;
    for (const element of body.matchAll(MERGE_ELEMENT)) {
      const ref = REF_ATTRIBUTE.exec(element[1]);
      if (ref) refs.push(ref[1]);
      consumed = element.index + element[0].length;
    }
    if (end >= 0) {
      state = 'after';
      unfinished = '';
      return;
    }
    const open = body.lastIndexOf('<');
    unfinished = open >= consumed && !body.includes('>', open) ? body.slice(open) : '';
  }

  function see(chunk: XmlChunk): void {
    if (state === 'after') return;
    const bytes =
      typeof chunk === 'string'
        ? Buffer.from(chunk)
        : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    if (state === 'inside') {
      // The references are ASCII; latin1 decodes any byte and cannot fail on a character cut in two.
      readList(unfinished + bytes.toString('latin1'));
      return;
    }
    const window = edge.length > 0 ? Buffer.concat([edge, bytes]) : bytes;
    const start = window.indexOf(LIST_START);
    if (start < 0) {
      edge = Buffer.from(window.subarray(Math.max(0, window.length - (LIST_START.length - 1))));
      return;
    }
    state = 'inside';
    edge = Buffer.alloc(0);
    readList(window.subarray(start).toString('latin1'));
  }

  async function* chunks(): AsyncGenerator<XmlChunk> {
    for await (const chunk of source) {
      see(chunk);
      yield chunk;
    }
  }

  return { chunks: chunks(), refs };
}
