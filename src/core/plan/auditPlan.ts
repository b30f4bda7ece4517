// Lays out the audit tab (SPEC §4.1) from an AuditReport: header, score cards, a section per area with its
// tables, the questionnaire, data quality and the channel chart. Every list is capped, so the plan's size
// and the number of Spreadsheet calls to apply it do not grow with the data.
import { t, type MessageKey } from '../i18n/catalog';
import type { Params } from '../i18n/format';
import { en as auditTabTexts } from '../i18n/messages/auditTab';
import type {
  AreaId,
  AreaResult,
  AuditReport,
  ChannelRow,
  IssueCode,
  Lang,
  MetricResult,
  QuestionResult,
  Rating,
  SheetPlan,
  TabKind,
  Unit,
} from '../types';
import {
  DATE_FORMAT,
  DATE_TIME_FORMAT,
  INTEGER_FORMAT,
  RATING_COLORS,
  ROW_NUMBER_FORMAT,
  VERDICT_COLORS,
  changeFormatFor,
  isoDateTimeToSerial,
  isoDateToSerial,
  numberFormatFor,
} from './formats';
import { topBy } from './lists';
import { SheetBuilder, toCell, type CellInput, type PlanCell } from './sheetBuilder';

export { RATING_COLORS, VERDICT_COLORS, numberFormatFor } from './formats';

/** How many entries of each list the tab shows; the rest is summed up in an "…and N more" line. */
export const LIST_LIMITS = {
  channels: 50,
  chartChannels: 15,
  owners: 50,
  staleDeals: 20,
  overdueCustomers: 20,
  statuses: 50,
  openStages: 50,
  issues: 50,
} as const;

export const AREA_ORDER: readonly AreaId[] = ['acquisition', 'conversations', 'aftersales', 'relationships'];

/** The channel table is the widest: 16 columns. The chart's data sits right of it, past a spacer column. */
const MAIN_COLUMNS = 16;
const CHART_DATA_COLUMN = MAIN_COLUMNS + 2;
// Each run of equal widths costs the add-on one Spreadsheet call, so the columns come in four runs. The
// channel table's last column holds its verdict reasons: wide enough for the longest in two lines.
const COLUMN_WIDTHS = [320, ...Array<number>(MAIN_COLUMNS - 2).fill(120), 480, ...Array<number>(4).fill(120)];

/** Five cards (overall + four areas), two columns each, right of the row labels in column 1. */
const CARD_FIRST_COLUMN = 2;
const CARD_WIDTH = 2;
const TITLE_COLUMNS = CARD_FIRST_COLUMN - 1 + 5 * CARD_WIDTH;
/** Title, period and run time stay visible while scrolling. */
const FROZEN_ROWS = 3;

const HEADER_FILL = '#dfe5ee';
const MUTED_COLOR = '#666666';
const SCORE_FORMAT = '0';
const DECIMAL_FORMAT = '0.0';
const FRACTIONAL_COUNT_FORMAT = '#,##0.0';

export interface AuditPlanOptions {
  tabName: string;
}

export function buildAuditPlan(report: AuditReport, options: AuditPlanOptions): SheetPlan {
  return new AuditTabLayout(report, options.tabName).build();
}

/**
 * A row whose text cells wrap: long texts grow the row instead of being cut off by the next cell. Every
 * cell of the row wraps so that they all share one vertical alignment wherever the tab is shown.
 */
function wrapped(cells: CellInput[]): PlanCell[] {
  return cells.map((cell) => ({ ...toCell(cell), wrap: true }));
}

/** value − previous when both are known: what the ▲ / ▼ cells show. */
function change(value: number | null, previous: number | null | undefined): number | null {
  return value !== null && previous !== null && previous !== undefined && isFinite(value - previous)
    ? value - previous
    : null;
}

const issueKey = (code: IssueCode): MessageKey => `tab.issue.${code}` satisfies `tab.issue.${IssueCode}`;

class AuditTabLayout {
  private readonly b: SheetBuilder;
  private readonly lang: Lang;
  private readonly areas: Map<AreaId, AreaResult>;

  constructor(
    private readonly report: AuditReport,
    tabName: string,
  ) {
    this.b = new SheetBuilder(tabName, COLUMN_WIDTHS);
    this.lang = report.language;
    this.areas = new Map(report.areas.map((area) => [area.id, area]));
  }

