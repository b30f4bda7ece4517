// Reads a folder of CSV files (named like the tabs) or one CSV file of deals into the runner's input.
import { readdirSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { detectTabs, OWN_TAB_NAMES } from '../core/input/tabs';
import type { Grid, ReadIssue } from '../core/types';
import type { CodePage } from './codePages';
import { readCsvFile, type CsvContent } from './csvFile';
import { CliError } from './errors';
import {
  countRows,
  sheetName,
  TAB_ROLES,
  type LoadedInput,
  type Notice,
  type ReadingProgress,
  type TabRole,
  valuesCopy,
} from './input';

interface CsvTab {
  name: string;
  grid: Grid;
}

export function loadCsvFolder(
  fullPath: string,
  path: string,
  progress: ReadingProgress,
  codePage: CodePage | null,
  copyRowLimit: number,
): LoadedInput {
  const files = readdirSync(fullPath)
    .filter((file) => extname(file).toLowerCase() === '.csv')
    .sort();
  const fileByName = new Map(files.map((file) => [sheetName(basename(file, extname(file))), file]));
  const names = detectTabs([...fileByName.keys()]);
  if (names.deals === null) throw new CliError('cli.error.noDealsCsv', { path });
  const reader = new CsvReader(progress, codePage);
  const used = new Set(TAB_ROLES.map((role) => names[role]));
  for (const [name, file] of fileByName) {
    if (!used.has(name)) reader.notices.push({ key: 'cli.notice.ignoredCsv', params: { file } });
  }
  const csvTabs: Partial<Record<TabRole, CsvTab>> = {};
  for (const role of TAB_ROLES) {
    const name = names[role];
    if (name === null) continue;
    const file = fileByName.get(name)!;
    const grid = reader.read(join(fullPath, file), file, name, role === 'deals' ? join(path, file) : null);
    if (grid) csvTabs[role] = { name, grid };
  }
  return csvInput(csvTabs, reader, copyRowLimit, path);
}

export function loadSingleCsv(
  fullPath: string,
  path: string,
  progress: ReadingProgress,
  codePage: CodePage | null,
  copyRowLimit: number,
): LoadedInput {
  const file = basename(fullPath);
  const ownName = sheetName(basename(file, extname(file)));
  // A single CSV is the Deals tab whatever its name; keep the name when it already says so.
  const name = detectTabs([ownName]).deals === ownName ? ownName : OWN_TAB_NAMES.en.deals;
  const reader = new CsvReader(progress, codePage);
  const grid = reader.read(fullPath, file, name, path)!;
  return csvInput({ deals: { name, grid } }, reader, copyRowLimit, path);
}

const CODE_PAGE_NAMES: Record<CodePage, string> = {
  'windows-1250': 'Windows-1250',
  'windows-1252': 'Windows-1252',
};

/** Reads CSV files one by one, collecting what the user should be told about them. */
class CsvReader {
  readonly notices: Notice[] = [];
  readonly decimalCommaFiles: string[] = [];
  readonly readIssues: ReadIssue[] = [];

  constructor(
    private readonly progress: ReadingProgress,
    private readonly codePage: CodePage | null,
  ) {}

  /**
   * The file's grid. A file that cannot be read stops the run when it is the Deals file (`requiredPath`,
   * as the user named it); any other becomes a data issue and the audit runs without it.
   */
  read(fullPath: string, file: string, tab: string, requiredPath: string | null): Grid | null {
    let content: CsvContent;
    try {
      this.progress.file(file, statSync(fullPath).size);
      content = readCsvFile(fullPath, {
        codePage: this.codePage,
        onRows: (rows) => this.progress.rows(rows),
      });
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
      if (requiredPath !== null)
        throw new CliError('cli.error.unreadableFile', { path: requiredPath, reason });
      this.readIssues.push({
        tab,
        row: null,
        column: null,
        code: 'unreadable_tab',
        key: 'input.unreadableTab',
        params: { file, reason },
      });
      return null;
    }
    if (content.encoding === 'windows-1250' || content.encoding === 'windows-1252') {
      const params = { file, codePage: CODE_PAGE_NAMES[content.encoding] };
      if (this.codePage) this.notices.push({ key: 'cli.notice.codePageGiven', params });
      else if (content.encodingSure) this.notices.push({ key: 'cli.notice.codePage', params });
      else this.notices.push({ key: 'cli.notice.codePageUnsure', params });
    }
    if (content.decimalComma) this.decimalCommaFiles.push(file);
    for (const { row, line } of content.strayQuotes) {
      this.readIssues.push({
        tab,
        row,
        column: null,
        code: 'stray_quote',
        key: 'input.strayQuote',
        params: { file, line },
      });
    }
    return content.grid;
  }
}

/** The output copy of CSV input: a new workbook with each CSV as a tab of text cells, as they were read. */
function csvInput(
  csvTabs: Partial<Record<TabRole, CsvTab>>,
  reader: CsvReader,
  copyRowLimit: number,
  path: string,
): LoadedInput {
  const tabs = {} as LoadedInput['tabs'];
  for (const role of TAB_ROLES) {
    const csvTab = csvTabs[role];
    tabs[role] = csvTab ? { name: csvTab.name, values: csvTab.grid } : null;
  }
  const { workbook, notices } = valuesCopy(tabs, copyRowLimit, path);
  return {
    workbook,
    tabs,
    rowCount: countRows(tabs),
    decimalCommaFiles: reader.decimalCommaFiles,
    notices: [...reader.notices, ...notices],
    readIssues: reader.readIssues,
  };
}
