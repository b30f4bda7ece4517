// `today` is the calendar date in the spreadsheet's zone, not the script's: a run at 00:30 in Warsaw is
// already the new day there.
export function isoDateIn(timeZone: string, now = new Date()): string {
  return Utilities.formatDate(now, timeZone, 'yyyy-MM-dd');
}
