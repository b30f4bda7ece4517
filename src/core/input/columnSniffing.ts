// Looking down a column's values to choose between two columns whose headers both fit a field.
import { isBlankCell, isValue, readText } from '../cells/reading';
import { parseDay, type DateContext } from '../cells/dates';
import type { DealField, Grid, Outcome } from '../types';
import { latestTwoDigitYear, readerFor } from './columnDates';
import { normalizeHeader } from '../text';
import { classifyStage } from './dealVocabulary';
import { unprefixedKey } from './headers';
import type { ParseOptions } from './openTab';

export function columnHasOutcomes(
  grid: Grid,
  column: number,
  dataStart: number,
  overrides: Record<string, Outcome>,
) {
  // A column of open stages is read to its end; each distinct name is classified once.
  const seen = new Set<string>();
  for (let i = dataStart; i < grid.length; i++) {
    const text = readText(grid[i]?.[column]);
    if (!isValue(text) || seen.has(text)) continue;
    if (classifyStage(text, overrides) !== 'open') return true;
    seen.add(text);
  }
  return false;
}

export const DEAL_DATE_FIELDS: ReadonlySet<DealField> = new Set([
  'created',
  'closed',
  'expectedClose',
  'delivered',
  'followUp',
]);
const DATE_SAMPLE = 20;

/**
 * Whether any of the first values of a column reads as a date (in either day/month order), so that a
 * Salesforce report's `Closed` checkbox (1/0) does not take the closed date from its `Close Date` column.
 */
export function columnHasDates(
  grid: Grid,
  column: number,
  dataStart: number,
  options: ParseOptions,
): boolean {
  const context: DateContext = {
    readDate: readerFor(options.timeZone),
    dayFirst: true,
    latestTwoDigitYear: latestTwoDigitYear(options.today),
  };
  const monthFirst: DateContext = { ...context, dayFirst: false };
  let sampled = 0;
  for (let i = dataStart; i < grid.length && sampled < DATE_SAMPLE; i++) {
    const cell = grid[i]?.[column];
    if (isBlankCell(cell)) continue;
    sampled++;
    if (isValue(parseDay(cell, context)) || isValue(parseDay(cell, monthFirst))) return true;
  }
  return false;
}

/** Headers of a column that holds only a deal's outcome (Pipedrive `Deal - Status`: Won / Lost / Open). */
const STATUS_HEADERS = new Set(['status', 'deal status', 'outcome', 'result', 'wynik', 'status transakcji']);
/** Outcome words of such a column that mean the deal is still open (Pipedrive also has Deleted). */
const OPEN_STATUSES = new Set(
  ['open', 'active', 'in progress', 'deleted', 'otwarta', 'otwarte', 'w toku', 'aktywna', 'usunieta'].map(
    (word) => normalizeHeader(word),
  ),
);

/**
 * A column named like a status whose every value is won, lost or open: the deal's outcome, while another
 * column names its pipeline step. Null when there is none.
 */
export function findStatusColumn(
  grid: Grid,
  dataStart: number,
  overrides: Record<string, Outcome>,
): number | null {
  const headers = grid[dataStart - 1] ?? [];
  for (let column = 0; column < headers.length; column++) {
    const header = readText(headers[column]);
    if (!isValue(header) || !STATUS_HEADERS.has(unprefixedKey(header))) continue;
    if (holdsOnlyOutcomes(grid, column, dataStart, overrides)) return column;
  }
  return null;
}

function holdsOnlyOutcomes(
  grid: Grid,
  column: number,
  dataStart: number,
  overrides: Record<string, Outcome>,
) {
  const seen = new Set<string>();
  let closed = false;
  for (let i = dataStart; i < grid.length; i++) {
    const text = readText(grid[i]?.[column]);
    if (!isValue(text) || seen.has(text)) continue;
    seen.add(text);
    if (classifyStage(text, overrides) !== 'open') closed = true;
    else if (!OPEN_STATUSES.has(normalizeHeader(text))) return false;
  }
  return closed;
}
