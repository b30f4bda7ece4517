// Writes the settings tab (layout in settingsTabLayout.ts) for a Settings value, in the user's language.
import { t, type MessageKey } from '../i18n/catalog';
import { FIELD_ORDER } from '../input/fields';
import { OWN_TAB_NAMES } from '../input/tabs';
import { isoDateToSerial } from '../plan/formats';
import { SheetBuilder, type CellInput, type PlanCell } from '../plan/sheetBuilder';
import { normalizeKey } from '../text';
import { TAB_KINDS, type Grid, type Lang, type Settings, type SheetPlan } from '../types';
import { CANONICAL_STATUSES, defaultSettings, isRatioBand, RATED_METRIC_IDS, STATUS_LABEL } from './defaults';
import { QUESTIONS, questionText } from './questions';
import {
  bandLabel,
  bandRationale,
  CADENCE_KEY,
  GREY,
  HINT_COLOR,
  KEY_COLOR,
  mappingCell,
  mappingLabel,
  SECTION_PREFIX,
  SECTIONS,
  STAGE_ORDER_KEY,
  type Section,
} from './settingsTabLayout';
import { TARGET_METRICS } from './vocabulary';

function numberFormat(value: number, ratio: boolean): string {
  if (ratio) {
    const percent = Math.round(value * 1e6) / 1e4;
    return Number.isInteger(percent) ? '0%' : Number.isInteger(percent * 10) ? '0.0%' : '0.00%';
  }
  return Number.isInteger(value) ? '0' : '0.0#';
}

/**
 * The whole settings tab for `settings`, in `lang`. `preservedRows` (see unrecognizedRows) are appended
 * as they were, so nothing a user typed there is lost when the sidebar rewrites the tab.
 */
