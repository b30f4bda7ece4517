// Reads the Settings form's raw texts into a SettingsPatch, or says which fields are wrong and why.
// Pure, so it can be tested without a browser; the server validates the patch again.
import type { MessageKey } from '../src/core/i18n/catalog';
import type { Params } from '../src/core/i18n/format';
import type { SettingsPatch } from '../src/core/server-api';
import { isRatioBand } from '../src/core/settings/defaults';
import type { Band, Period, Settings } from '../src/core/types';

export type PeriodChoice = 'all' | 'last3' | 'last6' | 'last12' | 'range';

export interface SettingsFormValues {
  language: string;
  currency: string;
  period: string;
  from: string;
  to: string;
  marginPct: string;
  minSample: string;
  dormantAfterDays: string;
  /** The monthly revenue target; '' = none. */
  monthlyTarget: string;
  /** Days per status; '' = no cadence for that status. */
  cadence: Record<string, string>;
  /** Per metric id, as typed: percent for ratio bands, plain numbers for the others. */
  bands: Record<string, { green: string; amber: string }>;
}

export interface FieldError {
  key: MessageKey;
  params?: Params;
}

/** Field names: the keys above, plus `from`/`to`, `cadence.<status>` and `band.<metric id>`. */
export type FieldErrors = Record<string, FieldError>;

export type FormResult = { patch: SettingsPatch; errors: null } | { patch: null; errors: FieldErrors };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function periodChoice(period: Period): PeriodChoice {
  if (period.kind === 'last') return `last${period.months}`;
  return period.kind;
}

/** Ratio bands are edited in percent; printed without the float noise of ×100. */
export function bandText(metricId: string, value: number): string {
  return String(isRatioBand(metricId) ? Number((value * 100).toPrecision(12)) : value);
}

export function formValuesOf(settings: Settings, extraStatuses: string[] = []): SettingsFormValues {
  const period = settings.period;
  const cadence: Record<string, string> = {};
  for (const [status, days] of Object.entries(settings.cadence)) cadence[status] = String(days);
  for (const status of extraStatuses) cadence[status] ??= '';
  const bands: SettingsFormValues['bands'] = {};
  for (const [id, band] of Object.entries(settings.bands)) {
    bands[id] = { green: bandText(id, band.green), amber: bandText(id, band.amber) };
  }
  return {
    language: settings.language,
    currency: settings.currency,
    period: periodChoice(period),
    from: period.kind === 'range' ? period.from : '',
    to: period.kind === 'range' ? period.to : '',
    marginPct: String(settings.marginPct),
    minSample: String(settings.minSample),
    dormantAfterDays: String(settings.dormantAfterDays),
    monthlyTarget: settings.monthlyTarget === null ? '' : String(settings.monthlyTarget),
    cadence,
    bands,
  };
}

/** Accepts the decimal comma Polish users type. */
function parseNumber(text: string): number | null {
  const cleaned = text.trim().replace(',', '.');
  if (cleaned === '' || !/^[-+]?(\d+\.?\d*|\.\d+)$/.test(cleaned)) return null;
  return Number(cleaned);
}

function isRealDate(text: string): boolean {
  const match = ISO_DATE.exec(text.trim());
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export function readSettingsForm(values: SettingsFormValues, settings: Settings): FormResult {
  const errors: FieldErrors = {};

  const wholeAtLeast = (field: string, text: string, min: number): number => {
    const value = parseNumber(text);
    if (value === null || !Number.isInteger(value) || value < min) {
      errors[field] = { key: 'sidebar.invalid.wholeAtLeast', params: { min } };
    }
    return value ?? NaN;
  };
  const between = (field: string, text: string, min: number, max: number): number => {
    const value = parseNumber(text);
    if (value === null) errors[field] = { key: 'sidebar.invalid.number' };
    else if (value < min || value > max)
      errors[field] = { key: 'sidebar.invalid.between', params: { min, max } };
    return value ?? NaN;
  };

  const language = values.language === 'en' || values.language === 'pl' ? values.language : 'auto';

  const currency = values.currency.trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(currency)) errors.currency = { key: 'sidebar.invalid.currency' };

  let period: Period;
  switch (values.period as PeriodChoice) {
    case 'last3':
      period = { kind: 'last', months: 3 };
      break;
    case 'last6':
      period = { kind: 'last', months: 6 };
      break;
    case 'last12':
      period = { kind: 'last', months: 12 };
      break;
    case 'range': {
      const from = values.from.trim();
      const to = values.to.trim();
      if (!isRealDate(from)) errors.from = { key: 'sidebar.invalid.date' };
      if (!isRealDate(to)) errors.to = { key: 'sidebar.invalid.date' };
      if (!errors.from && !errors.to && from > to) errors.to = { key: 'sidebar.invalid.range' };
      period = { kind: 'range', from, to };
      break;
    }
    default:
      period = { kind: 'all' };
  }

  const marginPct = between('marginPct', values.marginPct, 0, 100);
  const minSample = wholeAtLeast('minSample', values.minSample, 1);
  const dormantAfterDays = wholeAtLeast('dormantAfterDays', values.dormantAfterDays, 1);
  const targetText = values.monthlyTarget.trim();
  const monthlyTarget = targetText === '' ? null : parseNumber(targetText);
  if (targetText !== '' && !(monthlyTarget !== null && monthlyTarget > 0))
    errors.monthlyTarget = { key: 'sidebar.invalid.positive' };

  const cadence: Record<string, number> = {};
  for (const [status, text] of Object.entries(values.cadence)) {
    if (text.trim() === '') continue;
    cadence[status] = wholeAtLeast(`cadence.${status}`, text, 1);
  }

  const bands: Record<string, Band> = {};
  for (const [id, typed] of Object.entries(values.bands)) {
    const field = `band.${id}`;
    const current = settings.bands[id];
    const ratio = isRatioBand(id);
    const green = parseNumber(typed.green);
    const amber = parseNumber(typed.amber);
    if (green === null || amber === null) {
      errors[field] = { key: 'sidebar.invalid.number' };
    } else if (ratio && [green, amber].some((value) => value < 0 || value > 100)) {
      errors[field] = { key: 'sidebar.invalid.between', params: { min: 0, max: 100 } };
    } else if (current.direction === 'higher' ? green < amber : green > amber) {
      errors[field] = {
        key: current.direction === 'higher' ? 'sidebar.invalid.bandHigher' : 'sidebar.invalid.bandLower',
      };
    } else {
      const scale = ratio ? 100 : 1;
      bands[id] = { direction: current.direction, green: green / scale, amber: amber / scale };
    }
  }

  if (Object.keys(errors).length) return { patch: null, errors };
  return {
    patch: {
      language,
      currency,
      period,
      marginPct,
      minSample,
      dormantAfterDays,
      monthlyTarget,
      cadence,
      bands,
    },
    errors: null,
  };
}
