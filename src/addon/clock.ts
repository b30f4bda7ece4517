import type { WallClock } from '../core/days';

// The run's date and time in the spreadsheet's zone, not the script's: a run at 00:30 in Warsaw is
// already the new day there, and the audit shows the time the user's clock showed.
export function isoDateIn(timeZone: string, now = new Date()): string {
  return Utilities.formatDate(now, timeZone, 'yyyy-MM-dd');
}

/** ISO 8601 with the zone's offset, e.g. `2024-06-30T12:00:00+02:00`. */
export function isoDateTimeIn(timeZone: string, now = new Date()): string {
  return Utilities.formatDate(now, timeZone, "yyyy-MM-dd'T'HH:mm:ssXXX");
}

/**
 * The zone's wall clock as Utilities.formatDate reads it (Java's zone data: every zone Sheets offers), for a
 * runtime whose Intl cannot read the spreadsheet's zone (see days.ts). It costs one Utilities call per hour
 * of time the dates read fall in (dateReader caches the offset by the hour), where Intl costs none.
 * https://developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String)
 */
export function formatDateWallClock(timeZone: string): WallClock {
  return (date) => {
    const [year, month, day, hour, minute, second] = Utilities.formatDate(
      date,
      timeZone,
      'yyyy MM dd HH mm ss',
    )
      .split(' ')
      .map(Number);
    return Date.UTC(year, month - 1, day, hour, minute, second);
  };
}
