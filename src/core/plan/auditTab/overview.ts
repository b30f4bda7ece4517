// The summary page at the top of the audit tab (SPEC §4.1): title, period and run time, the overall and area
// scores with what pulls each area down, "are we selling enough", and "what to do first". It uses only
// columns A–F, which fit one printed page's width.
import { SCORE_FORMAT, dateTimeText } from '../../figures';
import { t } from '../../i18n/catalog';
import { AREA_IDS, type Rating } from '../../types';
import { attentionLine, issueTotalText } from '../../verdictText';
import { RATING_COLORS, changeFormatFor } from '../formats';
import { MUTED_COLOR, SUMMARY_COLUMNS, change, wrapped, type AuditTab } from './layout';

/** Title, period and run time stay visible while scrolling. */
const FROZEN_ROWS = 3;

export function overview(tab: AuditTab): void {
  const { b, report } = tab;
  const titleRow = b.addRow([{ value: tab.tx('app.name'), bold: true }]);
  b.merge({ row: titleRow, column: 1, numRows: 1, numColumns: SUMMARY_COLUMNS });
  b.addRow([`${tab.tx('tab.period')}: ${report.period.label}`]);
  // As text beside its label: a date-time value in the 90 px column B showed as ### (numbers never overflow into
  // the next cell). The history tab keeps the run time as a date-time value.
  b.addRow([`${tab.tx('tab.runAt')}: ${dateTimeText(report.generatedAt, tab.lang)}`]);
  b.freezeRows(FROZEN_ROWS);
  b.addRow();

  scores(tab);
  tab.endBlock('overview', titleRow);
  sellingEnough(tab);
  actions(tab);
}

/** The overall score, then one row per area followed by the items that pull it down. */
function scores(tab: AuditTab): void {
  const { b, report } = tab;
  tab.headerRow(['tab.card.area', 'tab.summary.score', 'tab.col.change', 'tab.col.rating']);
  const scoreRow = (
    name: string,
    score: number | null,
    previous: number | null | undefined,
    rating: Rating,
  ) =>
    b.addRow([
      { value: name, bold: true },
      { value: score, format: SCORE_FORMAT, bold: true },
      { value: change(score, previous), format: changeFormatFor(SCORE_FORMAT) },
      tab.ratingCell(rating),
    ]);
  const { score, previousScore, rating } = report.overall;
  scoreRow(tab.tx('tab.summary.overall'), score, previousScore, rating);
  for (const id of AREA_IDS) {
    const area = tab.area(id);
    scoreRow(t(tab.lang, `area.${id}`), area.score, area.previousScore, area.rating);
    const attention = attentionLine(area, report);
    if (attention !== null) b.addRow(wrapped([{ value: attention, color: MUTED_COLOR }]));
  }
}

function sellingEnough(tab: AuditTab): void {
  const { b, report } = tab;
  const { summary } = report;
  const first = tab.title('tab.selling.title');
  b.addRow([tab.tx('tab.selling.wonValue'), tab.figure(summary.wonValue, 'currency')]);
  b.addRow([tab.tx('tab.selling.wonDeals'), tab.figure(summary.wonDeals, 'count')]);
  const background = RATING_COLORS[summary.targetRating];
  b.addRow([
    tab.tx('tab.selling.monthly'),
    tab.figure(summary.avgMonthlyWonValue, 'currency', { background }),
  ]);
  if (summary.monthlyTarget === null) {
    tab.note(tab.tx('tab.selling.noTarget'));
  } else {
    b.addRow([
      tab.tx('tab.selling.target'),
      tab.figure(summary.monthlyTarget, 'currency'),
      tab.ratingCell(summary.targetRating),
    ]);
  }
  tab.endBlock('summary', first);
}

/** Ranked as the report orders them (most money at stake first); numbered, each text wraps within column A. */
function actions(tab: AuditTab): void {
  const { b, report } = tab;
  const first = tab.title('verdict.actions');
  if (report.actions.length === 0) {
    tab.note(tab.tx('verdict.noActions'));
  } else {
    tab.headerRow(['tab.actions.action', 'tab.actions.atStake']);
    report.actions.forEach((action, i) => {
      const atStake = action.impact.value === null ? '—' : tab.figure(action.impact.value, 'currency');
      b.addRow(wrapped([`${i + 1}. ${action.text}`, atStake]));
    });
  }
  // The summaries say how many data issues there are; the data quality section lists them.
  b.addRow([{ value: issueTotalText(report.issues.length, tab.lang), color: MUTED_COLOR }]);
  tab.endBlock('actions', first);
}
