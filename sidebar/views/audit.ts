// The Audit view: run the audit, then the overall score, the four areas with their metrics, and the channels.
import { chartsSection } from './charts';
import { movementSection } from './movement';
import type { SidebarState } from '../../src/core/server-api';
import type {
  AreaResult,
  AuditReport,
  ChannelRow,
  MetricResult,
  QuestionResult,
  Rating,
  Verdict,
} from '../../src/core/types';
import { runAction, updateState } from '../actions';
import { h } from '../dom';
import {
  formatChange,
  formatContextOf,
  formatScore,
  formatTrend,
  formatValue,
  type FormatContext,
} from '../format';
import { dateTimeText } from '../../src/core/figures';
import { tr } from '../i18n';
import { metricLabel } from '../labels';
import { showNotice } from '../status';
import { attentionLine, issueTotalText } from '../../src/core/verdictText';
import { actionsSection, overdueCustomersList, pipelineSummary, staleDealsList } from './verdict';

const VERDICT_RATING: Record<Verdict, Rating> = {
  strengthen: 'green',
  modify: 'amber',
  drop: 'red',
  insufficient: 'insufficient',
};

/** Green, amber and red have their colors; the three "not rated" kinds share the grey. */
function ratingClass(rating: Rating): string {
  return `rating-${rating === 'green' || rating === 'amber' || rating === 'red' ? rating : 'grey'}`;
}

function ratingChip(rating: Rating): HTMLElement {
  return h('span', { className: `chip ${ratingClass(rating)}` }, tr(`rating.${rating}`));
}

function selectBlockLink(blockId: string): HTMLButtonElement {
  const link: HTMLButtonElement = h(
    'button',
    {
      type: 'button',
      className: 'link',
      onclick: async () => {
        const selected = await runAction(link, null, 'sidebarSelectBlock', blockId);
        if (selected === false) showNotice(tr('sidebar.audit.noAuditTab'));
      },
      attrs: { 'data-block': blockId },
    },
    tr('sidebar.audit.showOnTab'),
  );
  return link;
}

function runSection(state: SidebarState): HTMLElement {
  const button: HTMLButtonElement = h(
    'button',
    {
      type: 'button',
      className: 'action',
      id: 'run-audit',
      onclick: () => updateState(button, 'sidebar.audit.running', 'sidebar.audit.done', 'sidebarRunAudit'),
    },
    tr('sidebar.audit.run'),
  );
  const { lastRun } = state;
  const trend = lastRun
    ? formatTrend(lastRun.overallScore, lastRun.previousOverallScore, state.language)
    : null;
  return h(
    'section',
    { className: 'block run' },
    button,
    lastRun
      ? h(
          'div',
          { className: 'last-run' },
          h(
            'div',
            null,
            tr('sidebar.audit.lastRun', { date: dateTimeText(lastRun.generatedAt, state.language) }),
          ),
          h('div', { className: trend ? 'trend' : 'secondary' }, trend ?? tr('sidebar.audit.firstRun')),
        )
      : state.report
        ? h('div', { className: 'last-run secondary' }, tr('sidebar.audit.neverRun'))
        : null,
    lastRun && state.report ? basisLine(state.reportBasis) : null,
  );
}

/** Whether the figures are the last audit's (opened from its summary) or the data's as it is now. */
function basisLine(basis: SidebarState['reportBasis']): HTMLElement {
  const key = basis === 'lastAudit' ? 'sidebar.audit.fromLastAudit' : 'sidebar.audit.fromCurrentData';
  return h('div', { className: 'basis secondary', attrs: { 'data-basis': basis } }, tr(key));
}

function overallCard(report: AuditReport, context: FormatContext): HTMLElement {
  return h(
    'div',
    {
      className: `card overall ${ratingClass(report.overall.rating)}`,
      attrs: { 'data-rating': report.overall.rating },
    },
    h('div', { className: 'card-title' }, tr('sidebar.audit.overall')),
    h('div', { className: 'score' }, formatScore(report.overall.score, context.lang)),
    h('div', { className: 'card-rating' }, tr(`rating.${report.overall.rating}`)),
  );
}

function metricItem(metric: MetricResult, context: FormatContext): HTMLElement {
  const change = formatChange(metric.value, metric.previous, metric.unit, context);
  return h(
    'li',
    { className: 'metric', attrs: { 'data-metric': metric.id } },
    h(
      'div',
      { className: 'metric-head' },
      h('span', { className: 'metric-name' }, metricLabel(metric.id)),
      h('span', { className: 'metric-value' }, formatValue(metric.value, metric.unit, context)),
    ),
    h(
      'div',
      { className: 'metric-meta' },
      ratingChip(metric.rating),
      // An unrated metric has no target; its "Not rated" chip says so already.
      metric.target
        ? h('span', { className: 'secondary' }, tr('sidebar.audit.target', { target: metric.target }))
        : null,
    ),
    change ? h('div', { className: 'secondary change' }, change) : null,
    metric.note ? h('div', { className: 'note' }, metric.note) : null,
  );
}

