// The merge list of a streamed sheet (issue 14): ExcelJS's streaming reader drops it, the tap keeps it,
// wherever the zip entry's chunks happen to cut the XML, and passes the XML on unchanged.
import { tapMergeList } from '../../src/cli/xlsxMergeList';

const SHEET =
  '<?xml version="1.0" encoding="UTF-8"?><worksheet><sheetData>' +
  '<row r="1"><c r="A1" t="inlineStr"><is><t>Zażółć &lt;mergeCells&gt;</t></is></c></row>' +
  '</sheetData><mergeCells count="3"><mergeCell ref="C2:C4"/><mergeCell  ref=\'D5:E6\' />' +
  '<mergeCell ref="AA10:AB10"></mergeCell></mergeCells>' +
  '<pageMargins left="0.7"/><extLst><mergeCell ref="Z1:Z2"/></extLst></worksheet>';

function* cut(text: string, size: number): Generator<string> {
  for (let at = 0; at < text.length; at += size) yield text.slice(at, at + size);
}

async function drain(tap: ReturnType<typeof tapMergeList>): Promise<string> {
  let passed = '';
  for await (const chunk of tap.chunks) passed += chunk;
  return passed;
}

async function* asAsync<T>(items: Iterable<T>): AsyncGenerator<T> {
  yield* items;
}

describe('tapMergeList', () => {
  it.each([1, 2, 7, 11, 12, 64, 100_000])(
    'keeps the merge list, and only it, from chunks of %i characters',
    async (size) => {
      const tap = tapMergeList(asAsync(cut(SHEET, size)));
      const passed = await drain(tap);
      expect(passed).toBe(SHEET);
      // The escaped text in a cell and an element after the list are not merges.
      expect(tap.refs).toEqual(['C2:C4', 'D5:E6', 'AA10:AB10']);
    },
  );

  it('finds none in a sheet without merges', async () => {
    const plain = '<worksheet><sheetData><row r="1"/></sheetData><pageMargins left="0.7"/></worksheet>';
    const tap = tapMergeList(asAsync([plain.slice(0, 30), plain.slice(30)]));
    expect(await drain(tap)).toBe(plain);
    expect(tap.refs).toEqual([]);
  });
});
