// The verdict the Audit view leads with (SPEC §1.6, §1.7): what to do first, the first rows of the lists the
// advice points to, and one line each on the pipeline and the lost reasons. User data goes in as text only.
import type { SidebarState } from '../../src/core/server-api';
import type { Action, AuditReport, OverdueCustomer, StaleDeal } from '../../src/core/types';
import { NO_REASON, OTHER_REASONS } from '../../src/core/engine/lostReasons';
import { longestWaitingStage } from '../../src/core/engine/pipeline';
import { topBy } from '../../src/core/plan/lists';
import { h } from '../dom';
import { formatValue, type FormatContext } from '../format';
import { tr } from '../i18n';

/** How many rows of a list the sidebar shows; the audit tab has the rest. */
export const LIST_SHOWN = 5;

const STALE_KINDS = new Set(['deals.stale', 'metric.conversations.staleOpenShare']);
const OVERDUE_KINDS = new Set(['customers.overdue', 'metric.relationships.overdueShare']);

export type BlockLink = (blockId: string) => HTMLElement;

function actionItem(action: Action, context: FormatContext): HTMLElement {
  const stake = action.impact.value;
  return h(
    'li',
    { className: `action-item rating-${action.rating}`, attrs: { 'data-kind': action.kind } },
    h('div', { className: 'action-text' }, action.text),
    stake === null
      ? null
      : h(
          'div',
          { className: 'stake' },
          tr('verdict.atStake', { value: formatValue(stake, 'currency', context) }),
        ),
  );
}

/** Label: value pairs joined by " · ", the value '—' when unknown. */
export function fields(pairs: [string, string | null][]): string {
  return pairs.map(([label, value]) => `${label}: ${value ?? '—'}`).join(' · ');
}

export function listRow(name: string, detail: string): HTMLElement {
  return h(
    'li',
    { className: 'list-row' },
    h('div', { className: 'list-name' }, name),
    h('div', { className: 'secondary' }, detail),
  );
}

function listBlock(
  title: string,
  blockId: string,
  rows: HTMLElement[],
  total: number,
  blockLink: BlockLink,
): HTMLElement | null {
  if (rows.length === 0) return null;
  return h(
    'div',
    { className: 'verdict-list', attrs: { 'data-list': blockId } },
    h('h4', null, title),
    h('ol', { className: 'list-rows' }, ...rows),
    total > rows.length ? blockLink(blockId) : null,
  );
}

/** The oldest stale deals, in the audit tab's order: customer, stage, value, salesperson. */
export function staleDealsList(
  report: AuditReport,
  context: FormatContext,
  blockLink: BlockLink,
): HTMLElement | null {
  const deals = topBy(report.staleDeals, LIST_SHOWN, (deal) => deal.ageDays);
  const row = (deal: StaleDeal) =>
    listRow(
      deal.customer ?? deal.name ?? deal.id ?? '—',
      fields([
        [tr('tab.col.stage'), deal.stage],
        [tr('tab.col.value'), formatValue(deal.value, 'currency', context)],
        [tr('tab.col.owner'), deal.owner],
      ]),
    );
  return listBlock(
    tr('sidebar.audit.staleDeals'),
    'staleDeals',
    deals.map(row),
    report.staleDeals.length,
    blockLink,
  );
}

/** The longest overdue customers, in the audit tab's order: status, CLV, account manager. */
export function overdueCustomersList(
  report: AuditReport,
  context: FormatContext,
  blockLink: BlockLink,
): HTMLElement | null {
  // A customer never contacted is the most overdue of all, as on the audit tab.
  const customers = topBy(report.overdueCustomers, LIST_SHOWN, (c) => c.overdueDays ?? Infinity);
  const row = (customer: OverdueCustomer) =>
    listRow(
      customer.customer,
      fields([
        [tr('tab.col.status'), customer.status],
        [tr('tab.col.clv'), formatValue(customer.clv, 'currency', context)],
        [tr('tab.col.accountManager'), customer.accountManager],
      ]),
    );
  return listBlock(
    tr('sidebar.audit.overdueCustomers'),
    'overdueCustomers',
    customers.map(row),
    report.overdueCustomers.length,
    blockLink,
  );
}

/** "What to do first": the report's actions in their order, then the lists those actions send the reader to. */
export function actionsSection(
  report: AuditReport,
  context: FormatContext,
  blockLink: BlockLink,
): HTMLElement {
  const kinds = report.actions.map((action) => action.kind);
  return h(
    'section',
    { className: 'block actions' },
    h('h3', null, tr('verdict.actions')),
    report.actions.length
      ? h('ol', { className: 'action-list' }, ...report.actions.map((action) => actionItem(action, context)))
      : h('p', { className: 'secondary' }, tr('verdict.noActions')),
    kinds.some((kind) => STALE_KINDS.has(kind)) ? staleDealsList(report, context, blockLink) : null,
    kinds.some((kind) => OVERDUE_KINDS.has(kind)) ? overdueCustomersList(report, context, blockLink) : null,
  );
}

function pipelineLine(state: SidebarState, report: AuditReport, context: FormatContext): string | null {
  if (report.pipeline.length === 0) return null;
  const deals = report.pipeline.reduce((sum, row) => sum + row.deals, 0);
  const values = report.pipeline.flatMap((row) => (row.value === null ? [] : [row.value]));
  const value = values.length ? values.reduce((sum, v) => sum + v, 0) : null;
  const slowest = longestWaitingStage(report.pipeline, state.settings.minSample);
  return (
    tr('sidebar.audit.pipeline', { n: deals, value: formatValue(value, 'currency', context) }) +
    (slowest
      ? tr('verdict.slowestStage', {
          stage: slowest.stage,
          days: formatValue(slowest.medianAgeDays, 'days', context),
        })
      : '')
  );
}

function lostReasonLine(report: AuditReport, context: FormatContext): string | null {
  const top = report.lostReasons?.find((row) => row.reason !== NO_REASON && row.reason !== OTHER_REASONS);
  return top
    ? tr('sidebar.audit.lostReason', { reason: top.reason, share: formatValue(top.share, 'ratio', context) })
    : null;
}

/** One line on the open pipeline and one on why deals are lost, when the report has them. */
export function pipelineSummary(
  state: SidebarState,
  report: AuditReport,
  context: FormatContext,
): HTMLElement | null {
  const pipeline = pipelineLine(state, report, context);
  const lost = lostReasonLine(report, context);
  if (!pipeline && !lost) return null;
  return h(
    'section',
    { className: 'block pipeline-summary' },
    pipeline ? h('p', { className: 'pipeline-line' }, pipeline) : null,
    lost ? h('p', { className: 'lost-line' }, lost) : null,
  );
}
