// Progress lines on stderr, only for inputs big enough that the user would otherwise wonder.
import { t, type MessageKey } from '../core/i18n/catalog';
import type { Lang } from '../core/types';

export const PROGRESS_FROM_ROWS = 10_000;

export class Progress {
  private active = false;

  constructor(
    private readonly lang: Lang,
    private readonly write: (line: string) => void,
  ) {}

  reading(rows: number): void {
    if (rows <= PROGRESS_FROM_ROWS) return;
    this.active = true;
    const formatted = new Intl.NumberFormat(this.lang === 'pl' ? 'pl-PL' : 'en-US').format(rows);
    this.write(t(this.lang, 'cli.progress.reading', { rows: formatted, count: rows }));
  }

  step(key: Extract<MessageKey, 'cli.progress.auditing' | 'cli.progress.writing'>): void {
    if (this.active) this.write(t(this.lang, key));
  }
}