function questionItem(question: QuestionResult): HTMLElement {
  return h(
    'li',
    { className: 'metric' },
    h('div', { className: 'metric-name' }, question.text),
    h(
      'div',
      { className: 'metric-meta' },
      ratingChip(question.rating),
      h(
        'span',
        { className: 'secondary' },
        question.answer ? tr(`answer.${question.answer}`) : tr('sidebar.audit.unanswered'),
      ),
    ),
    question.note ? h('div', { className: 'note' }, question.note) : null,
  );
}

/** The lists an area's advice calls "the list below" sit below its metrics. */
function areaLists(area: AreaResult, report: AuditReport, context: FormatContext): HTMLElement | null {
  if (area.id === 'conversations') return staleDealsList(report, context, selectBlockLink);
  if (area.id === 'relationships') return overdueCustomersList(report, context, selectBlockLink);
  return null;
}

function areaCard(area: AreaResult, report: AuditReport, context: FormatContext): HTMLElement {
  const trend = formatTrend(area.score, area.previousScore, context.lang);
  const answered = area.questions.filter((question) => question.answer !== null);
  const attention = attentionLine(area, report);
  return h(
    'details',
    { className: 'area', attrs: { 'data-area': area.id } },
    h(
      'summary',
      { className: `card ${ratingClass(area.rating)}`, attrs: { 'data-rating': area.rating } },
      h('span', { className: 'card-title' }, tr(`area.${area.id}`)),
      h('span', { className: 'card-score' }, formatScore(area.score, context.lang)),
      h('span', { className: 'card-rating' }, tr(`rating.${area.rating}`)),
      trend ? h('span', { className: 'card-trend' }, trend) : null,
      attention ? h('span', { className: 'card-attention' }, attention) : null,
    ),
    h(
      'div',
      { className: 'area-body' },
      h('ul', { className: 'metrics' }, ...area.metrics.map((metric) => metricItem(metric, context))),
      answered.length ? h('h4', null, tr('sidebar.audit.questions')) : null,
      answered.length ? h('ul', { className: 'metrics' }, ...answered.map(questionItem)) : null,
      areaLists(area, report, context),
      selectBlockLink(`area.${area.id}`),
    ),
  );
}

function channelItem(channel: ChannelRow, context: FormatContext): HTMLElement {
  const verdict = tr(`tab.verdict.${channel.verdict}`);
  return h(
    'li',
    { className: 'channel', attrs: { 'data-verdict': channel.verdict } },
    h(
      'div',
      { className: 'metric-head' },
      h('span', { className: 'channel-name' }, channel.channel),
      h(
        'span',
        { className: `chip ${ratingClass(VERDICT_RATING[channel.verdict])}` },
        channel.expensive ? tr('tab.verdict.expensive', { verdict }) : verdict,
      ),
    ),
    h(
      'div',
      { className: 'secondary' },
      tr('sidebar.audit.channelFigures', {
        leads: formatValue(channel.leads, 'count', context),
        conversion: formatValue(channel.conversion, 'ratio', context),
        cac: formatValue(channel.cac, 'currency', context),
      }),
    ),
    h('div', { className: 'note' }, channel.reason),
  );
}

function channelsSection(report: AuditReport, context: FormatContext): HTMLElement {
  return h(
    'section',
    { className: 'block channels' },
    h('h3', null, tr('sidebar.audit.channels')),
    report.channels.length
      ? h('ul', { className: 'metrics' }, ...report.channels.map((channel) => channelItem(channel, context)))
      : h('p', { className: 'secondary' }, tr('tab.channels.empty')),
    report.channels.length ? selectBlockLink('channels') : null,
  );
}

export function auditView(state: SidebarState): HTMLElement {
  const { report } = state;
  const context = formatContextOf(state);
  return h(
    'div',
    { className: 'view audit-view' },
    runSection(state),
    state.problem ? h('p', { className: 'problem' }, state.problem) : null,
    report
      ? h(
          'div',
          { className: 'secondary period' },
          tr('sidebar.audit.period', { label: report.period.label }),
        )
      : null,
    report ? overallCard(report, context) : null,
    report ? actionsSection(report, context, selectBlockLink) : null,
    report
      ? h('p', { className: 'secondary issues-total' }, issueTotalText(report.issuesTotal, state.language))
      : null,
    report ? pipelineSummary(state, report, context) : null,
    report ? chartsSection(state, report, context) : null,
    ...(report ? report.areas.map((area) => areaCard(area, report, context)) : []),
    report ? channelsSection(report, context) : null,
    report ? movementSection(report, context, selectBlockLink) : null,
  );
}
