// Looking down a column's values to choose between two columns whose headers both fit a field.
import { isBlankCell, isValue, readText } from '../cells/reading';
import { parseDay, type DateContext } from '../cells/dates';
import type { DealField, Grid, Outcome } from '../types';
import { latestTwoDigitYear, readerFor } from './columnDates';
import { classifyStage } from './dealVocabulary';
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
