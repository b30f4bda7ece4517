// The monthly audit (SPEC §5): what the sidebar may ask for, what the document remembers of each editor's
// schedule, and what the last scheduled run did. Pure data: the add-on keeps it in document properties.
import { t } from './i18n/catalog';
import type { Lang, Rating } from './types';
import { UserError } from './userError';

/** Apps Script's onMonthDay takes 1–31; 28 keeps the audit in every month, February included. */
export interface Schedule {
  dayOfMonth: number;
  hour: number;
}

/** What a scheduled run did, kept for the sidebar. */
export interface ScheduleOutcome {
  /** ISO date-time of the run. */
  at: string;
  /** 'unreached': the trigger ran without this spreadsheet as its active document. */
  status: 'done' | 'busy' | 'failed' | 'unreached';
  score: number | null;
  rating: Rating | null;
  /** The error's sentence when the run failed. */
  error: string | null;
}

/** What the sidebar's Settings view shows about the monthly audit. */
export interface ScheduleView {
  /** This user's schedule for this spreadsheet; null when they have none. */
  mine: Schedule | null;
  /** How many other editors set a monthly audit here (their triggers are invisible to this user). */
  others: number;
  last: ScheduleOutcome | null;
}

function whole(value: unknown, min: number, max: number): number | null {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max ? value : null;
}

function scheduleOf(value: unknown): Schedule | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const fields = value as Record<string, unknown>;
  if (Object.keys(fields).some((key) => key !== 'dayOfMonth' && key !== 'hour')) return null;
  const dayOfMonth = whole(fields.dayOfMonth, 1, 28);
  const hour = whole(fields.hour, 0, 23);
  return dayOfMonth === null || hour === null ? null : { dayOfMonth, hour };
}

/** The sidebar's argument: null switches the schedule off; anything else must be a valid schedule. */
export function validateSchedule(value: unknown, lang: Lang): Schedule | null {
  if (value === null) return null;
  const schedule = scheduleOf(value);
  if (schedule === null) throw new UserError(t(lang, 'schedule.invalid'));
  return schedule;
}

/** Each editor's schedule by an opaque per-user id (no e-mail: that would need another scope). */
export type ScheduleRegistry = Record<string, Schedule>;

function parsed(json: string | null): unknown {
  if (!json) return null;
  try {
    return JSON.parse(json) as unknown;
  } catch {
    return null;
  }
}

export function readRegistry(json: string | null): ScheduleRegistry {
  const value = parsed(json);
  const registry: ScheduleRegistry = {};
  if (typeof value !== 'object' || value === null) return registry;
  for (const [user, entry] of Object.entries(value as Record<string, unknown>)) {
    const schedule = scheduleOf(entry);
    if (schedule) registry[user] = schedule;
  }
  return registry;
}

export function withSchedule(
  registry: ScheduleRegistry,
  user: string,
  schedule: Schedule | null,
): ScheduleRegistry {
  const next = { ...registry };
  if (schedule === null) delete next[user];
  else next[user] = schedule;
  return next;
}

export function readOutcome(json: string | null): ScheduleOutcome | null {
  const value = parsed(json) as Partial<ScheduleOutcome> | null;
  return value && typeof value.at === 'string' && typeof value.status === 'string'
    ? (value as ScheduleOutcome)
    : null;
}

export function scheduleView(
  registry: ScheduleRegistry,
  user: string,
  mine: Schedule | null,
  last: ScheduleOutcome | null,
): ScheduleView {
  return { mine, others: Object.keys(registry).filter((id) => id !== user).length, last };
}