  build(): SheetPlan {
    this.overview();
    this.areaSection('acquisition');
    this.channels();
    this.areaSection('conversations');
    this.owners();
    this.staleDeals();
    this.areaSection('aftersales');
    this.areaSection('relationships');
    this.overdueCustomers();
    this.statuses();
    this.questionnaire();
    this.dataQuality();
    return this.b.build();
  }

  // ------------------------------------------------------------ small pieces

  private tx(key: MessageKey, params?: Params): string {
    return t(this.lang, key, params);
  }

  private area(id: AreaId): AreaResult {
    return this.areas.get(id) ?? { id, score: null, rating: 'nodata', metrics: [], questions: [] };
  }

  private format(unit: Unit): string {
    return numberFormatFor(unit, this.report.currency, this.lang);
  }

  private ratingCell(rating: Rating): PlanCell {
    return { value: t(this.lang, `rating.${rating}`), background: RATING_COLORS[rating] };
  }

  private metricLabel(id: string): string {
    const key = `metric.${id}`;
    return key in auditTabTexts ? this.tx(key as MessageKey) : id;
  }

  private title(key: MessageKey): number {
    return this.b.addRow([{ value: this.tx(key), bold: true }]);
  }

  private headerRow(keys: MessageKey[]): number {
    return this.b.addRow(
      keys.map((key) => ({ value: this.tx(key), bold: true, background: HEADER_FILL, wrap: true })),
    );
  }

  private note(text: string): number {
    return this.b.addRow([{ value: text, color: MUTED_COLOR }]);
  }

  /** Adds one row per shown item and, when some were left out, the "…and N more" line. */
  private list<T>(
    shown: readonly T[],
    total: number,
    row: (item: T) => CellInput[],
    emptyKey: MessageKey,
  ): void {
    if (total === 0) {
      this.note(this.tx(emptyKey));
      return;
    }
    for (const item of shown) this.b.addRow(row(item));
    if (total > shown.length) this.note(this.tx('tab.more', { n: total - shown.length }));
  }

  /** Closes a section: its block for the sidebar, then a blank spacer row. */
  private endBlock(id: string, firstRow: number): void {
    this.b.block(id, firstRow, this.b.nextRow - 1);
    this.b.addRow();
  }

  // ------------------------------------------------------------ sections

  private overview(): void {
    const { b, report } = this;
    const titleRow = b.addRow([{ value: t(this.lang, 'app.name'), bold: true }]);
    b.merge({ row: titleRow, column: 1, numRows: 1, numColumns: TITLE_COLUMNS });
    b.addRow([{ value: this.tx('tab.period'), bold: true }, report.period.label]);
    const runAt = isoDateTimeToSerial(report.generatedAt);
    b.addRow([
      { value: this.tx('tab.runAt'), bold: true },
      runAt === null ? report.generatedAt : { value: runAt, format: DATE_TIME_FORMAT },
    ]);
    b.freezeRows(FROZEN_ROWS);
    b.addRow();

    this.headerRow(['tab.input.kind', 'tab.input.tab', 'tab.input.rows', 'tab.input.used']);
    for (const kind of ['deals', 'channels', 'customers'] as const satisfies TabKind[]) {
      const input = report.input[kind];
      b.addRow([
        this.tx(`tab.input.${kind}`),
        input.found && input.tab !== null
          ? input.tab
          : { value: this.tx('tab.input.notFound'), color: MUTED_COLOR },
        { value: input.rows, format: INTEGER_FORMAT },
        { value: input.used, format: INTEGER_FORMAT },
      ]);
    }
    b.addRow();

    const cards = [
      { name: this.tx('tab.overall'), ...report.overall },
      ...AREA_ORDER.map((id) => ({ name: t(this.lang, `area.${id}`), ...this.area(id) })),
    ];
    const nameRow = b.addRow([{ value: this.tx('tab.card.area'), bold: true }]);
    const scoreRow = b.addRow([{ value: this.tx('tab.card.score'), bold: true }]);
    const ratingRow = b.addRow([{ value: this.tx('tab.card.rating'), bold: true }]);
    cards.forEach((card, i) => {
      const column = CARD_FIRST_COLUMN + i * CARD_WIDTH;
      const background = RATING_COLORS[card.rating];
      const filler: PlanCell = { value: null, background };
      b.setCells(nameRow, column, [{ value: card.name, bold: true, background }, filler]);
      b.setCells(scoreRow, column, [
        { value: card.score, format: SCORE_FORMAT, bold: true, background },
        {
          value: change(card.score, card.previousScore),
          format: changeFormatFor(SCORE_FORMAT),
          background,
        },
      ]);
      // Not merged: each merge is one Spreadsheet call, and the text overflows into the empty filler anyway.
      b.setCells(ratingRow, column, [this.ratingCell(card.rating), filler]);
    });
    this.endBlock('overview', titleRow);
  }

