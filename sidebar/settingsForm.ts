// Reads the Settings form's raw texts into a SettingsPatch, or says which fields are wrong and why.
// Pure, so it can be tested without a browser; the server validates the patch again.
import type { MessageKey } from '../src/core/i18n/catalog';
import type { Params } from '../src/core/i18n/format';
import type { SettingsPatch } from '../src/core/server-api';
import { isRatioBand } from '../src/core/settings/defaults';
import {
  bandInOrder,
  meetsRule,
  NUMBER_SETTINGS,
  thresholdRule,
  type NumberRule,
} from '../src/core/settings/rules';
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

/** The form's sentence for a value outside its rule; `scale` turns a fraction's bounds into the percent typed. */
function ruleError(rule: NumberRule, notANumber: boolean, scale: number): FieldError {
  const min = rule.min * scale;
  if (rule.whole && rule.max === null) return { key: 'sidebar.invalid.wholeAtLeast', params: { min } };
  // An amount that may be left empty (the monthly target): the sentence says so, for words as for 0.
  if (rule.max === null && !rule.minIncluded) return { key: 'sidebar.invalid.positive' };
  if (notANumber) return { key: 'sidebar.invalid.number' };
  if (rule.max === null) return { key: 'sidebar.invalid.atLeast', params: { min } };
  const max = rule.max * scale;
  if (!rule.minIncluded) return { key: 'sidebar.invalid.aboveAtMost', params: { min, max } };
  return { key: 'sidebar.invalid.between', params: { min, max } };
}

export function readSettingsForm(values: SettingsFormValues, settings: Settings): FormResult {
  const errors: FieldErrors = {};

  const checked = (field: string, text: string, rule: NumberRule): number => {
    const value = parseNumber(text);
    if (value === null || !meetsRule(rule, value)) errors[field] = ruleError(rule, value === null, 1);
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

  const marginPct = checked('marginPct', values.marginPct, NUMBER_SETTINGS.marginPct);
  const minSample = checked('minSample', values.minSample, NUMBER_SETTINGS.minSample);
  const dormantAfterDays = checked(
    'dormantAfterDays',
    values.dormantAfterDays,
    NUMBER_SETTINGS.dormantAfterDays,
  );
  const monthlyTarget =
    values.monthlyTarget.trim() === ''
      ? null
      : checked('monthlyTarget', values.monthlyTarget, NUMBER_SETTINGS.monthlyTarget);

  const cadence: Record<string, number> = {};
  for (const [status, text] of Object.entries(values.cadence)) {
    if (text.trim() === '') continue;
    cadence[status] = checked(`cadence.${status}`, text, NUMBER_SETTINGS.cadenceDays);
  }

  const bands: Record<string, Band> = {};
  for (const [id, typed] of Object.entries(values.bands)) {
    const field = `band.${id}`;
    const current = settings.bands[id];
    // Ratio bands are typed in percent and held as fractions.
    const scale = isRatioBand(id) ? 100 : 1;
    const rule = thresholdRule(id);
    const green = parseNumber(typed.green);
    const amber = parseNumber(typed.amber);
    const band = {
      direction: current.direction,
      green: (green ?? NaN) / scale,
      amber: (amber ?? NaN) / scale,
    };
    if (green === null || amber === null) {
      errors[field] = { key: 'sidebar.invalid.number' };
    } else if (!meetsRule(rule, band.green) || !meetsRule(rule, band.amber)) {
      errors[field] = ruleError(rule, false, scale);
    } else if (!bandInOrder(band)) {
      errors[field] = {
        key: current.direction === 'higher' ? 'sidebar.invalid.bandHigher' : 'sidebar.invalid.bandLower',
      };
    } else {
      bands[id] = band;
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
