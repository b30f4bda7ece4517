// The `Audit settings` tab (SPEC §3.4): a readable key/value block the sidebar writes and a user may edit.
//
// Layout: column A label, column B value, column C note, column D a stable key (`minSample`,
// `band.conversations.winRate.green`, `cadence.key`, `mapping.deals.created`, `q.softSkills.closing`…).
// Reading goes by column D only, so a tab written in English reads the same after the user switched
// the audit to Polish, and a user may rename labels, reorder or insert rows.
import { t, type MessageKey } from '../i18n/catalog';
import { metricLabel } from '../i18n/labels';
import { numberWriter } from '../i18n/numberFormat';
import { FIELD_ORDER } from '../input/fields';
import { TAB_KINDS, type Band, type Lang, type TabKind } from '../types';
import { CANONICAL_STATUSES, type CanonicalStatus, type RatedMetricId } from './defaults';

export const KEY_COLUMN = 3;
export const SECTION_PREFIX = 'section.';
export const GREY = '#efefef';
export const KEY_COLOR = '#999999';
export const HINT_COLOR = '#666666';

/** `cadence.<id>` keys of the canonical statuses; camel case keeps the key free of spaces. */
export const CADENCE_KEY: Record<CanonicalStatus, string> = {
  key: 'cadence.key',
  active: 'cadence.active',
  new: 'cadence.new',
  'at risk': 'cadence.atRisk',
  dormant: 'cadence.dormant',
};
export const STATUS_BY_CADENCE_KEY = new Map(
  CANONICAL_STATUSES.map((status) => [CADENCE_KEY[status], status]),
);

export const MAPPING_KEYS = new Set(
  TAB_KINDS.flatMap((tab) => FIELD_ORDER[tab].map((field) => `mapping.${tab}.${field}`)),
);

export type Section =
  'general' | 'ratings' | 'targets' | 'cadence' | 'mapping' | 'stages' | 'stageOrder' | 'questionnaire';
export const SECTIONS: Record<Section, { title: MessageKey; note: MessageKey | null }> = {
  general: { title: 'settings.section.general', note: null },
  ratings: { title: 'settings.section.ratings', note: 'settings.section.ratings.note' },
  targets: { title: 'settings.section.targets', note: 'settings.section.targets.note' },
  cadence: { title: 'settings.section.cadence', note: 'settings.section.cadence.note' },
  mapping: { title: 'settings.section.mapping', note: 'settings.section.mapping.note' },
  stages: { title: 'settings.section.stages', note: 'settings.section.stages.note' },
  stageOrder: { title: 'settings.section.stageOrder', note: 'settings.section.stageOrder.note' },
  questionnaire: { title: 'settings.section.questionnaire', note: 'settings.section.questionnaire.note' },
};

export function bandLabel(
  lang: Lang,
  metricId: string,
  direction: Band['direction'],
  which: 'green' | 'amber',
): string {
  return t(lang, `settings.band.${direction}.${which}`, { metric: metricLabel(lang, metricId) });
}

/** Where a default band comes from: a rule of thumb or its source, in one line (settings tab, sidebar). */
export function bandRationale(lang: Lang, metricId: RatedMetricId): string {
  return t(lang, `settings.band.why.${metricId}` satisfies MessageKey);
}

/** The key of each row of the Stage order section: one open stage name per row, in column A. */
export const STAGE_ORDER_KEY = 'stageOrder';

/** A blank mapping cell means "find the column"; a field the user switched off is written as a dash. */
export const NOT_USED_CELL = '-';

export function mappingCell(override: string | undefined): string | null {
  if (override === undefined) return null;
  return override === '' ? NOT_USED_CELL : override;
}

export function mappingLabel(lang: Lang, tab: TabKind, field: string): string {
  return t(lang, 'settings.mapping.label', {
    tab: t(lang, `engine.tab.${tab}`),
    field: t(lang, `engine.field.${tab}.${field}` as MessageKey),
  });
}

/** Formats a threshold for a message: percent for ratio bands, plain otherwise, in the audit's language. */
export function thresholdText(lang: Lang, value: number, ratio: boolean): string {
  const format = numberWriter(lang, { maximumFractionDigits: 2 });
  return ratio ? `${format.format(value * 100)}%` : format.format(value);
}