  private areaSection(id: AreaId): void {
    const area = this.area(id);
    const first = this.b.addRow([
      { value: t(this.lang, `area.${id}`), bold: true },
      { value: area.score, format: SCORE_FORMAT, bold: true, background: RATING_COLORS[area.rating] },
      this.ratingCell(area.rating),
    ]);
    this.headerRow([
      'tab.col.metric',
      'tab.col.value',
      'tab.col.change',
      'tab.col.target',
      'tab.col.rating',
      'tab.col.finding',
    ]);
    this.list(area.metrics, area.metrics.length, (metric) => this.metricRow(metric), 'tab.noMetrics');
    this.endBlock(`area.${id}`, first);
  }

  private metricRow(metric: MetricResult): CellInput[] {
    const isFractionalCount =
      metric.unit === 'count' && metric.value !== null && !Number.isInteger(metric.value);
    const format = isFractionalCount ? FRACTIONAL_COUNT_FORMAT : this.format(metric.unit);
    return [
      this.metricLabel(metric.id),
      { value: metric.value, format, background: RATING_COLORS[metric.rating] },
      { value: change(metric.value, metric.previous), format: changeFormatFor(format) },
      metric.target,
      this.ratingCell(metric.rating),
      metric.note,
    ];
  }

  private channels(): void {
    const all = this.report.channels;
    const shown = all.slice(0, LIST_LIMITS.channels);
    const first = this.title('tab.channels.title');
    const headerRow = this.headerRow([
      'tab.col.channel',
      'tab.col.leads',
      'tab.col.share',
      'tab.col.won',
      'tab.col.lost',
      'tab.col.conversion',
      'tab.col.winRate',
      'tab.col.cost',
      'tab.col.newCustomers',
      'tab.col.cac',
      'tab.col.avgClv',
      'tab.col.profitPerCustomer',
      'tab.col.ltvToCac',
      'tab.col.conversationsPerWin',
      'tab.col.verdict',
      'tab.col.reason',
    ]);
    this.list(shown, all.length, (channel) => this.channelRow(channel), 'tab.channels.empty');
    if (shown.length > 0) this.channelChart(headerRow, shown);
    this.endBlock('channels', first);
  }

  private channelRow(channel: ChannelRow): CellInput[] {
    const money = this.format('currency');
    const verdict = this.tx(`tab.verdict.${channel.verdict}`);
    return wrapped([
      channel.channel,
      { value: channel.leads, format: INTEGER_FORMAT },
      { value: channel.share, format: this.format('ratio') },
      { value: channel.won, format: INTEGER_FORMAT },
      { value: channel.lost, format: INTEGER_FORMAT },
      { value: channel.conversion, format: this.format('ratio') },
      { value: channel.winRate, format: this.format('ratio') },
      { value: channel.cost, format: money },
      { value: channel.newCustomers, format: INTEGER_FORMAT },
      { value: channel.cac, format: money },
      { value: channel.avgClv, format: money },
      { value: channel.profitPerCustomer, format: money },
      { value: channel.ltvToCac, format: this.format('multiple') },
      { value: channel.conversationsPerWin, format: DECIMAL_FORMAT },
      {
        value: channel.expensive ? this.tx('tab.verdict.expensive', { verdict }) : verdict,
        background: VERDICT_COLORS[channel.verdict],
      },
      channel.reason,
    ]);
  }

