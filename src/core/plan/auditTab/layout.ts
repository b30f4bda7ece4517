// What every section of the audit tab (SPEC §4.1) shares: the column grid, the list caps, and the small
// row helpers (titles, header rows, capped lists, rating cells) over one SheetBuilder.
import { t, type MessageKey } from '../../i18n/catalog';
import type { Params } from '../../i18n/format';
import type { AreaId, AreaResult, AuditReport, Lang, Rating, TrendPoint, Unit } from '../../types';
import { changeFormat, figureFormat, type FigureContext } from '../../figures';
import { RATING_COLORS } from '../formats';
import { SheetBuilder, toCell, type CellInput, type PlanCell } from '../sheetBuilder';

/** How many entries of each list the tab shows; the rest is summed up in an "…and N more" line. */
export const LIST_LIMITS = {
  channels: 50,
  chartChannels: 15,
  owners: 50,
  pipeline: 30,
  staleDeals: 20,
  overdueCustomers: 20,
  statuses: 50,
  openStages: 50,
  issues: 50,
} as const;

/** The channel table is the widest: 16 columns. */
export const MAIN_COLUMNS = 16;
/** The summary page uses columns A–F only: 300 + 5 × 90 = 750 px, one printed page's width. */
export const SUMMARY_COLUMNS = 6;
// Each run of equal widths costs the add-on one Spreadsheet call, so the columns come in three runs. The
// channel table's last column holds its verdict reasons: wide enough for the longest in two lines.
const COLUMN_WIDTHS = [300, ...Array<number>(MAIN_COLUMNS - 2).fill(90), 480];

export const HEADER_FILL = '#dfe5ee';
export const MUTED_COLOR = '#666666';

/** One section of the tab: appends its rows (and its block) to the tab being built. */
export type AuditSection = (tab: AuditTab) => void;

/**
 * A row whose text cells wrap: long texts grow the row instead of being cut off by the next cell. Every
 * cell of the row wraps so that they all share one vertical alignment wherever the tab is shown.
 */
export function wrapped(cells: CellInput[]): PlanCell[] {
  return cells.map((cell) => ({ ...toCell(cell), wrap: true }));
}

/** value − previous when both are known: what the ▲ / ▼ cells show. */
export function change(value: number | null, previous: number | null | undefined): number | null {
  return value !== null && previous !== null && previous !== undefined && isFinite(value - previous)
    ? value - previous
    : null;
}

/** The audit tab being built: the report, its language, and the builder the sections append rows to. */
export class AuditTab {
  readonly b: SheetBuilder;
  readonly lang: Lang;
  private readonly areas: Map<AreaId, AreaResult>;
  private readonly figureContext: FigureContext;

  constructor(
    readonly report: AuditReport,
    tabName: string,
    /** The scores of the history's runs and this one, for the score trend. */
    readonly scoreTrend: readonly TrendPoint[] = [],
  ) {
    this.b = new SheetBuilder(tabName, COLUMN_WIDTHS);
    this.lang = report.language;
    this.areas = new Map(report.areas.map((area) => [area.id, area]));
    this.figureContext = { lang: this.lang, locale: report.locale, currency: report.currency };
  }

  tx(key: MessageKey, params?: Params): string {
    return t(this.lang, key, params);
  }

  area(id: AreaId): AreaResult {
    return (
      this.areas.get(id) ?? {
        id,
        score: null,
        rating: 'nodata',
        metrics: [],
        questions: [],
        tables: [],
        attention: [],
      }
    );
  }

  /** A cell holding a figure, formatted by the rule its texts in sentences, sidebar and console follow. */
  figure(value: number | null, unit: Unit, style: Omit<PlanCell, 'value' | 'format'> = {}): PlanCell {
    return { ...style, value, format: figureFormat(value, unit, this.figureContext) };
  }

  /** A cell holding the ▲ / ▼ change of a figure since the previous audit. */
  change(value: number | null, previous: number | null | undefined, unit: Unit): PlanCell {
    const delta = change(value, previous);
    return { value: delta, format: changeFormat(delta, unit, this.figureContext) };
  }

  ratingCell(rating: Rating): PlanCell {
    return { value: t(this.lang, `rating.${rating}`), background: RATING_COLORS[rating] };
  }

  title(key: MessageKey): number {
    return this.b.addRow([{ value: this.tx(key), bold: true }]);
  }

  headerRow(keys: MessageKey[]): number {
    return this.headerRowOf(keys.map((key) => this.tx(key)));
  }

  headerRowOf(labels: string[]): number {
    return this.b.addRow(labels.map((value) => ({ value, bold: true, background: HEADER_FILL, wrap: true })));
  }

  note(text: string): number {
    return this.b.addRow([{ value: text, color: MUTED_COLOR }]);
  }

  /** Adds one row per shown item and, when some were left out, the "…and N more" line. */
  list<T>(shown: readonly T[], total: number, row: (item: T) => CellInput[], emptyKey: MessageKey): void {
    if (total === 0) {
      this.note(this.tx(emptyKey));
      return;
    }
    for (const item of shown) this.b.addRow(row(item));
    if (total > shown.length) this.note(this.tx('tab.more', { n: total - shown.length }));
  }

  /** Closes a section: its block for the sidebar, then a blank spacer row. */
  endBlock(id: string, firstRow: number): void {
    this.b.block(id, firstRow, this.b.nextRow - 1);
    this.b.addRow();
  }
}
