// ExcelJS's streaming reader passes over a sheet's `<mergeCell ref="…"/>` elements without keeping them
// (worksheet-reader.js has an empty `case 'mergeCell'`). They follow `<sheetData>`, so they are known only
// once every row has gone by. This taps the sheet's XML on its way into the reader and keeps the list: the
// text before it is searched for where it starts, and only the list itself is held.

const LIST_START = '<mergeCells';
const LIST_END = '</mergeCells>';
// `<mergeCell\b` does not match `<mergeCells` (l and s are both word characters, so no boundary).
const MERGE_ELEMENT = /<mergeCell\b([^>]*)>/g;
const REF_ATTRIBUTE = /\bref\s*=\s*["']([^"']*)["']/;

export interface MergeListTap {
  /** The sheet's XML, unchanged, noting the merge list as it passes. */
  chunks: AsyncIterable<string>;
  /** The merges' A1 references seen so far, in the file's order; all of them once `chunks` is drained. */
  refs: string[];
}

export function tapMergeList(source: AsyncIterable<string>): MergeListTap {
  const refs: string[] = [];
  let state: 'before' | 'inside' | 'after' = 'before';
  // Before the list: the end of the previous chunk, where the list's start tag may begin.
  // Inside the list: an element cut by the end of the previous chunk.
  let carried = '';

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
      carried = '';
      return;
    }
    const open = body.lastIndexOf('<');
    carried = open >= consumed && !body.includes('>', open) ? body.slice(open) : '';
  }

  function see(chunk: string): void {
    if (state === 'after') return;
    const text = carried + chunk;
    if (state === 'inside') {
      readList(text);
      return;
    }
    const start = text.indexOf(LIST_START);
    if (start < 0) {
      carried = text.slice(Math.max(0, text.length - (LIST_START.length - 1)));
      return;
    }
    state = 'inside';
    readList(text.slice(start));
  }

  async function* chunks(): AsyncGenerator<string> {
    for await (const chunk of source) {
      see(chunk);
      yield chunk;
    }
  }

  return { chunks: chunks(), refs };
}
