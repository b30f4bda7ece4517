// The `Audit settings` tab (SPEC §3.4): a readable key/value block the sidebar writes and a user may edit.
//
// Layout: column A label, column B value, column C note, column D a stable key (`minSample`,
// `band.conversations.winRate.green`, `cadence.key`, `mapping.deals.created`, `q.softSkills.closing`…).
// Reading goes by column D only, so a tab written in English reads the same after the user switched
// the audit to Polish, and a user may rename labels, reorder or insert rows.
//
// Rules of reading:
// - Every setting starts from its default; a row overrides it. A missing row keeps the default.
// - An invalid value is a `bad_setting` issue and the default is used; a blank value means the default
//   too, except where blank has a meaning (a cadence: none; a target, a mapping: not set).
// - Percent values (margin, ratio bands, ratio targets): a number cell holds the fraction (Sheets stores
//   25 % as 0.25); a text with `%` is read as percent; a number above 1 without `%` is read as percent
//   points. So `25%`, `25` and `0.25` all mean 25 %; `1` means 100 %.
// - Rows without a key under the contact cadence or stage mapping section are read from columns A and B
//   (a status or stage name, and its days or outcome), so a user can add a row without knowing keys.
// - Unknown keys are ignored, and the rows carrying them are kept when the tab is rewritten.
import { dateReader, dayToIso } from '../days';
import { t, type MessageKey } from '../i18n/catalog';
import { FIELD_ORDER } from '../input/fields';
import { OWN_TAB_NAMES } from '../input/tabs';
import { localeIsDayFirst, parseDay, type DateContext } from '../cells/dates';
import { parseNumber } from '../cells/numbers';
import { isBlankCell, isValue, readText } from '../cells/reading';
import { SheetBuilder, type CellInput, type PlanCell } from '../plan/sheetBuilder';
import { normalizeKey } from '../text';
import type {
  Answer,
  Band,
  Cell,
  DataIssue,
  Grid,
  Lang,
  Period,
  Settings,
  SheetPlan,
  TabKind,
} from '../types';
import {
  CANONICAL_STATUSES,
  defaultSettings,
  isRatioBand,
  RATED_METRIC_IDS,
  STATUS_LABEL,
  type CanonicalStatus,
} from './defaults';
import { MAX_NOTE_LENGTH, readAnswer, readLanguage, readOutcome, TARGET_METRICS } from './vocabulary';
import { QUESTIONS, isQuestionId, questionText } from './questions';

export interface ReadContext {
  lang: Lang;
  /** How numbers and dates typed as text are read. */
  locale: string;
  tabName: string;
  /** The spreadsheet's zone, to read Date cells as calendar days. Default 'UTC'. */
  timeZone?: string;
}

const KEY_COLUMN = 3;
const SECTION_PREFIX = 'section.';
const GREY = '#efefef';
const KEY_COLOR = '#999999';
const HINT_COLOR = '#666666';

/** `cadence.<id>` keys of the canonical statuses; camel case keeps the key free of spaces. */
const CADENCE_KEY: Record<CanonicalStatus, string> = {
  key: 'cadence.key',
  active: 'cadence.active',
  new: 'cadence.new',
  'at risk': 'cadence.atRisk',
  dormant: 'cadence.dormant',
};
const STATUS_BY_CADENCE_KEY = new Map(CANONICAL_STATUSES.map((status) => [CADENCE_KEY[status], status]));

const TABS: TabKind[] = ['deals', 'channels', 'customers'];
const MAPPING_KEYS = new Set(
  TABS.flatMap((tab) => FIELD_ORDER[tab].map((field) => `mapping.${tab}.${field}`)),
);

