// The data issues found while reading the input tabs, each worded in the audit's language.
import { quotedParams } from '../cells/writing';
import { t, type MessageKey } from '../i18n/catalog';
import type { Params } from '../i18n/format';
import type { DataIssue, IssueCode, Lang } from '../types';

const NUMBER_LOCALE: Record<Lang, string> = { en: 'en-US', pl: 'pl-PL' };

export class IssueLog {
  readonly issues: DataIssue[] = [];
  private numberFormat: Intl.NumberFormat | null = null;
  constructor(private readonly lang: Lang) {}

  /** A number for a message, written as the audit's language writes it (-1234,5 in Polish). */
  number(value: number): string {
    this.numberFormat ??= new Intl.NumberFormat(NUMBER_LOCALE[this.lang], { maximumFractionDigits: 6 });
    return this.numberFormat.format(value);
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
    const reason = t(this.lang, key, quotedParams(params));
    const message = effect === null ? reason : `${reason} ${t(this.lang, `input.effect.${effect}`)}`;
    this.issues.push({ tab, row, column, code, message });
  }
}
