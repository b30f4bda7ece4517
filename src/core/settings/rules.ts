// What a setting's value may be: the one table the sidebar's form, the server's patch check and the settings
// tab reader all use, so the three accept and refuse the same values. A new number setting is one row.
import type { MessageKey } from '../i18n/catalog';
import type { Band } from '../types';
import { isRatioBand } from './defaults';

export interface NumberRule {
  min: number;
  /** False when the minimum itself is refused (a margin of 0 % makes every customer worth nothing). */
  minIncluded: boolean;
  /** Null: no upper bound. */
  max: number | null;
  whole: boolean;
  /** How the settings tab and the server say the rule (`use a whole number of 1 or more`). */
  rule: MessageKey;
}

const WHOLE_DAYS_OR_DEALS: NumberRule = {
  min: 1,
  minIncluded: true,
  max: null,
  whole: true,
  rule: 'settings.rule.wholeNumber',
};

/** The number settings, as Settings holds them (the margin in percent points). */
export const NUMBER_SETTINGS = {
  marginPct: { min: 0, minIncluded: false, max: 100, whole: false, rule: 'settings.rule.marginPct' },
  minSample: WHOLE_DAYS_OR_DEALS,
  dormantAfterDays: WHOLE_DAYS_OR_DEALS,
  /** Won value a month should bring; 0 or less would rate every month green, so it is no target. Blank: none. */
  monthlyTarget: { min: 0, minIncluded: false, max: null, whole: false, rule: 'settings.rule.positive' },
  /** Days between contacts for one customer status. */
  cadenceDays: WHOLE_DAYS_OR_DEALS,
} as const satisfies Record<string, NumberRule>;

const RATIO_THRESHOLD: NumberRule = {
  min: 0,
  minIncluded: true,
  max: 1,
  whole: false,
  rule: 'settings.rule.percent',
};
const NPS_THRESHOLD: NumberRule = {
  min: -100,
  minIncluded: true,
  max: 100,
  whole: false,
  rule: 'settings.rule.nps',
};
const PLAIN_THRESHOLD: NumberRule = {
  min: 0,
  minIncluded: true,
  max: null,
  whole: false,
  rule: 'settings.rule.nonNegative',
};

/** The bounds of a green or amber threshold of a metric's band or target; a ratio's as a fraction. */
export function thresholdRule(metricId: string, ratio = isRatioBand(metricId)): NumberRule {
  if (ratio) return RATIO_THRESHOLD;
  return metricId === 'aftersales.nps' ? NPS_THRESHOLD : PLAIN_THRESHOLD;
}

export function meetsRule(rule: NumberRule, value: number): boolean {
  if (!isFinite(value) || (rule.whole && !Number.isInteger(value))) return false;
  if (rule.minIncluded ? value < rule.min : value <= rule.min) return false;
  return rule.max === null || value <= rule.max;
}

/** Green is the better threshold: at least amber when higher is better, at most amber when lower is. */
export function bandInOrder(band: Band): boolean {
  return band.direction === 'higher' ? band.amber <= band.green : band.amber >= band.green;
}