type Section = 'general' | 'ratings' | 'targets' | 'cadence' | 'mapping' | 'stages' | 'questionnaire';
const SECTIONS: Record<Section, { title: MessageKey; note: MessageKey | null }> = {
  general: { title: 'settings.section.general', note: null },
  ratings: { title: 'settings.section.ratings', note: 'settings.section.ratings.note' },
  targets: { title: 'settings.section.targets', note: 'settings.section.targets.note' },
  cadence: { title: 'settings.section.cadence', note: 'settings.section.cadence.note' },
  mapping: { title: 'settings.section.mapping', note: 'settings.section.mapping.note' },
  stages: { title: 'settings.section.stages', note: 'settings.section.stages.note' },
  questionnaire: { title: 'settings.section.questionnaire', note: 'settings.section.questionnaire.note' },
};

// ---------------------------------------------------------------- labels

export function metricLabel(lang: Lang, metricId: string): string {
  if (metricId === 'channel.ltvToCac') return t(lang, 'settings.metric.channelLtvToCac');
  return t(lang, `metric.${metricId}` as MessageKey);
}

export function bandLabel(
  lang: Lang,
  metricId: string,
  direction: Band['direction'],
  which: 'green' | 'amber',
): string {
  return t(lang, `settings.band.${direction}.${which}`, { metric: metricLabel(lang, metricId) });
}

/** A blank mapping cell means "find the column"; a field the user switched off is written as a dash. */
const NOT_USED_CELL = '-';

function mappingCell(override: string | undefined): string | null {
  if (override === undefined) return null;
  return override === '' ? NOT_USED_CELL : override;
}

function mappingLabel(lang: Lang, tab: TabKind, field: string): string {
  return t(lang, 'settings.mapping.label', {
    tab: t(lang, `engine.tab.${tab}`),
    field: t(lang, `engine.field.${tab}.${field}` as MessageKey),
  });
}

/** Formats a threshold for a message: percent for ratio bands, plain otherwise, in the audit's language. */
function thresholdText(lang: Lang, value: number, ratio: boolean): string {
  const format = new Intl.NumberFormat(lang, { maximumFractionDigits: 2 });
  return ratio ? `${format.format(value * 100)}%` : format.format(value);
}

// ---------------------------------------------------------------- writing

function numberFormat(value: number, ratio: boolean): string {
  if (ratio) {
    const percent = Math.round(value * 1e6) / 1e4;
    return Number.isInteger(percent) ? '0%' : Number.isInteger(percent * 10) ? '0.0%' : '0.00%';
  }
  return Number.isInteger(value) ? '0' : '0.0#';
}

