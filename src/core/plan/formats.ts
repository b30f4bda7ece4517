// Colors and number formats of the audit, shared by the audit tab, the CLI's workbook and the sidebar.
import { figureFormat } from '../figures';
import { dayToIso, isoToDay } from '../days';
import type { Lang, Rating, Unit, Verdict } from '../types';

export const RATING_COLORS: Record<Rating, string> = {
  green: '#b7e1cd',
  amber: '#fce8b2',
  red: '#f4c7c3',
  insufficient: '#efefef',
  nodata: '#efefef',
  unrated: '#efefef',
};

export const VERDICT_COLORS: Record<Verdict, string> = {
  strengthen: RATING_COLORS.green,
  modify: RATING_COLORS.amber,
  drop: RATING_COLORS.red,
  insufficient: RATING_COLORS.insufficient,
};

export const INTEGER_FORMAT = '#,##0';
/** Row numbers read better without a thousands separator: they are looked up, not compared. */
export const ROW_NUMBER_FORMAT = '0';

/** The Sheets number format of a column of `unit` values, e.g. `0.0%`, `#,##0" zł"` (see ../figures). */
export function numberFormatFor(unit: Unit, currency: string, lang: Lang): string {
  return figureFormat(null, unit, { lang, locale: lang, currency });
}

/**
 * A number format showing a signed difference as ▲ / ▼ with the value's own format; the sign is dropped
 * because a format with a negative section shows the absolute value.
 */
export function changeFormatFor(valueFormat: string): string {
  return `"▲ "${valueFormat};"▼ "${valueFormat};"= "${valueFormat}`;
}

const SERIAL_OF_DAY_ZERO = 25_569;

/** An ISO date as a spreadsheet serial number (shown with figures' dateFormat); null when it is not a date. */
export function isoDateToSerial(iso: string): number | null {
  const day = isoToDay(iso.slice(0, 10));
  return day === null ? null : day + SERIAL_OF_DAY_ZERO;
}

/**
 * An ISO date-time as a serial number of the wall-clock time written in it. The offset is ignored on
 * purpose: adapters pass the run time in the spreadsheet's zone, and that is the time the user expects.
 */
export function isoDateTimeToSerial(iso: string): number | null {
  const match = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2}))?/.exec(iso);
  const date = match ? isoDateToSerial(match[1]) : null;
  if (match === null || date === null) return null;
  const minutes = Number(match[2] ?? 0) * 60 + Number(match[3] ?? 0);
  return date + minutes / 1440;
}

/** A date-time serial as the ISO wall-clock date-time it stands for, to the minute: isoDateTimeToSerial undone. */
export function serialToIsoDateTime(serial: number): string {
  const minutes = Math.round(serial * 1440);
  const minuteOfDay = ((minutes % 1440) + 1440) % 1440;
  const day = dayToIso((minutes - minuteOfDay) / 1440 - SERIAL_OF_DAY_ZERO);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${day}T${two(Math.floor(minuteOfDay / 60))}:${two(minuteOfDay % 60)}`;
}
