// Reads an .xlsx tab by tab, row by row, with ExcelJS's own sheet reader, opening the zip by its central directory.
//
// ExcelJS's streaming WorkbookReader walks the zip in one pass, and unzipper's pass can end before its last
// parts are handed over (it emits 'end' on 'finish'; exceljs/exceljs#3064, still open): the same file then
// fails at random ("reading 'sheets'") or, when the parts lost are sheets, would be read without them. The
// central directory names every part, so the workbook, its relationships, shared strings and styles are read
// first and each sheet is read when asked for. Every part is decoded as one UTF-8 stream: ExcelJS decodes
// each chunk on its own, which turns a Polish letter cut by a chunk boundary into two replacement characters.
import ExcelJS from 'exceljs';
import { Open, type CentralDirectory, type Entry } from 'unzipper';
// Not in ExcelJS's public API: the class its WorkbookReader makes for each sheet it meets.
import WorksheetReader from 'exceljs/lib/stream/xlsx/worksheet-reader';

/** What the runner uses of ExcelJS's WorkbookReader beyond its typings (exceljs 4.4.0, pinned). */
interface WorkbookReaderParts {
  options: object;
  model?: { sheets?: { id: number; name: string; rId: string }[] };
  workbookRels?: { Id: string; Target: string }[];
  _parseRels(entry: Entry): Promise<void>;
  _parseWorkbook(entry: Entry): Promise<void>;
  _parseSharedStrings(entry: Entry): AsyncIterable<unknown>;
  _parseStyles(entry: Entry): Promise<void>;
}

/** A sheet's XML as ExcelJS's sheet reader takes it. */
export type SheetXml = AsyncIterable<string>;

export interface StreamedWorkbook {
  /** The tabs' names in the workbook's order. */
  sheetNames: string[];
  /**
   * The tab's rows, as ExcelJS reads them; `through` sees (and passes on) the sheet's XML on its way in.
   * Blank rows are left out; `row.number` says where a row is.
   */
  rows(name: string, through?: (xml: SheetXml) => SheetXml): AsyncIterable<ExcelJS.Row>;
}

export async function openStreamedWorkbook(fullPath: string): Promise<StreamedWorkbook> {
  const zip = await Open.file(fullPath);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(fullPath, {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  }) as unknown as WorkbookReaderParts;

  await reader._parseRels(textOf(requiredPart(zip, 'xl/_rels/workbook.xml.rels')));
  await reader._parseWorkbook(textOf(requiredPart(zip, 'xl/workbook.xml')));
  const sharedStrings = part(zip, 'xl/sharedStrings.xml');
  // With `sharedStrings: 'cache'` the reader keeps the strings and yields nothing; draining runs it.
  if (sharedStrings) for await (const _ of reader._parseSharedStrings(textOf(sharedStrings)));
  const styles = part(zip, 'xl/styles.xml');
  if (styles) await reader._parseStyles(textOf(styles));

  const sheets = reader.model?.sheets ?? [];
  const sheetPath = (rId: string): string | null => {
    const target = reader.workbookRels?.find((rel) => rel.Id === rId)?.Target;
    if (!target) return null;
    // Targets are relative to xl/, or absolute from the package's root.
    return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
  };

  return {
    sheetNames: sheets.map((sheet) => sheet.name),
    async *rows(name, through = (xml) => xml) {
      const sheet = sheets.find((candidate) => candidate.name === name);
      const path = sheet && sheetPath(sheet.rId);
      const file = path ? part(zip, path) : undefined;
      if (!sheet || !file) throw new Error(`The workbook lists no readable part for the tab "${name}".`);
      const worksheet = new WorksheetReader({
        workbook: reader,
        id: sheet.id,
        iterator: through(textOf(file)),
        options: reader.options,
      });
      yield* worksheet;
    },
  };
}

/** Part names are compared without case: the package format does, and some writers vary it. */
function part(zip: CentralDirectory, path: string): CentralDirectory['files'][number] | undefined {
  const wanted = path.toLowerCase();
  return zip.files.find((file) => file.path.toLowerCase() === wanted);
}

function requiredPart(zip: CentralDirectory, path: string): CentralDirectory['files'][number] {
  const file = part(zip, path);
  if (!file) throw new Error(`The workbook has no ${path}.`);
  return file;
}

function textOf(file: CentralDirectory['files'][number]): Entry {
  const entry = file.stream();
  entry.setEncoding('utf8');
  return entry;
}