  /**
   * The chart reads a contiguous channel / leads / conversion table, which the channel table is not, so a
   * small copy of the busiest channels sits right of it, beside the table's header; the chart goes below.
   */
  private channelChart(headerRow: number, shown: readonly ChannelRow[]): void {
    const { b } = this;
    const charted = topBy(shown, LIST_LIMITS.chartChannels, (channel) => channel.leads);
    b.setCells(headerRow, CHART_DATA_COLUMN, [
      { value: this.tx('tab.col.channel'), bold: true, background: HEADER_FILL, wrap: true },
      { value: this.tx('tab.col.leads'), bold: true, background: HEADER_FILL, wrap: true },
      { value: this.tx('tab.col.conversion'), bold: true, background: HEADER_FILL, wrap: true },
    ]);
    charted.forEach((channel, i) => {
      b.setCells(
        headerRow + 1 + i,
        CHART_DATA_COLUMN,
        wrapped([
          channel.channel,
          { value: channel.leads, format: INTEGER_FORMAT },
          { value: channel.conversion, format: this.format('ratio') },
        ]),
      );
    });
    const source = { row: headerRow, column: CHART_DATA_COLUMN, numRows: charted.length + 1, numColumns: 3 };
    b.setChart({
      title: this.tx('tab.chart.title'),
      source,
      anchor: { row: source.row + source.numRows + 1, column: CHART_DATA_COLUMN },
    });
  }

  private owners(): void {
    const all = this.report.owners;
    const first = this.title('tab.owners.title');
    this.headerRow([
      'tab.col.owner',
      'tab.col.deals',
      'tab.col.won',
      'tab.col.lost',
      'tab.col.winRate',
      'tab.col.avgDaysToWin',
      'tab.col.conversationsPerWin',
      'tab.col.avgDealValue',
      'tab.col.flags',
    ]);
    this.list(
      all.slice(0, LIST_LIMITS.owners),
      all.length,
      (owner) => {
        const flagged = owner.flags.length > 0;
        return [
          { value: owner.owner, background: flagged ? RATING_COLORS.amber : null },
          { value: owner.deals, format: INTEGER_FORMAT },
          { value: owner.won, format: INTEGER_FORMAT },
          { value: owner.lost, format: INTEGER_FORMAT },
          { value: owner.winRate, format: this.format('ratio') },
          { value: owner.avgDaysToWin, format: this.format('days') },
          { value: owner.conversationsPerWin, format: DECIMAL_FORMAT },
          { value: owner.avgDealValue, format: this.format('currency') },
          {
            value: flagged ? owner.flags.join('; ') : null,
            background: flagged ? RATING_COLORS.amber : null,
          },
        ];
      },
      'tab.owners.empty',
    );
    this.endBlock('owners', first);
  }

  private staleDeals(): void {
    const all = this.report.staleDeals;
    const first = this.title('tab.staleDeals.title');
    // The deal's name leads, in the wide first column; its ID and row tell where to find it.
    this.headerRow([
      'tab.col.deal',
      'tab.col.id',
      'tab.col.row',
      'tab.col.owner',
      'tab.col.channel',
      'tab.col.ageDays',
      'tab.col.conversations',
      'tab.col.reason',
    ]);
    this.list(
      topBy(all, LIST_LIMITS.staleDeals, (deal) => deal.ageDays),
      all.length,
      (deal) => [
        deal.name ?? deal.id,
        deal.id,
        { value: deal.row, format: ROW_NUMBER_FORMAT },
        deal.owner,
        deal.channel,
        { value: deal.ageDays, format: INTEGER_FORMAT },
        { value: deal.conversations, format: INTEGER_FORMAT },
        deal.reason,
      ],
      'tab.staleDeals.empty',
    );
    this.endBlock('staleDeals', first);
  }

  private overdueCustomers(): void {
    const all = this.report.overdueCustomers;
    const first = this.title('tab.overdueCustomers.title');
    this.headerRow([
      'tab.col.customer',
      'tab.col.status',
      'tab.col.lastContact',
      'tab.col.daysSinceContact',
      'tab.col.cadenceDays',
      'tab.col.overdueDays',
    ]);
    // A customer never contacted is the most overdue of all.
    const mostOverdue = topBy(all, LIST_LIMITS.overdueCustomers, (c) => c.overdueDays ?? Infinity);
    this.list(
      mostOverdue,
      all.length,
      (customer) => {
        const lastContact = customer.lastContact === null ? null : isoDateToSerial(customer.lastContact);
        return [
          customer.customer,
          customer.status,
          lastContact === null
            ? { value: customer.lastContact ?? this.tx('tab.never'), color: MUTED_COLOR }
            : { value: lastContact, format: DATE_FORMAT },
          { value: customer.daysSinceContact, format: INTEGER_FORMAT },
          { value: customer.cadenceDays, format: INTEGER_FORMAT },
          { value: customer.overdueDays, format: INTEGER_FORMAT },
        ];
      },
      'tab.overdueCustomers.empty',
    );
    this.endBlock('overdueCustomers', first);
  }

