// The run's date and time in the spreadsheet's zone, not the script's: a run at 00:30 in Warsaw is
// already the new day there, and the audit shows the time the user's clock showed.
export function isoDateIn(timeZone: string, now = new Date()): string {
  return Utilities.formatDate(now, timeZone, 'yyyy-MM-dd');
}

/** ISO 8601 with the zone's offset, e.g. `2024-06-30T12:00:00+02:00`. */
export function isoDateTimeIn(timeZone: string, now = new Date()): string {
  return Utilities.formatDate(now, timeZone, "yyyy-MM-dd'T'HH:mm:ssXXX");
}
