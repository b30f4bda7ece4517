// How the settings-tab reader reads one value cell as a number (the percent rule of settingsTabReader.ts),
// and how it reports a value it cannot use.
import { parseNumber } from '../cells/numbers';
import { isValue } from '../cells/reading';
import { quoted } from '../cells/writing';
import { t, type MessageKey } from '../i18n/catalog';
import type { Cell, DataIssue, Lang } from '../types';
import { cellText, type KeyedRow } from './settingsTabRows';

export interface ReadContext {
  lang: Lang;
  /** How numbers and dates typed as text are read. */
  locale: string;
  tabName: string;
  /** The spreadsheet's zone, to read Date cells as calendar days. Default 'UTC'. */
  timeZone?: string;
  /** The currency the data's amounts carry, used when the tab names none (else the locale's). */
  currency?: string;
}

export class SettingValues {
  readonly issues: DataIssue[] = [];

  constructor(readonly ctx: ReadContext) {}

  text(key: MessageKey, params?: Record<string, string | number>): string {
    return t(this.ctx.lang, key, params);
  }

  /** `shown` is the value as the message quotes it, when the cell's own text would be unclear (0.3 for 30%). */
  report(row: KeyedRow, setting: string, rule: MessageKey, fallback: string | null, shown?: string): void {
    const params = { setting, value: quoted(shown ?? cellText(row.value)), rule: this.text(rule) };
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

  /** A number cell, with the percent rule when `ratio`; undefined when invalid. */
  number(cell: Cell, ratio: boolean): number | null | undefined {
    const reading = parseNumber(cell, this.ctx.locale);
    if (reading === null) return null;
    if (!isValue(reading)) return undefined;
    if (!ratio) return reading;
    const typedPercent = typeof cell === 'string' && cell.includes('%');
    return typedPercent || reading <= 1 ? reading : reading / 100;
  }
}