export function settingsPlan(settings: Settings, lang: Lang, preservedRows: Grid = []): SheetPlan {
  const plan = new SheetBuilder(OWN_TAB_NAMES[lang].settings, [340, 150, 440, 260]);
  const text = (key: MessageKey, params?: Record<string, string | number>) => t(lang, key, params);
  const keyCell = (key: string): CellInput => ({ value: key, color: KEY_COLOR });
  const row = (label: string, value: CellInput, note: string, key: string) =>
    plan.addRow([label, value, { value: note || null, color: HINT_COLOR }, keyCell(key)]);
  const numberRow = (label: string, value: number | null, ratio: boolean, note: string, key: string) =>
    row(label, value === null ? null : { value, format: numberFormat(value, ratio) }, note, key);
  const section = (id: Section) => {
    plan.addRow([]);
    const { title, note } = SECTIONS[id];
    const cell = (value: string | null): PlanCell => ({ value, bold: true, background: GREY });
    plan.addRow([
      cell(text(title)),
      cell(null),
      cell(note && text(note)),
      { ...cell(`${SECTION_PREFIX}${id}`), color: KEY_COLOR, bold: false },
    ]);
  };

  plan.addRow([{ value: text('settings.title'), bold: true }]);
  plan.addRow([{ value: text('settings.hint'), color: HINT_COLOR }]);
  plan.addRow(
    (['settings.col.setting', 'settings.col.value', 'settings.col.note', 'settings.col.key'] as const).map(
      (key) => ({ value: text(key), bold: true }),
    ),
  );
  plan.freezeRows(3);

  section('general');
  row(text('settings.language'), settings.language, text('settings.language.note'), 'language');
  row(text('settings.currency'), settings.currency, text('settings.currency.note'), 'currency');
  const period = settings.period;
  numberRow(
    text('settings.period.months'),
    period.kind === 'last' ? period.months : null,
    false,
    text('settings.period.months.note'),
    'period.months',
  );
  const range = period.kind === 'range' ? period : null;
  // Dates as serial numbers under a date format: a calendar day in every time zone. A Date instant is
  // read back in the spreadsheet's zone, and noon UTC is already the next day in UTC+13 and UTC+14 (Samoa,
  // Kiritimati), so every sidebar save moved the period by a day there.
  row(
    text('settings.period.from'),
    range && { value: isoDateToSerial(range.from), format: 'yyyy-mm-dd' },
    text('settings.period.from.note'),
    'period.from',
  );
  row(
    text('settings.period.to'),
    range && { value: isoDateToSerial(range.to), format: 'yyyy-mm-dd' },
    '',
    'period.to',
  );
  numberRow(
    text('settings.marginPct'),
    settings.marginPct / 100,
    true,
    text('settings.marginPct.note'),
    'marginPct',
  );
  numberRow(
    text('settings.minSample'),
    settings.minSample,
    false,
    text('settings.minSample.note'),
    'minSample',
  );
  numberRow(
    text('settings.dormantAfterDays'),
    settings.dormantAfterDays,
    false,
    text('settings.dormantAfterDays.note'),
    'dormantAfterDays',
  );
  numberRow(
    text('settings.monthlyTarget'),
    settings.monthlyTarget,
    false,
    text('settings.monthlyTarget.note'),
    'monthlyTarget',
  );

  section('ratings');
  const defaults = defaultSettings();
  for (const id of RATED_METRIC_IDS) {
    const band = settings.bands[id] ?? defaults.bands[id];
    // Beside the green threshold, where the default comes from; the reader ignores notes (column C).
    const notes = { green: bandRationale(lang, id), amber: text(`settings.band.${band.direction}.note`) };
    for (const which of ['green', 'amber'] as const) {
      numberRow(
        bandLabel(lang, id, band.direction, which),
        band[which],
        isRatioBand(id),
        notes[which],
        `band.${id}.${which}`,
      );
    }
  }

  section('targets');
  for (const [id, { direction, ratio }] of Object.entries(TARGET_METRICS)) {
    const target = settings.targets[id];
    const note = text(`settings.band.${direction}.note`);
    for (const which of ['green', 'amber'] as const) {
      numberRow(
        bandLabel(lang, id, direction, which),
        target ? target[which] : null,
        ratio,
        note,
        `target.${id}.${which}`,
      );
    }
  }

  section('cadence');
  const cadenceByKey = new Map(
    Object.entries(settings.cadence).map(([status, days]) => [normalizeKey(status), { status, days }]),
  );
  for (const status of CANONICAL_STATUSES) {
    const days = cadenceByKey.get(status)?.days ?? null;
    cadenceByKey.delete(status);
    numberRow(text(STATUS_LABEL[status]), days, false, '', CADENCE_KEY[status]);
  }
  for (const { status, days } of cadenceByKey.values()) numberRow(status, days, false, '', 'cadence');

  section('mapping');
  for (const tab of TAB_KINDS) {
    const overrides = settings.mapping[tab] as Record<string, string | undefined>;
    for (const field of FIELD_ORDER[tab]) {
      row(mappingLabel(lang, tab, field), mappingCell(overrides[field]), '', `mapping.${tab}.${field}`);
    }
  }

  section('stages');
  for (const [stage, outcome] of Object.entries(settings.stageOutcomes)) {
    row(stage, text(`settings.outcome.${outcome}`), '', 'stage');
  }

  section('stageOrder');
  for (const stage of settings.stageOrder) row(stage, null, '', STAGE_ORDER_KEY);

  section('questionnaire');
  for (const { id } of QUESTIONS) {
    const answer = settings.answers[id];
    plan.addRow([
      questionText(lang, id),
      answer?.answer ? t(lang, `answer.${answer.answer}`) : null,
      answer?.note || null,
      keyCell(id),
    ]);
  }

  if (preservedRows.length > 0) {
    plan.addRow([]);
    for (const preserved of preservedRows)
      plan.addRow(preserved.map((cell) => (cell === undefined ? null : cell)));
  }
  return plan.build();
}