function dateCell(iso: string): Date {
  return new Date(`${iso}T12:00:00Z`);
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
  row(
    text('settings.period.from'),
    range && { value: dateCell(range.from), format: 'yyyy-mm-dd' },
    text('settings.period.from.note'),
    'period.from',
  );
  row(
    text('settings.period.to'),
    range && { value: dateCell(range.to), format: 'yyyy-mm-dd' },
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

  section('ratings');
  const defaults = defaultSettings();
  for (const id of RATED_METRIC_IDS) {
    const band = settings.bands[id] ?? defaults.bands[id];
    const note = text(`settings.band.${band.direction}.note`);
    for (const which of ['green', 'amber'] as const) {
      numberRow(
        bandLabel(lang, id, band.direction, which),
        band[which],
        isRatioBand(id),
        note,
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
  for (const tab of TABS) {
    const overrides = settings.mapping[tab] as Record<string, string | undefined>;
    for (const field of FIELD_ORDER[tab]) {
      row(mappingLabel(lang, tab, field), mappingCell(overrides[field]), '', `mapping.${tab}.${field}`);
    }
  }

  section('stages');
  for (const [stage, outcome] of Object.entries(settings.stageOutcomes)) {
    row(stage, text(`settings.outcome.${outcome}`), '', 'stage');
  }

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

// ---------------------------------------------------------------- reading

interface KeyedRow {
  /** Row number as the user sees it. */
  row: number;
  key: string;
  label: Cell;
  value: Cell;
  note: Cell;
}

function cellText(cell: Cell): string {
  const text = readText(cell);
  return typeof text === 'string' ? text : '';
}

/**
 * The rows of a settings grid with their keys: column D, or for a keyless row under the cadence and
 * stage sections, `cadence` / `stage`. Rows above the first section (title, hint, column headers) and
 * section rows themselves are the tab's frame and are not returned.
 */
function keyedRows(grid: Grid): { keyed: KeyedRow[]; unrecognized: number[] } {
  const keyed: KeyedRow[] = [];
  const unrecognized: number[] = [];
  const firstSection = grid.findIndex((cells) => cellText(cells[KEY_COLUMN]).startsWith(SECTION_PREFIX));
  let section: string | null = null;
  grid.forEach((cells, index) => {
    if (index < firstSection || cells.every(isBlankCell)) return;
    const written = cellText(cells[KEY_COLUMN]);
    if (written.startsWith(SECTION_PREFIX)) {
      section = written.slice(SECTION_PREFIX.length);
      return;
    }
    let key = written;
    if (key === '' && !isBlankCell(cells[0]) && (section === 'cadence' || section === 'stages')) {
      key = section === 'cadence' ? 'cadence' : 'stage';
    }
    if (isKnownKey(key))
      keyed.push({ row: index + 1, key, label: cells[0], value: cells[1], note: cells[2] });
    else unrecognized.push(index);
  });
  return { keyed, unrecognized };
}

function isKnownKey(key: string): boolean {
  if (key === '') return false;
  if (GENERAL_KEYS.has(key) || key === 'cadence' || key === 'stage') return true;
  if (STATUS_BY_CADENCE_KEY.has(key) || MAPPING_KEYS.has(key) || isQuestionId(key)) return true;
  const threshold = /^(band|target)\.(.+)\.(green|amber)$/.exec(key);
  if (!threshold) return false;
  return threshold[1] === 'band'
    ? (RATED_METRIC_IDS as string[]).includes(threshold[2])
    : threshold[2] in TARGET_METRICS;
}

const GENERAL_KEYS = new Set([
  'language',
  'currency',
  'period.months',
  'period.from',
  'period.to',
  'marginPct',
  'minSample',
  'dormantAfterDays',
]);

/** The locales a settings value may have been typed in; a value neither reads is surely not a number of days. */
const TYPING_LOCALES = ['en-US', 'pl-PL'];

/**
 * A status or stage row typed by hand whose value cannot be read is in no setting, so a rewrite would drop
 * it: it is kept, with its key written out so that it is read (and reported) again wherever it ends up.
 */
function unreadableHandRow(row: KeyedRow): boolean {
  if (isBlankCell(row.value)) return false;
  if (row.key === 'stage') return readOutcome(cellText(row.value)) === null;
  if (row.key !== 'cadence') return false;
  return !TYPING_LOCALES.some((locale) => {
    const days = parseNumber(row.value, locale);
    return typeof days === 'number' && Number.isInteger(days) && days >= 1;
  });
}

/** The rows a user added that the add-on does not read, as they are, to keep when rewriting the tab. */
export function unrecognizedRows(grid: Grid | null): Grid {
  if (!grid) return [];
  const { keyed, unrecognized } = keyedRows(grid);
  const kept = new Map(unrecognized.map((index) => [index, grid[index]]));
  for (const row of keyed.filter(unreadableHandRow))
    kept.set(row.row - 1, [row.label, row.value, row.note, row.key]);
  return [...kept.keys()].sort((a, z) => a - z).map((index) => kept.get(index)!);
}

const CURRENCY_SIGNS: Record<string, string> = { zl: 'PLN', $: 'USD', '€': 'EUR', '£': 'GBP' };

class SettingsReader {
  readonly settings: Settings;
  readonly issues: DataIssue[] = [];
  /** What an invalid value falls back to; `settings` starts as a copy and rows change it. */
  private readonly defaults: Settings;
  private readonly dates: DateContext;

  constructor(private readonly ctx: ReadContext) {
    this.settings = defaultSettings(ctx.locale);
    this.defaults = defaultSettings(ctx.locale);
    this.dates = {
      readDate: dateReader(ctx.timeZone ?? 'UTC'),
      dayFirst: localeIsDayFirst(ctx.locale),
      // Settings dates are recent; a two-digit year means this century.
      latestTwoDigitYear: 2099,
    };
  }

  private text(key: MessageKey, params?: Record<string, string | number>): string {
    return t(this.ctx.lang, key, params);
  }

  /** `shown` is the value as the message quotes it, when the cell's own text would be unclear (0.3 for 30%). */
  private report(
    row: KeyedRow,
    setting: string,
    rule: MessageKey,
    fallback: string | null,
    shown?: string,
  ): void {
    const params = { setting, value: shown ?? cellText(row.value), rule: this.text(rule) };
    this.issues.push({
      tab: this.ctx.tabName,
      row: row.row,
      column: this.text('settings.col.value'),
      code: 'bad_setting',
      message:
        fallback === null
          ? this.text('settings.issue.ignored', params)
          : this.text('settings.issue.usedDefault', { ...params, default: fallback }),
    });
  }

  /** A number cell, with the percent rule of the file comment when `ratio`; undefined when invalid. */
  private number(cell: Cell, ratio: boolean): number | null | undefined {
    const reading = parseNumber(cell, this.ctx.locale);
    if (reading === null) return null;
    if (!isValue(reading)) return undefined;
    if (!ratio) return reading;
    const typedPercent = typeof cell === 'string' && cell.includes('%');
    return typedPercent || reading <= 1 ? reading : reading / 100;
  }

  read(grid: Grid): void {
    const thresholds = new Map<string, KeyedRow>();
    const period: { months?: KeyedRow; from?: KeyedRow; to?: KeyedRow } = {};
    for (const row of keyedRows(grid).keyed) {
      if (row.key === 'period.months') period.months = row;
      else if (row.key === 'period.from') period.from = row;
      else if (row.key === 'period.to') period.to = row;
      else if (row.key.startsWith('band.') || row.key.startsWith('target.')) thresholds.set(row.key, row);
      else this.readRow(row);
    }
    this.readPeriod(period);
    for (const id of RATED_METRIC_IDS) this.readBand(id, thresholds);
    for (const id of Object.keys(TARGET_METRICS)) this.readTarget(id, thresholds);
  }

  private readRow(row: KeyedRow): void {
    const lang = this.ctx.lang;
    const settings = this.settings;
    const defaults = this.defaults;
    const value = row.value;
    const blank = isBlankCell(value);
    switch (row.key) {
      case 'language': {
        const language = readLanguage(cellText(value));
        if (language) settings.language = language;
        else if (!blank)
          this.report(row, this.text('settings.language'), 'settings.rule.language', defaults.language);
        return;
      }
      case 'currency': {
        const written = cellText(value);
        const currency = /^[a-z]{3}$/i.test(written)
          ? written.toUpperCase()
          : CURRENCY_SIGNS[normalizeKey(written)];
        if (currency) settings.currency = currency;
        else if (!blank)
          this.report(row, this.text('settings.currency'), 'settings.rule.currency', defaults.currency);
        return;
      }
      case 'marginPct': {
        const margin = this.number(value, true);
        if (margin !== null && margin !== undefined && margin > 0 && margin <= 1) {
          settings.marginPct = Math.round(margin * 1e8) / 1e6;
        } else if (!blank) {
          this.report(
            row,
            this.text('settings.marginPct'),
            'settings.rule.marginPct',
            thresholdText(lang, 1, true),
          );
        }
        return;
      }
      case 'minSample':
      case 'dormantAfterDays': {
        const number = this.number(value, false);
        if (typeof number === 'number' && Number.isInteger(number) && number >= 1) settings[row.key] = number;
        else if (!blank)
          this.report(
            row,
            this.text(`settings.${row.key}`),
            'settings.rule.wholeNumber',
            String(defaults[row.key]),
          );
        return;
      }
      case 'cadence':
        // Kept as typed, so the tab shows it the same after a rewrite; lookups normalize it.
        this.readCadence(row, cellText(row.label).trim(), cellText(row.label), null);
        return;
      case 'stage':
        this.readStage(row);
        return;
    }
    const status = STATUS_BY_CADENCE_KEY.get(row.key);
    if (status !== undefined) {
      this.readCadence(row, status, this.text(STATUS_LABEL[status]), defaults.cadence[status]);
    } else if (row.key.startsWith('mapping.')) {
      const [, tab, field] = row.key.split('.') as [string, TabKind, string];
      const header = cellText(value);
      const overrides = settings.mapping[tab] as Record<string, string>;
      if (header === NOT_USED_CELL) overrides[field] = '';
      else if (header !== '') overrides[field] = header;
    } else {
      this.readAnswerRow(row);
    }
  }

  private readCadence(row: KeyedRow, status: string, label: string, fallback: number | null): void {
    if (status === '') return;
    if (isBlankCell(row.value)) {
      delete this.settings.cadence[status];
      return;
    }
    const days = this.number(row.value, false);
    if (typeof days === 'number' && Number.isInteger(days) && days >= 1) {
      this.settings.cadence[status] = days;
    } else {
      this.report(row, label, 'settings.rule.wholeNumber', fallback === null ? null : String(fallback));
    }
  }

  private readStage(row: KeyedRow): void {
    const stage = normalizeKey(cellText(row.label));
    if (stage === '' || isBlankCell(row.value)) return;
    const outcome = readOutcome(cellText(row.value));
    if (outcome) this.settings.stageOutcomes[stage] = outcome;
    else this.report(row, cellText(row.label), 'settings.rule.outcome', null);
  }

  private readAnswerRow(row: KeyedRow): void {
    const label = questionText(this.ctx.lang, row.key);
    let answer: Answer | null = null;
    if (!isBlankCell(row.value)) {
      answer = readAnswer(cellText(row.value));
      if (answer === null) this.report(row, label, 'settings.rule.answer', null);
    }
    let note = cellText(row.note);
    if (note.length > MAX_NOTE_LENGTH) {
      note = note.slice(0, MAX_NOTE_LENGTH);
      this.issues.push({
        tab: this.ctx.tabName,
        row: row.row,
        column: this.text('settings.col.note'),
        code: 'bad_setting',
        message: this.text('settings.issue.noteShortened', { setting: label, max: MAX_NOTE_LENGTH }),
      });
    }
    if (answer !== null || note !== '') this.settings.answers[row.key] = { answer, note };
  }

  private readPeriod(rows: { months?: KeyedRow; from?: KeyedRow; to?: KeyedRow }): void {
    const fallback = this.text('settings.period.all');
    let period: Period = { kind: 'all' };
    if (rows.months && !isBlankCell(rows.months.value)) {
      const months = this.number(rows.months.value, false);
      if (months === 3 || months === 6 || months === 12) period = { kind: 'last', months };
      else
        this.report(rows.months, this.text('settings.period.months'), 'settings.rule.periodMonths', fallback);
    }
    const day = (row: KeyedRow | undefined, label: MessageKey): number | null | undefined => {
      if (!row || isBlankCell(row.value)) return null;
      const reading = parseDay(row.value, this.dates);
      if (isValue(reading)) return reading;
      this.report(row, this.text(label), 'settings.rule.date', null);
      return undefined;
    };
    const from = day(rows.from, 'settings.period.from');
    const to = day(rows.to, 'settings.period.to');
    if (typeof from === 'number' && typeof to === 'number' && from <= to) {
      period = { kind: 'range', from: dayToIso(from), to: dayToIso(to) };
    } else if (typeof from === 'number' || typeof to === 'number') {
      const [row, label] =
        typeof from === 'number'
          ? [rows.from as KeyedRow, 'settings.period.from' as const]
          : [rows.to as KeyedRow, 'settings.period.to' as const];
      const fallbackText = period.kind === 'last' ? cellText(rows.months?.value ?? null) : fallback;
      this.report(row, this.text(label), 'settings.rule.range', fallbackText);
    }
    this.settings.period = period;
  }

  private readThresholds(
    id: string,
    prefix: 'band' | 'target',
    thresholds: Map<string, KeyedRow>,
    direction: Band['direction'],
    ratio: boolean,
    fallback: Band | null,
  ): { green: number | null; amber: number | null; rows: { green?: KeyedRow; amber?: KeyedRow } } {
    const result = {
      green: null as number | null,
      amber: null as number | null,
      rows: {} as { green?: KeyedRow; amber?: KeyedRow },
    };
    for (const which of ['green', 'amber'] as const) {
      const row = thresholds.get(`${prefix}.${id}.${which}`);
      if (!row) continue;
      result.rows[which] = row;
      const value = this.number(row.value, ratio);
      if (value === null) continue;
      if (value !== undefined && inRange(id, value, ratio)) {
        result[which] = value;
      } else {
        const rule = ratio
          ? 'settings.rule.percent'
          : id === 'aftersales.nps'
            ? 'settings.rule.nps'
            : 'settings.rule.nonNegative';
        this.report(
          row,
          bandLabel(this.ctx.lang, id, direction, which),
          rule,
          fallback ? thresholdText(this.ctx.lang, fallback[which], ratio) : null,
        );
      }
    }
    return result;
  }

  private readBand(id: string, thresholds: Map<string, KeyedRow>): void {
    const fallback = this.defaults.bands[id];
    const ratio = isRatioBand(id);
    const read = this.readThresholds(id, 'band', thresholds, fallback.direction, ratio, fallback);
    const band: Band = {
      direction: fallback.direction,
      green: read.green ?? fallback.green,
      amber: read.amber ?? fallback.amber,
    };
    if (inOrder(band)) {
      this.settings.bands[id] = band;
    } else {
      // Out of order, the two thresholds mean nothing together: the whole band falls back.
      const which = read.rows.amber ? 'amber' : 'green';
      const lang = this.ctx.lang;
      this.report(
        read.rows[which] as KeyedRow,
        bandLabel(lang, id, band.direction, which),
        `settings.rule.bandOrder.${band.direction}`,
        `${thresholdText(lang, fallback.green, ratio)} / ${thresholdText(lang, fallback.amber, ratio)}`,
        thresholdText(lang, band[which], ratio),
      );
    }
  }

  private readTarget(id: string, thresholds: Map<string, KeyedRow>): void {
    const { direction, ratio } = TARGET_METRICS[id];
    const read = this.readThresholds(id, 'target', thresholds, direction, ratio, null);
    if (read.green === null) {
      // An invalid green was reported already; a blank one is what this message is about.
      if (read.amber !== null && isBlankCell(read.rows.green?.value ?? null)) {
        this.report(
          read.rows.amber as KeyedRow,
          bandLabel(this.ctx.lang, id, direction, 'amber'),
          'settings.rule.targetGreen',
          null,
        );
      }
      return;
    }
    const target: Band = { direction, green: read.green, amber: read.amber ?? read.green };
    if (inOrder(target)) this.settings.targets[id] = target;
    else {
      this.report(
        read.rows.amber as KeyedRow,
        bandLabel(this.ctx.lang, id, direction, 'amber'),
        `settings.rule.bandOrder.${direction}`,
        null,
        thresholdText(this.ctx.lang, target.amber, ratio),
      );
    }
  }
}

function inRange(id: string, value: number, ratio: boolean): boolean {
  if (ratio) return value >= 0 && value <= 1;
  if (id === 'aftersales.nps') return value >= -100 && value <= 100;
  return value >= 0;
}

function inOrder(band: Band): boolean {
  return band.direction === 'higher' ? band.amber <= band.green : band.amber >= band.green;
}

/**
 * The settings a tab holds, with the issues of its invalid values; defaults when there is no tab.
 * See the file comment for the rules.
 */
export function readSettings(
  grid: Grid | null,
  ctx: ReadContext,
): { settings: Settings; issues: DataIssue[] } {
  const reader = new SettingsReader(ctx);
  if (grid) reader.read(grid);
  return { settings: reader.settings, issues: reader.issues };
}
