// Progress lines on stderr, only for inputs big enough that the user would otherwise wonder: the file being
// read as soon as it is opened, then the rows read every so often, then each step.
import { t, type MessageKey } from '../core/i18n/catalog';
import type { Lang } from '../core/types';
import type { ReadingProgress } from './input';

/** About 10,000 rows of a typical CRM export. */
export const PROGRESS_FROM_BYTES = 1_000_000;
/** A line per this many rows: a million-row file reports every second or two. */
export const PROGRESS_EVERY_ROWS = 100_000;

export class Progress implements ReadingProgress {
  private active = false;
  private reported = 0;

  constructor(
    private readonly lang: Lang,
    private readonly write: (line: string) => void,
  ) {}

  file(name: string, bytes: number): void {
    this.reported = 0;
    if (bytes < PROGRESS_FROM_BYTES) return;
    this.active = true;
    const megabytes = new Intl.NumberFormat(this.lang === 'pl' ? 'pl-PL' : 'en-US', {
      maximumFractionDigits: 0,
    }).format(bytes / 1_000_000);
    this.write(t(this.lang, 'cli.progress.file', { file: name, size: `${megabytes} MB` }));
  }

  rows(count: number): void {
    if (!this.active || count < this.reported + PROGRESS_EVERY_ROWS) return;
    this.reported = count - (count % PROGRESS_EVERY_ROWS);
    this.write(t(this.lang, 'cli.progress.reading', { count: this.reported }));
  }

  step(key: Extract<MessageKey, 'cli.progress.auditing' | 'cli.progress.writing'>): void {
    if (this.active) this.write(t(this.lang, key));
  }
}
