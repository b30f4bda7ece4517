// Reads the settings tab (layout in settingsTabLayout.ts) into Settings, with an issue per invalid value;
// the band and target rows in settingsTabThresholds.ts, a value cell as a number in settingsTabValues.ts.
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
// - The Stage order section holds one open stage name per row in column A, first stage at the top; rows
//   without a key there are stage names too, so a user reorders by moving rows and adds one by typing it.
//   A name listed twice keeps its first place; a won or lost stage has no place. Both are issues. A name no
//   deal has yet is fine (a pipeline may have empty stages).
// - Unknown keys are ignored, and the rows carrying them are kept when the tab is rewritten.
import { localeIsDayFirst, parseDay, type DateContext } from '../cells/dates';
import { isBlankCell, isValue } from '../cells/reading';
import { quoted } from '../cells/writing';
import { dateReader, dayToIso } from '../days';
import type { MessageKey } from '../i18n/catalog';
import { classifyStage, stageNameKey } from '../input/dealVocabulary';
import { normalizeKey } from '../text';
import type { Answer, DataIssue, Grid, Period, Settings, TabKind } from '../types';
import { defaultSettings, STATUS_LABEL } from './defaults';
import { questionText } from './questions';
import { meetsRule, NUMBER_SETTINGS } from './rules';
import { NOT_USED_CELL, STAGE_ORDER_KEY, STATUS_BY_CADENCE_KEY, thresholdText } from './settingsTabLayout';
import { cellText, keyedRows, type KeyedRow } from './settingsTabRows';
import { readThresholdRows } from './settingsTabThresholds';
import { SettingValues, type ReadContext } from './settingsTabValues';
import { MAX_NOTE_LENGTH, readAnswer, readLanguage, readOutcome } from './vocabulary';

export type { ReadContext } from './settingsTabValues';

const CURRENCY_SIGNS: Record<string, string> = { zl: 'PLN', $: 'USD', '€': 'EUR', '£': 'GBP' };

class SettingsReader {
  readonly settings: Settings;
  readonly values: SettingValues;
  /** What an invalid value falls back to; `settings` starts as a copy and rows change it. */
  private readonly defaults: Settings;
  private readonly dates: DateContext;

  constructor(private readonly ctx: ReadContext) {
    this.values = new SettingValues(ctx);
    this.settings = defaultSettings(ctx.locale, ctx.currency);
    this.defaults = defaultSettings(ctx.locale, ctx.currency);
    this.dates = {
      readDate: dateReader(ctx.timeZone ?? 'UTC'),
      dayFirst: localeIsDayFirst(ctx.locale),
      // Settings dates are recent; a two-digit year means this century.
      latestTwoDigitYear: 2099,
    };
  }

  read(grid: Grid): void {
    const thresholds = new Map<string, KeyedRow>();
    const period: { months?: KeyedRow; from?: KeyedRow; to?: KeyedRow } = {};
    const stageOrder: KeyedRow[] = [];
    for (const row of keyedRows(grid).keyed) {
      if (row.key === STAGE_ORDER_KEY) stageOrder.push(row);
      else if (row.key === 'period.months') period.months = row;
      else if (row.key === 'period.from') period.from = row;
      else if (row.key === 'period.to') period.to = row;
      else if (row.key.startsWith('band.') || row.key.startsWith('target.')) thresholds.set(row.key, row);
      else this.readRow(row);
    }
    this.readPeriod(period);
    readThresholdRows(this.values, thresholds, this.settings, this.defaults);
    // After the whole tab: the stage mapping may sit below the order and make a listed stage won or lost.
    this.readStageOrder(stageOrder);
  }

