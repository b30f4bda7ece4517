// How one column's date cells are read: the spreadsheet's zone for Date cells, the day/month order of its
// texts, and the century of two-digit years.
import { dateReader } from '../days';
import { detectDayFirst, type DateContext } from '../cells/dates';
import type { Day } from '../types';

/**
 * How one column's dates are read. Its day/month order is decided from all its texts (SPEC §3.1) when the
 * first `a/b/yyyy`-like text needs it: a column of date cells or ISO texts is never scanned for it.
 */
export class ColumnDates implements DateContext {
  private decided: boolean | null = null;

  constructor(
    readonly readDate: (date: Date) => Day | null,
    readonly latestTwoDigitYear: number,
    private readonly texts: () => string[],
    private readonly locale: string,
  ) {}

  get dayFirst(): boolean {
    this.decided ??= detectDayFirst(this.texts(), this.locale);
    return this.decided;
  }
}

/** Two-digit years reach ten years ahead of today and ninety back (DateContext.latestTwoDigitYear). */
export function latestTwoDigitYear(today: Day): number {
  return new Date(today * 86_400_000).getUTCFullYear() + 10;
}

const readers = new Map<string, (date: Date) => Day | null>();
export function readerFor(timeZone: string): (date: Date) => Day | null {
  let reader = readers.get(timeZone);
  if (reader === undefined) {
    reader = dateReader(timeZone);
    readers.set(timeZone, reader);
  }
  return reader;
}
