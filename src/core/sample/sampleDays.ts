// Calendar helpers of the sample data: days as spreadsheet date cells and month starts.
import type { Day } from '../types';

const MS_PER_DAY = 86_400_000;

/** Noon UTC of the day: any zone within ±11 h reads it as the same calendar day. */
export function dateCell(day: Day): Date {
  return new Date(day * MS_PER_DAY + MS_PER_DAY / 2);
}

export function monthStart(day: Day): Day {
  const date = new Date(day * MS_PER_DAY);
  return Math.round(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1) / MS_PER_DAY);
}