  private statuses(): void {
    const all = this.report.statuses;
    const first = this.title('tab.statuses.title');
    this.headerRow([
      'tab.col.status',
      'tab.col.customers',
      'tab.col.customerShare',
      'tab.col.cadenceDays',
      'tab.col.medianDaysSinceContact',
      'tab.col.overdue',
    ]);
    this.list(
      all.slice(0, LIST_LIMITS.statuses),
      all.length,
      (status) => [
        status.status,
        { value: status.customers, format: INTEGER_FORMAT },
        { value: status.share, format: this.format('ratio') },
        status.cadenceDays === null
          ? { value: this.tx('tab.noCadence'), color: MUTED_COLOR }
          : { value: status.cadenceDays, format: INTEGER_FORMAT },
        { value: status.medianDaysSinceContact, format: INTEGER_FORMAT },
        { value: status.overdue, format: INTEGER_FORMAT },
      ],
      'tab.statuses.empty',
    );
    this.endBlock('statuses', first);
  }

  private questionnaire(): void {
    const first = this.title('tab.questionnaire.title');
    // Only areas that ask something get a table (acquisition is all numbers): an empty table is noise.
    const tables = [
      ...AREA_ORDER.map((id) => ({
        heading: t(this.lang, `area.${id}`),
        questions: this.area(id).questions,
      })),
      { heading: this.tx('tab.questionnaire.process'), questions: this.report.processQuestions ?? [] },
    ].filter((table) => table.questions.length > 0);
    if (tables.length === 0) this.note(this.tx('tab.questionnaire.empty'));
    for (const table of tables) this.questionTable(table.heading, table.questions);
    this.endBlock('questionnaire', first);
  }

  private questionTable(heading: string, questions: readonly QuestionResult[]): void {
    this.b.addRow([{ value: heading, bold: true }]);
    this.headerRow(['tab.col.question', 'tab.col.answer', 'tab.col.note']);
    for (const question of questions) {
      this.b.addRow([
        // A question is longer than its column; the note is last, so it overflows to the right instead.
        ...wrapped([
          question.text,
          {
            value:
              question.answer === null
                ? this.tx('tab.notAnswered')
                : t(this.lang, `answer.${question.answer}`),
            background: RATING_COLORS[question.rating],
          },
        ]),
        question.note === '' ? null : question.note,
      ]);
    }
  }

  private dataQuality(): void {
    const { b, report } = this;
    const first = this.title('tab.dataQuality.title');

    b.addRow([{ value: this.tx('tab.openStages'), bold: true }]);
    this.list(
      report.openStages.slice(0, LIST_LIMITS.openStages),
      report.openStages.length,
      (stage) => [stage],
      'tab.openStages.empty',
    );
    b.addRow();

    if (report.issues.length === 0) {
      this.note(this.tx('tab.issues.empty'));
    } else {
      this.issues();
    }
    b.block('dataQuality', first, b.nextRow - 1);
  }

  private issues(): void {
    const { b, report } = this;
    const counts = new Map<IssueCode, number>();
    for (const issue of report.issues) counts.set(issue.code, (counts.get(issue.code) ?? 0) + 1);
    b.addRow([{ value: this.tx('tab.issueCounts'), bold: true }]);
    this.headerRow(['tab.col.issue', 'tab.col.count']);
    // At most one entry per issue code, so this sort has a fixed small size.
    for (const [code, count] of [...counts].sort((a, z) => z[1] - a[1])) {
      b.addRow([this.tx(issueKey(code)), { value: count, format: INTEGER_FORMAT }]);
    }
    b.addRow();

    b.addRow([{ value: this.tx('tab.issues'), bold: true }]);
    this.headerRow(['tab.col.tab', 'tab.col.row', 'tab.col.column', 'tab.col.issue', 'tab.col.message']);
    this.list(
      report.issues.slice(0, LIST_LIMITS.issues),
      report.issues.length,
      (issue) => [
        issue.tab,
        { value: issue.row, format: ROW_NUMBER_FORMAT },
        issue.column,
        this.tx(issueKey(issue.code)),
        issue.message,
      ],
      'tab.issues.empty',
    );
  }
}
