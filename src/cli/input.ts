// Finds and reads the runner's input: an .xlsx workbook, a folder of CSV files, or one CSV file of deals.
import ExcelJS from 'exceljs';
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TabNames } from '../core/input/tabs';
import type { MessageKey } from '../core/i18n/catalog';
import type { Params } from '../core/i18n/format';
import type { NamedGrid, ReadIssue } from '../core/types';
import type { CodePage } from './codePages';
import { loadCsvFolder, loadSingleCsv } from './csvInput';
import { CliError } from './errors';
import { writableRow } from './writePlan';
import { loadWorkbook } from './xlsxInput';

export type TabRole = keyof TabNames;
export const TAB_ROLES: TabRole[] = ['deals', 'channels', 'customers', 'settings', 'history', 'snapshots'];

export interface Notice {
  key: MessageKey;
  params: Params;
}

export interface LoadedInput {
  /** The workbook the output is a copy of: the input's, a new one of the CSV tabs, or an empty one. */
  workbook: ExcelJS.Workbook;
  tabs: Record<TabRole, NamedGrid | null>;
  /** Data rows of the Deals, Channels and Customers tabs together. */
  rowCount: number;
  /** CSV files written with ';' and decimal commas, which en-US would misread. */
  decimalCommaFiles: string[];
  notices: Notice[];
  /** Problems met while reading (stray quotes, an unreadable optional file), for the report's data issues. */
  readIssues: ReadIssue[];
}

export interface ReadingProgress {
  /** A file of this many bytes is about to be read. */
  file(name: string, bytes: number): void;
  /** Rows read so far, in the file being read. */
  rows(count: number): void;
}

export interface LoadOptions {
  codePage: CodePage | null;
  /** Above this many data rows the copy holds only the audit's tabs (see COPY_ROW_LIMIT). */
  copyRowLimit?: number;
  /** Workbooks of this many bytes or more are streamed (see STREAM_FROM_BYTES); tests lower it. */
  streamFromBytes?: number;
}

/**
 * Copying the input into the viewing copy costs ExcelJS about half a second and 10 MB per thousand rows
 * (measured: 100,000 rows took 50 s and 2 GB). Beyond this the copy holds the audit's tabs only, and the
 * console says so: the data stays in the input file.
 */
export const COPY_ROW_LIMIT = 50_000;

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
  progress: ReadingProgress,
  options: LoadOptions = { codePage: null },
): Promise<LoadedInput> {
  const limit = options.copyRowLimit ?? COPY_ROW_LIMIT;
  if ('folder' in location) return loadCsvFolder(location.folder, path, progress, options.codePage, limit);
  const fullPath = location.file;
  const streamFrom = options.streamFromBytes;
  if (isZip(fullPath)) return loadWorkbook(fullPath, path, progress, limit, streamFrom);
  const extension = fullPath.slice(fullPath.lastIndexOf('.')).toLowerCase();
  if (extension === '.csv' || extension === '.txt')
    return loadSingleCsv(fullPath, path, progress, options.codePage, limit);
  if (extension === '.xlsx' || extension === '.xlsm')
    return loadWorkbook(fullPath, path, progress, limit, streamFrom);
  throw new CliError('cli.error.unsupportedInput', { path });
}

/** An .xlsx is a zip whatever its name: one saved as "deals.csv" is still read as a workbook. */
function isZip(fullPath: string): boolean {
  try {
    const fd = openSync(fullPath, 'r');
    const head = Buffer.alloc(4);
    readSync(fd, head, 0, 4, 0);
    closeSync(fd);
    return head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;
  } catch {
    return false;
  }
}

/** Excel tab names: at most 31 characters, none of : \ / ? * [ ]. */
export function sheetName(name: string): string {
  return (
    name
      .replace(/[:\\/?*[\]]/g, ' ')
      .trim()
      .slice(0, 31) || 'Sheet'
  );
}

/**
 * A new workbook of the input's values, as the runner read them: every tab when the data fits under the row
 * limit, else only the audit's own tabs, with the notice that says so.
 */
export function valuesCopy(
  tabs: LoadedInput['tabs'],
  copyRowLimit: number,
  path: string,
): { workbook: ExcelJS.Workbook; notices: Notice[] } {
  const workbook = new ExcelJS.Workbook();
  const rows = countRows(tabs);
  const fits = rows <= copyRowLimit;
  addInputTabs(workbook, tabs, fits ? TAB_ROLES : AUDIT_OWN_ROLES);
  return { workbook, notices: fits ? [] : [auditTabsOnlyNotice(rows, path)] };
}

export function auditTabsOnlyNotice(rows: number, path: string): Notice {
  return { key: 'cli.notice.auditTabsOnly', params: { rows, input: path } };
}

/** The tabs an "audit tabs only" copy still carries: the run's own settings and history, which are small. */
export const AUDIT_OWN_ROLES: TabRole[] = ['settings', 'history'];

/** Adds the input's tabs of these roles to a new copy, as they were read. */
export function addInputTabs(workbook: ExcelJS.Workbook, tabs: LoadedInput['tabs'], roles: TabRole[]): void {
  for (const role of roles) {
    const tab = tabs[role];
    // The copy is for viewing: an overlong cell is cut there, while the audit reads it whole.
    if (tab) workbook.addWorksheet(tab.name).addRows(tab.values.map(writableRow));
  }
}

/** The tabs of the user's data, as opposed to the audit's own settings, history and snapshots. */
export const INPUT_ROLES: TabRole[] = ['deals', 'channels', 'customers'];

/** Data rows of the input tabs together: what makes an input big. */
export function countRows(tabs: LoadedInput['tabs']): number {
  return INPUT_ROLES.reduce((sum, role) => sum + Math.max(0, (tabs[role]?.values.length ?? 0) - 1), 0);
}
