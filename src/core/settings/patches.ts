// Changes the sidebar sends: validated, because server functions receive whatever a client sends, and
// applied to a copy of the settings. A refused input throws a UserError in the user's language.
import { isoToDay } from '../days';
import { t, type MessageKey } from '../i18n/catalog';
import type { Params } from '../i18n/format';
import { FIELD_ORDER } from '../input/fields';
import type { MappingPatch, SettingsPatch } from '../server-api';
import { normalizeKey } from '../text';
import {
  TAB_KINDS,
  type Answer,
  type Band,
  type Lang,
  type Period,
  type QuestionAnswer,
  type QuestionId,
  type Settings,
  type TabKind,
} from '../types';
import { UserError } from '../userError';
import { CANONICAL_STATUSES, defaultSettings, RATED_METRIC_IDS } from './defaults';
import { isQuestionId, questionText } from './questions';
import { bandInOrder, meetsRule, NUMBER_SETTINGS, thresholdRule, type NumberRule } from './rules';
import { bandLabel } from './settingsTabLayout';
import { MAX_NOTE_LENGTH } from './vocabulary';

/** Longest status name or column header accepted; real ones are far shorter. */
const MAX_NAME_LENGTH = 200;

type Fields = Record<string, unknown>;

class Validator {
  constructor(private readonly lang: Lang) {}

  private text(key: MessageKey, params?: Params): string {
    return t(this.lang, key, params);
  }

  /** The request is not what the sidebar sends: a bug or a tampered call, not a typing mistake. */
  request(detail: MessageKey, name: string): UserError {
    return new UserError(this.text('settings.error.request', { detail: this.text(detail, { name }) }));
  }

  /** A value a user could have typed wrong, said with the setting's label and the rule. */
  field(setting: string, rule: MessageKey): UserError {
    return new UserError(this.text('settings.error.field', { setting, rule: this.text(rule) }));
  }

  label(key: MessageKey): string {
    return this.text(key);
  }

  object(input: unknown, name: string, allowed?: readonly string[]): Fields {
    if (typeof input !== 'object' || input === null || Array.isArray(input)) {
      throw this.request('settings.detail.notObject', name);
    }
    if (allowed) {
      const unknown = Object.keys(input).find((key) => !allowed.includes(key));
      if (unknown !== undefined) throw this.request('settings.detail.unknownField', unknown);
    }
    return input as Fields;
  }

  /** A number within its rule; `setting` is the label the user knows it by. */
  number(input: unknown, rule: NumberRule, setting: string): number {
    if (typeof input !== 'number' || !meetsRule(rule, input)) throw this.field(setting, rule.rule);
    return input;
  }

  name(input: unknown, fieldName: string): string {
    if (typeof input !== 'string' || input.length > MAX_NAME_LENGTH) {
      throw this.request('settings.detail.notText', fieldName);
    }
    return input.trim();
  }
}

function validPeriod(v: Validator, input: unknown): Period {
  const fields = v.object(input, 'period');
  const invalid = () => v.field(v.label('settings.period.months'), 'settings.rule.periodMonths');
  switch (fields.kind) {
    case 'all':
      v.object(input, 'period', ['kind']);
      return { kind: 'all' };
    case 'last': {
      v.object(input, 'period', ['kind', 'months']);
      const months = fields.months;
      if (months !== 3 && months !== 6 && months !== 12) throw invalid();
      return { kind: 'last', months };
    }
    case 'range': {
      v.object(input, 'period', ['kind', 'from', 'to']);
      const { from, to } = fields;
      const fromDay = typeof from === 'string' ? isoToDay(from) : null;
      const toDay = typeof to === 'string' ? isoToDay(to) : null;
      if (fromDay === null || toDay === null || fromDay > toDay) {
        throw v.field(v.label('settings.period.from'), 'settings.rule.range');
      }
      return { kind: 'range', from: from as string, to: to as string };
    }
    default:
      throw invalid();
  }
}

