// SPEC §4.2: the runner continues the story of an earlier output. Its history and snapshots tabs are
// carried into the new copy, so a monthly export audited each month builds the trend and the movement.
import ExcelJS from 'exceljs';
import { existsSync } from 'node:fs';
import { detectTabs } from '../core/input/tabs';
import type { NamedGrid } from '../core/types';
import { CliError } from './errors';
import type { LoadedInput } from './input';
import { writableRow } from './writePlan';
import { worksheetGrid } from './xlsxCells';

export interface Carried {
  history: NamedGrid | null;
  snapshots: NamedGrid | null;
}

/**
 * The earlier output to continue: --history when given (it must exist and be a workbook), else the --out
 * file when it already exists and is one; null for a first audit.
 */
export async function readEarlierOutput(
  history: { path: string; shown: string } | null,
  out: string,
): Promise<Carried | null> {
  const path = history ? history.path : out;
  if (!existsSync(path)) {
    if (history) throw new CliError('cli.error.notFound', { path: history.shown });
    return null;
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(path);
  } catch {
    // An --out that is no workbook is not an earlier result: the output checks decide about replacing it.
    if (history) throw new CliError('cli.error.unreadableXlsx', { path: history.shown });
    return null;
  }
  const names = detectTabs(workbook.worksheets.map((sheet) => sheet.name));
  const grid = (name: string | null): NamedGrid | null => {
    const sheet = name === null ? undefined : workbook.getWorksheet(name);
    return sheet ? { name: sheet.name, values: worksheetGrid(sheet) } : null;
  };
  return { history: grid(names.history), snapshots: grid(names.snapshots) };
}

/**
 * Puts the carried tabs into the copy in place of the input's own (an input that is itself an earlier
 * output has them too), and makes the audit read them.
 */
export function carryInto(input: LoadedInput, carried: Carried): void {
  for (const role of ['history', 'snapshots'] as const) {
    const grid = carried[role];
    if (grid === null) continue;
    const own = input.tabs[role];
    const earlier = own && input.workbook.getWorksheet(own.name);
    if (earlier) input.workbook.removeWorksheet(earlier.id);
    input.workbook.addWorksheet(grid.name).addRows(grid.values.map(writableRow));
    input.tabs[role] = grid;
  }
}
