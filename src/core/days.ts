// Calendar days as integers (days since 1970-01-01), so date arithmetic is plain subtraction.
import type { Day } from './types';

const MS_PER_DAY = 86_400_000;
const MS_PER_HOUR = 3_600_000;

export function dayFromParts(year: number, month: number, dayOfMonth: number): Day | null {
  // Checked arithmetically: this runs for every date cell, and building Date objects to compare was the
  // slowest part of reading a date. Years below 100 are refused (Date.UTC would read them as 19xx).
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(dayOfMonth)) return null;
  if (year < 100 || month < 1 || month > 12 || dayOfMonth < 1) return null;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const monthLength =
    month === 2 ? (leap ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  if (dayOfMonth > monthLength) return null;
  return Date.UTC(year, month - 1, dayOfMonth) / MS_PER_DAY;
}

/** Parses `YYYY-MM-DD` exactly; anything else is null. */
export function isoToDay(iso: string): Day | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match ? dayFromParts(Number(match[1]), Number(match[2]), Number(match[3])) : null;
}

export function dayToIso(day: Day): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** The same day of month `months` later (or earlier), clamped to the month's last day. */
export function addMonths(day: Day, months: number): Day {
  const date = new Date(day * MS_PER_DAY);
  const target = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(date.getUTCDate(), lastDay));
  return Math.round(target.getTime() / MS_PER_DAY);
}

/** Excel / Sheets serial number (days since 1899-12-30) to a Day; the time part is dropped. */
export function serialToDay(serial: number): Day {
  return Math.floor(serial) - 25_569;
}

/** A Date's wall-clock date and time in a zone, as milliseconds of a UTC date with the same fields. */
export type WallClock = (date: Date) => number;

const isUtc = (timeZone: string) => timeZone === 'UTC' || timeZone === 'Etc/UTC';

/**
 * The adapter's own reading of a zone, for a runtime whose Intl cannot read it (no time-zone support, or a
 * zone name its data lacks). The add-on sets one built on Utilities.formatDate; the runner needs none, as it
 * reads in UTC.
 */
let zoneFallback: ((timeZone: string) => WallClock) | null = null;

export function setZoneFallback(fallback: ((timeZone: string) => WallClock) | null): void {
  zoneFallback = fallback;
}

/** Intl's reading of the zone; null where the runtime has no Intl time-zone support for it. */
function intlWallClock(timeZone: string): WallClock | null {
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      hourCycle: 'h23',
    });
    if (typeof format.formatToParts !== 'function') return null;
  } catch {
    // No Intl, no DateTimeFormat, or a RangeError for a zone the runtime does not know.
    return null;
  }
  return (date) => {
    const parts: Record<string, number> = {};
    for (const part of format.formatToParts(date)) parts[part.type] = Number(part.value);
    return Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
  };
}

/**
 * Returns a function giving a Date's wall-clock date and time in `timeZone` (one Intl formatter per zone:
 * creating one is slow). Where Intl cannot read the zone, the adapter's fallback reads it; without one the
 * dates could not be placed on their days, so that is an error rather than a silent shift.
 */
export function wallClockReader(timeZone: string): WallClock {
  if (isUtc(timeZone)) return (date) => Math.floor(date.getTime() / 1000) * 1000;
  const clock = intlWallClock(timeZone) ?? zoneFallback?.(timeZone);
  if (!clock)
    throw new Error(`This runtime cannot read the time zone ${timeZone} (no Intl time-zone support).`);
  return clock;
}

/**
 * Returns a function reading a Date cell as a calendar day in `timeZone`.
 * Sheets hands Date objects that mean a wall-clock time in the spreadsheet's zone; the zone's offset is
 * looked up once per hour of time, because Intl formatting is far too slow to run for every cell.
 */
export function dateReader(timeZone: string): (date: Date) => Day | null {
  if (isUtc(timeZone)) {
    return (date) => (isNaN(date.getTime()) ? null : Math.floor(date.getTime() / MS_PER_DAY));
  }
  const wallClockOf = wallClockReader(timeZone);
  const offsetByHour = new Map<number, number>();
  return (date) => {
    const ms = date.getTime();
    if (isNaN(ms)) return null;
    const hour = Math.floor(ms / MS_PER_HOUR);
    let offset = offsetByHour.get(hour);
    if (offset === undefined) {
      // Minutes matter: India, Iran or Newfoundland are half an hour off the hour.
      offset = wallClockOf(new Date(hour * MS_PER_HOUR)) - hour * MS_PER_HOUR;
      offsetByHour.set(hour, offset);
    }
    return Math.floor((ms + offset) / MS_PER_DAY);
  };
}

/** The first day of the calendar month `months` after (or before) the month of `day`. */
export function monthStart(day: Day, months = 0): Day {
  const date = new Date(day * MS_PER_DAY);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1) / MS_PER_DAY;
}