function validBand(v: Validator, lang: Lang, id: string, input: unknown): Band {
  const fields = v.object(input, id, ['direction', 'green', 'amber']);
  const direction = defaultSettings().bands[id].direction;
  // The direction is part of the metric's meaning, so the sidebar may restate it but not flip it.
  if (fields.direction !== undefined && fields.direction !== direction) {
    throw v.request('settings.detail.unknownField', `${id}.direction`);
  }
  const rule = thresholdRule(id);
  const threshold = (which: 'green' | 'amber'): number =>
    v.number(fields[which], rule, bandLabel(lang, id, direction, which));
  const band: Band = { direction, green: threshold('green'), amber: threshold('amber') };
  if (!bandInOrder(band))
    throw v.field(bandLabel(lang, id, direction, 'amber'), `settings.rule.bandOrder.${direction}`);
  return band;
}

const PATCH_FIELDS = [
  'language',
  'currency',
  'period',
  'marginPct',
  'minSample',
  'dormantAfterDays',
  'monthlyTarget',
  'cadence',
  'bands',
] as const;

/**
 * A settings change from the sidebar, checked field by field. `cadence` is the whole new cadence table
 * (so a status can be removed); `bands` replaces the bands it names.
 */
export function validateSettingsPatch(input: unknown, lang: Lang): SettingsPatch {
  const v = new Validator(lang);
  const fields = v.object(input, 'settings', PATCH_FIELDS);
  const patch: SettingsPatch = {};
  if (fields.language !== undefined) {
    const language = fields.language;
    if (language !== 'auto' && language !== 'en' && language !== 'pl') {
      throw v.field(v.label('settings.language'), 'settings.rule.language');
    }
    patch.language = language;
  }
  if (fields.currency !== undefined) {
    if (typeof fields.currency !== 'string' || !/^[a-z]{3}$/i.test(fields.currency.trim())) {
      throw v.field(v.label('settings.currency'), 'settings.rule.currency');
    }
    patch.currency = fields.currency.trim().toUpperCase();
  }
  if (fields.period !== undefined) patch.period = validPeriod(v, fields.period);
  if (fields.marginPct !== undefined) {
    patch.marginPct = v.number(fields.marginPct, NUMBER_SETTINGS.marginPct, v.label('settings.marginPct'));
  }
  if (fields.minSample !== undefined) {
    patch.minSample = v.number(fields.minSample, NUMBER_SETTINGS.minSample, v.label('settings.minSample'));
  }
  if (fields.dormantAfterDays !== undefined) {
    patch.dormantAfterDays = v.number(
      fields.dormantAfterDays,
      NUMBER_SETTINGS.dormantAfterDays,
      v.label('settings.dormantAfterDays'),
    );
  }
  if (fields.monthlyTarget !== undefined) {
    const target = fields.monthlyTarget;
    patch.monthlyTarget =
      target === null
        ? null
        : v.number(target, NUMBER_SETTINGS.monthlyTarget, v.label('settings.monthlyTarget'));
  }
  if (fields.cadence !== undefined) {
    const cadence: Record<string, number> = {};
    for (const [status, days] of Object.entries(v.object(fields.cadence, 'cadence'))) {
      // A status of the user's own stays as written (cadence lookups normalize names); ours keep their key.
      const name = v.name(status, 'cadence');
      const normalized = normalizeKey(name);
      if (normalized === '') throw v.request('settings.detail.notText', 'cadence');
      const key = (CANONICAL_STATUSES as readonly string[]).includes(normalized) ? normalized : name;
      cadence[key] = v.number(days, NUMBER_SETTINGS.cadenceDays, status);
    }
    patch.cadence = cadence;
  }
  if (fields.bands !== undefined) {
    const bands: Record<string, Band> = {};
    for (const [id, band] of Object.entries(v.object(fields.bands, 'bands'))) {
      if (!(RATED_METRIC_IDS as string[]).includes(id)) throw v.request('settings.detail.unknownField', id);
      bands[id] = validBand(v, lang, id, band);
    }
    patch.bands = bands;
  }
  return patch;
}

