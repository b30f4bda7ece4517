// The data issues found while reading the input tabs, each worded in the audit's language.
import { dateText } from '../figures';
import { quoted, quotedParams } from '../cells/writing';
import { dayToIso } from '../days';
import { t, type MessageKey } from '../i18n/catalog';
import type { Params } from '../i18n/format';
import { numberWriter, type NumberWriter } from '../i18n/numberFormat';
import type { DataIssue, Day, IssueCode, Lang } from '../types';

const NUMBER_LOCALE: Record<Lang, string> = { en: 'en-US', pl: 'pl-PL' };
/** A message lists at most this many names (a tab's headers), then an ellipsis: it must stay readable. */
const LISTED_NAMES = 30;

export class IssueLog {
  readonly issues: DataIssue[] = [];
  private numberFormat: NumberWriter | null = null;
  constructor(private readonly lang: Lang) {}

  /** A number for a message, written as the audit's language writes it (-1234,5 in Polish). */
  number(value: number): string {
    this.numberFormat ??= numberWriter(NUMBER_LOCALE[this.lang], { maximumFractionDigits: 6 });
    return this.numberFormat.format(value);
  }

  /** A date for a message, written as the audit's language writes it (27.11.2026 in Polish). */
  day(day: Day): string {
    return dateText(dayToIso(day), this.lang);
  }

  /** Names (a tab's headers, the names a field accepts) as a message lists them: each in quotes, shortened. */
  names(names: readonly string[]): string {
    if (names.length === 0) return '—';
    const listed = names
      .slice(0, LISTED_NAMES)
      .map((name) => t(this.lang, 'input.quotedName', { name: quoted(name) }));
    return [...listed, ...(names.length > LISTED_NAMES ? ['…'] : [])].join(', ');
  }

  add(
    tab: string,
    row: number | null,
    column: string | null,
    code: IssueCode,
    key: MessageKey,
    params: Params = {},
    effect: 'rowSkipped' | 'cellIgnored' | null = null,
  ): void {
    // The parameters are the data's own (cells, headers, tab names): a huge cell is quoted shortened.
    this.push(tab, row, column, code, key, quotedParams(params), effect);
  }

  /** As add, with `composed` texts already built of shortened names (see names()), not to be cut again. */
  addComposed(
    tab: string,
    row: number | null,
    column: string | null,
    code: IssueCode,
    key: MessageKey,
    params: Params,
    composed: Params,
  ): void {
    this.push(tab, row, column, code, key, { ...quotedParams(params), ...composed }, null);
  }

  private push(
    tab: string,
    row: number | null,
    column: string | null,
    code: IssueCode,
    key: MessageKey,
    params: Params,
    effect: 'rowSkipped' | 'cellIgnored' | null,
  ): void {
    const reason = t(this.lang, key, params);
    const message = effect === null ? reason : `${reason} ${t(this.lang, `input.effect.${effect}`)}`;
    this.issues.push({ tab, row, column, code, message });
  }
}
