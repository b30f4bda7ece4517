// The top of the audit tab: title, period and run time, the input tabs read, and the five score cards.
import { SCORE_FORMAT, dateTimeFormat } from '../../figures';
import { t } from '../../i18n/catalog';
import { AREA_IDS, TAB_KINDS } from '../../types';
import { RATING_COLORS, changeFormatFor, isoDateTimeToSerial } from '../formats';
import type { PlanCell } from '../sheetBuilder';
import { MUTED_COLOR, change, type AuditTab } from './layout';

/** Five cards (overall + four areas), two columns each, right of the row labels in column 1. */
const CARD_FIRST_COLUMN = 2;
const CARD_WIDTH = 2;
const TITLE_COLUMNS = CARD_FIRST_COLUMN - 1 + 5 * CARD_WIDTH;
/** Title, period and run time stay visible while scrolling. */
const FROZEN_ROWS = 3;

export function overview(tab: AuditTab): void {
  const { b, report } = tab;
  const titleRow = b.addRow([{ value: tab.tx('app.name'), bold: true }]);
  b.merge({ row: titleRow, column: 1, numRows: 1, numColumns: TITLE_COLUMNS });
  b.addRow([{ value: tab.tx('tab.period'), bold: true }, report.period.label]);
  const runAt = isoDateTimeToSerial(report.generatedAt);
  b.addRow([
    { value: tab.tx('tab.runAt'), bold: true },
    runAt === null ? report.generatedAt : { value: runAt, format: dateTimeFormat(tab.lang) },
  ]);
  b.freezeRows(FROZEN_ROWS);
  b.addRow();

  inputTabs(tab);
  b.addRow();

  scoreCards(tab);
  tab.endBlock('overview', titleRow);
}

function inputTabs(tab: AuditTab): void {
  const { b, report } = tab;
  tab.headerRow(['tab.input.kind', 'tab.input.tab', 'tab.input.rows', 'tab.input.used']);
  for (const kind of TAB_KINDS) {
    const input = report.input[kind];
    b.addRow([
      tab.tx(`tab.input.${kind}`),
      input.found && input.tab !== null
        ? input.tab
        : { value: tab.tx('tab.input.notFound'), color: MUTED_COLOR },
      tab.figure(input.rows, 'count'),
      tab.figure(input.used, 'count'),
    ]);
  }
}

function scoreCards(tab: AuditTab): void {
  const { b, report } = tab;
  const cards = [
    { name: tab.tx('tab.overall'), ...report.overall },
    ...AREA_IDS.map((id) => ({ name: t(tab.lang, `area.${id}`), ...tab.area(id) })),
  ];
  const nameRow = b.addRow([{ value: tab.tx('tab.card.area'), bold: true }]);
  const scoreRow = b.addRow([{ value: tab.tx('tab.card.score'), bold: true }]);
  const ratingRow = b.addRow([{ value: tab.tx('tab.card.rating'), bold: true }]);
  cards.forEach((card, i) => {
    const column = CARD_FIRST_COLUMN + i * CARD_WIDTH;
    const background = RATING_COLORS[card.rating];
    const filler: PlanCell = { value: null, background };
    b.setCells(nameRow, column, [{ value: card.name, bold: true, background }, filler]);
    b.setCells(scoreRow, column, [
      { value: card.score, format: SCORE_FORMAT, bold: true, background },
      { value: change(card.score, card.previousScore), format: changeFormatFor(SCORE_FORMAT), background },
    ]);
    // Not merged: each merge is one Spreadsheet call, and the text overflows into the empty filler anyway.
    b.setCells(ratingRow, column, [tab.ratingCell(card.rating), filler]);
  });
}