const ANSWER_VALUES: readonly (Answer | null)[] = ['yes', 'partly', 'no', 'na', null];

/** Questionnaire answers from the sidebar; a missing note is an empty one. */
export function validateAnswers(input: unknown, lang: Lang): Record<QuestionId, QuestionAnswer> {
  const v = new Validator(lang);
  const answers: Record<QuestionId, QuestionAnswer> = {};
  for (const [id, value] of Object.entries(v.object(input, 'answers'))) {
    if (!isQuestionId(id)) throw v.request('settings.detail.unknownQuestion', id);
    const fields = v.object(value, id, ['answer', 'note']);
    const answer = fields.answer === undefined ? null : fields.answer;
    if (!ANSWER_VALUES.includes(answer as Answer | null)) {
      throw new UserError(
        t(lang, 'settings.error.answer', {
          value: String(answer).slice(0, 40),
          question: questionText(lang, id),
        }),
      );
    }
    const note = fields.note === undefined ? '' : fields.note;
    if (typeof note !== 'string') throw v.request('settings.detail.notText', `${id}.note`);
    if (note.length > MAX_NOTE_LENGTH) {
      throw new UserError(
        t(lang, 'settings.error.noteTooLong', { question: questionText(lang, id), max: MAX_NOTE_LENGTH }),
      );
    }
    answers[id] = { answer: answer as Answer | null, note: note.trim() };
  }
  return answers;
}

/**
 * Column overrides from the sidebar: a header per field, '' for a field the user does not want read,
 * or null to let the add-on find the column again.
 */
export function validateMappingPatch(input: unknown, lang: Lang): MappingPatch {
  const v = new Validator(lang);
  const patch: Record<string, Record<string, string | null>> = {};
  for (const [tab, fields] of Object.entries(v.object(input, 'mapping', TAB_KINDS))) {
    const allowed = FIELD_ORDER[tab as TabKind] as string[];
    const overrides: Record<string, string | null> = {};
    for (const [field, header] of Object.entries(v.object(fields, tab, allowed))) {
      overrides[field] = header === null ? null : v.name(header, `${tab}.${field}`);
    }
    patch[tab] = overrides;
  }
  return patch as MappingPatch;
}

function copy(settings: Settings): Settings {
  return JSON.parse(JSON.stringify(settings)) as Settings;
}

export function applySettingsPatch(settings: Settings, patch: SettingsPatch): Settings {
  const next = copy(settings);
  if (patch.language !== undefined) next.language = patch.language;
  if (patch.currency !== undefined) next.currency = patch.currency;
  if (patch.period !== undefined) next.period = { ...patch.period };
  if (patch.marginPct !== undefined) next.marginPct = patch.marginPct;
  if (patch.minSample !== undefined) next.minSample = patch.minSample;
  if (patch.dormantAfterDays !== undefined) next.dormantAfterDays = patch.dormantAfterDays;
  if (patch.monthlyTarget !== undefined) next.monthlyTarget = patch.monthlyTarget;
  if (patch.cadence !== undefined) next.cadence = { ...patch.cadence };
  if (patch.bands !== undefined) {
    for (const [id, band] of Object.entries(patch.bands)) next.bands[id] = { ...band };
  }
  return next;
}

/** Sets the given answers; an answer cleared to nothing (no answer, no note) is removed. */
export function applyAnswers(settings: Settings, answers: Record<QuestionId, QuestionAnswer>): Settings {
  const next = copy(settings);
  for (const [id, { answer, note }] of Object.entries(answers)) {
    if (answer === null && note === '') delete next.answers[id];
    else next.answers[id] = { answer, note };
  }
  return next;
}

export function applyMappingPatch(settings: Settings, patch: MappingPatch): Settings {
  const next = copy(settings);
  for (const tab of TAB_KINDS) {
    const overrides = next.mapping[tab] as Record<string, string>;
    for (const [field, header] of Object.entries(patch[tab] ?? {})) {
      if (header === null || header === undefined) delete overrides[field];
      else overrides[field] = header;
    }
  }
  return next;
}