  private readStageOrder(rows: readonly KeyedRow[]): void {
    const setting = this.values.text('settings.section.stageOrder');
    const seen = new Set<string>();
    for (const row of rows) {
      const stage = cellText(row.label).trim();
      const key = stageNameKey(stage);
      if (key === '') continue;
      const refuse = (rule: MessageKey) =>
        this.values.issues.push({
          tab: this.ctx.tabName,
          row: row.row,
          column: this.values.text('settings.col.setting'),
          code: 'bad_setting',
          message: this.values.text('settings.issue.ignored', {
            setting,
            value: quoted(stage),
            rule: this.values.text(rule),
          }),
        });
      if (seen.has(key)) {
        refuse('settings.rule.stageOrderTwice');
      } else if (classifyStage(stage, this.settings.stageOutcomes) !== 'open') {
        refuse('settings.rule.stageOrderOpen');
      } else {
        seen.add(key);
        this.settings.stageOrder.push(stage);
      }
    }
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
          this.values.report(
            row,
            this.values.text('settings.language'),
            'settings.rule.language',
            defaults.language,
          );
        return;
      }
      case 'currency': {
        const written = cellText(value);
        const currency = /^[a-z]{3}$/i.test(written)
          ? written.toUpperCase()
          : CURRENCY_SIGNS[normalizeKey(written)];
        if (currency) settings.currency = currency;
        else if (!blank)
          this.values.report(
            row,
            this.values.text('settings.currency'),
            'settings.rule.currency',
            defaults.currency,
          );
        return;
      }
      case 'marginPct': {
        const margin = this.values.number(value, true);
        if (typeof margin === 'number' && meetsRule(NUMBER_SETTINGS.marginPct, margin * 100)) {
          settings.marginPct = Math.round(margin * 1e8) / 1e6;
        } else if (!blank) {
          this.values.report(
            row,
            this.values.text('settings.marginPct'),
            NUMBER_SETTINGS.marginPct.rule,
            thresholdText(lang, 1, true),
          );
        }
        return;
      }
      case 'minSample':
      case 'dormantAfterDays': {
        const number = this.values.number(value, false);
        if (typeof number === 'number' && meetsRule(NUMBER_SETTINGS[row.key], number))
          settings[row.key] = number;
        else if (!blank)
          this.values.report(
            row,
            this.values.text(`settings.${row.key}`),
            NUMBER_SETTINGS[row.key].rule,
            String(defaults[row.key]),
          );
        return;
      }
      case 'monthlyTarget': {
        const target = this.values.number(value, false);
        if (typeof target === 'number' && meetsRule(NUMBER_SETTINGS.monthlyTarget, target))
          settings.monthlyTarget = target;
        else if (!blank)
          this.values.report(
            row,
            this.values.text('settings.monthlyTarget'),
            NUMBER_SETTINGS.monthlyTarget.rule,
            null,
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
      this.readCadence(row, status, this.values.text(STATUS_LABEL[status]), defaults.cadence[status]);
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
    const days = this.values.number(row.value, false);
    if (typeof days === 'number' && meetsRule(NUMBER_SETTINGS.cadenceDays, days)) {
      this.settings.cadence[status] = days;
    } else {
      this.values.report(
        row,
        label,
        NUMBER_SETTINGS.cadenceDays.rule,
        fallback === null ? null : String(fallback),
      );
    }
  }

  private readStage(row: KeyedRow): void {
    const stage = normalizeKey(cellText(row.label));
    if (stage === '' || isBlankCell(row.value)) return;
    const outcome = readOutcome(cellText(row.value));
    if (outcome) this.settings.stageOutcomes[stage] = outcome;
    else this.values.report(row, cellText(row.label), 'settings.rule.outcome', null);
  }

  private readAnswerRow(row: KeyedRow): void {
    const label = questionText(this.ctx.lang, row.key);
    let answer: Answer | null = null;
    if (!isBlankCell(row.value)) {
      answer = readAnswer(cellText(row.value));
      if (answer === null) this.values.report(row, label, 'settings.rule.answer', null);
    }
    let note = cellText(row.note);
    if (note.length > MAX_NOTE_LENGTH) {
      note = note.slice(0, MAX_NOTE_LENGTH);
      this.values.issues.push({
        tab: this.ctx.tabName,
        row: row.row,
        column: this.values.text('settings.col.note'),
        code: 'bad_setting',
        message: this.values.text('settings.issue.noteShortened', { setting: label, max: MAX_NOTE_LENGTH }),
      });
    }
    if (answer !== null || note !== '') this.settings.answers[row.key] = { answer, note };
  }

  private readPeriod(rows: { months?: KeyedRow; from?: KeyedRow; to?: KeyedRow }): void {
    const fallback = this.values.text('settings.period.all');
    let period: Period = { kind: 'all' };
    if (rows.months && !isBlankCell(rows.months.value)) {
      const months = this.values.number(rows.months.value, false);
      if (months === 3 || months === 6 || months === 12) period = { kind: 'last', months };
      else
        this.values.report(
          rows.months,
          this.values.text('settings.period.months'),
          'settings.rule.periodMonths',
          fallback,
        );
    }
    const day = (row: KeyedRow | undefined, label: MessageKey): number | null | undefined => {
      if (!row || isBlankCell(row.value)) return null;
      const reading = parseDay(row.value, this.dates);
      if (isValue(reading)) return reading;
      this.values.report(row, this.values.text(label), 'settings.rule.date', null);
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
      this.values.report(row, this.values.text(label), 'settings.rule.range', fallbackText);
    }
    this.settings.period = period;
  }
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
  return { settings: reader.settings, issues: reader.values.issues };
}
