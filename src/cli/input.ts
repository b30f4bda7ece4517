// Finds and reads the runner's input: an .xlsx workbook, a folder of CSV files, or one CSV file of deals.
import ExcelJS from 'exceljs';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { detectTabs, OWN_TAB_NAMES, type TabNames } from '../core/input/tabs';
import type { MessageKey } from '../core/i18n/catalog';
import type { Params } from '../core/i18n/format';
import type { Cell, Grid, NamedGrid } from '../core/types';
import { readCsv } from './csvFile';
import { CliError } from './errors';
import { worksheetGrid } from './xlsxCells';

export type TabRole = keyof TabNames;
export const TAB_ROLES: TabRole[] = ['deals', 'channels', 'customers', 'settings', 'history', 'snapshots'];

export interface Notice {
  key: MessageKey;
  params: Params;
}

export interface LoadedInput {
  /** The workbook the output is a copy of; for CSV input, a new one holding the CSV tabs. */
  workbook: ExcelJS.Workbook;
  tabs: Record<TabRole, NamedGrid | null>;
  /** Data rows of all input tabs together, for the progress messages. */
  rowCount: number;
  /** CSV files written with ';' and decimal commas, which en-US would misread. */
  decimalCommaFiles: string[];
  notices: Notice[];
}

export type ReadingProgress = (rows: number) => void;

/** The input as a file or a folder: outputs may never be that file, nor lie inside that folder. */
export type InputLocation = { file: string } | { folder: string };

export function locateInput(path: string, cwd: string): InputLocation {
  const fullPath = resolve(cwd, path);
  try {
    return statSync(fullPath).isDirectory() ? { folder: fullPath } : { file: fullPath };
  } catch {
    throw new CliError('cli.error.notFound', { path });
  }
}

export async function loadInput(
  path: string,
  location: InputLocation,
  onReading: ReadingProgress,
): Promise<LoadedInput> {
  if ('folder' in location) return loadCsvFolder(location.folder, path, onReading);
  const fullPath = location.file;
  const extension = extname(fullPath).toLowerCase();
  if (extension === '.xlsx' || extension === '.xlsm') return loadWorkbook(fullPath, path, onReading);
  if (extension === '.csv' || extension === '.txt') return loadSingleCsv(fullPath, path, onReading);
  throw new CliError('cli.error.unsupportedInput', { path });
}

async function loadWorkbook(
  fullPath: string,
  path: string,
  onReading: ReadingProgress,
): Promise<LoadedInput> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(fullPath);
  } catch {
    // Encrypted workbooks are OLE files, not zips; ExcelJS then fails inside its zip reader.
    throw new CliError('cli.error.unreadableXlsx', { path });
  }
  const names = detectTabs(workbook.worksheets.map((sheet) => sheet.name));
  if (names.deals === null) throw new CliError('cli.error.noDealsTab', { path });
  const sheets = TAB_ROLES.map((role) => [role, names[role] && workbook.getWorksheet(names[role]!)] as const);
  onReading(sheets.reduce((sum, [, sheet]) => sum + (sheet ? Math.max(0, sheet.actualRowCount - 1) : 0), 0));
  const tabs = {} as LoadedInput['tabs'];
  for (const [role, sheet] of sheets)
    tabs[role] = sheet ? { name: sheet.name, values: worksheetGrid(sheet) } : null;
  return {
    workbook,
    tabs,
    rowCount: countRows(tabs),
    decimalCommaFiles: [],
    notices: [],
  };
}

interface CsvTab {
  name: string;
  grid: Grid;
}

function loadCsvFolder(fullPath: string, path: string, onReading: ReadingProgress): LoadedInput {
  const files = readdirSync(fullPath)
    .filter((file) => extname(file).toLowerCase() === '.csv')
    .sort();
  const fileByName = new Map(files.map((file) => [sheetName(basename(file, extname(file))), file]));
  const names = detectTabs([...fileByName.keys()]);
  if (names.deals === null) throw new CliError('cli.error.noDealsCsv', { path });
  const reader = new CsvReader();
  const used = new Set(TAB_ROLES.map((role) => names[role]));
  for (const [name, file] of fileByName) {
    if (!used.has(name)) reader.notices.push({ key: 'cli.notice.ignoredCsv', params: { file } });
  }
  const bytesByRole = new Map<TabRole, { name: string; file: string; bytes: Buffer }>();
  for (const role of TAB_ROLES) {
    const name = names[role];
    if (name === null) continue;
    const file = fileByName.get(name)!;
    bytesByRole.set(role, { name, file, bytes: readBytes(join(fullPath, file), join(path, file)) });
  }
  onReading([...bytesByRole.values()].reduce((sum, { bytes }) => sum + countDataLines(bytes), 0));
  const csvTabs: Partial<Record<TabRole, CsvTab>> = {};
  for (const [role, { name, file, bytes }] of bytesByRole)
    csvTabs[role] = { name, grid: reader.read(bytes, file) };
  return csvInput(csvTabs, reader);
}

function loadSingleCsv(fullPath: string, path: string, onReading: ReadingProgress): LoadedInput {
  const file = basename(fullPath);
  const bytes = readBytes(fullPath, path);
  onReading(countDataLines(bytes));
  const ownName = sheetName(basename(file, extname(file)));
  // A single CSV is the Deals tab whatever its name; keep the name when it already says so.
  const name = detectTabs([ownName]).deals === ownName ? ownName : OWN_TAB_NAMES.en.deals;
  const reader = new CsvReader();
  return csvInput({ deals: { name, grid: reader.read(bytes, file) } }, reader);
}

/** Reads CSV files one by one, collecting what the user should be told about them. */
class CsvReader {
  readonly notices: Notice[] = [];
  readonly decimalCommaFiles: string[] = [];

  read(bytes: Buffer, file: string): Grid {
    const content = readCsv(bytes);
    if (content.encoding === 'windows-1250')
      this.notices.push({ key: 'cli.notice.windows1250', params: { file } });
    if (content.decimalComma) this.decimalCommaFiles.push(file);
    return content.grid;
  }
}

/** Excel refuses (or "repairs") a cell of more text than this. */
const EXCEL_CELL_LIMIT = 32_767;

/** The copy is for viewing: an overlong cell is cut there, while the audit reads it whole. */
function fitExcelCells(row: Cell[]): Cell[] {
  return row.map((cell) =>
    typeof cell === 'string' && cell.length > EXCEL_CELL_LIMIT
      ? cell.slice(0, EXCEL_CELL_LIMIT - 1) + '…'
      : cell,
  );
}

/** The output copy of CSV input: a new workbook with each CSV as a tab of text cells, as they were read. */
function csvInput(csvTabs: Partial<Record<TabRole, CsvTab>>, reader: CsvReader): LoadedInput {
  const workbook = new ExcelJS.Workbook();
  const tabs = {} as LoadedInput['tabs'];
  for (const role of TAB_ROLES) {
    const csvTab = csvTabs[role];
    tabs[role] = csvTab ? { name: csvTab.name, values: csvTab.grid } : null;
    if (csvTab) workbook.addWorksheet(csvTab.name).addRows(csvTab.grid.map(fitExcelCells));
  }
  return {
    workbook,
    tabs,
    rowCount: countRows(tabs),
    decimalCommaFiles: reader.decimalCommaFiles,
    notices: reader.notices,
  };
}

function readBytes(fullPath: string, path: string): Buffer {
  try {
    return readFileSync(fullPath);
  } catch (error) {
    throw new CliError('cli.error.unreadableFile', {
      path,
      reason: (error as NodeJS.ErrnoException).code ?? 'error',
    });
  }
}

/** Lines after the header, counted on the raw bytes so progress can be shown before parsing starts. */
function countDataLines(bytes: Buffer): number {
  let lines = 0;
  for (let at = bytes.indexOf(10); at !== -1; at = bytes.indexOf(10, at + 1)) lines++;
  return Math.max(0, lines - 1);
}

function countRows(tabs: LoadedInput['tabs']): number {
  return TAB_ROLES.reduce((sum, role) => sum + Math.max(0, (tabs[role]?.values.length ?? 0) - 1), 0);
}

/** Excel tab names: at most 31 characters, none of : \ / ? * [ ]. */
function sheetName(name: string): string {
  return (
    name
      .replace(/[:\\/?*[\]]/g, ' ')
      .trim()
      .slice(0, 31) || 'Sheet'
  );
}
