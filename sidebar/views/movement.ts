// "Since the last audit" in the sidebar (SPEC §1.7): every movement figure since the audit of an earlier day,
// and the first deals behind "slipped" and "stuck" with customer, stage, value and salesperson.
import { dateText, dateTimeText } from '../../src/core/figures';
import type { MessageKey } from '../../src/core/i18n/catalog';
import { MOVEMENT_FIGURES } from '../../src/core/movement/figures';
import type { AuditReport, Movement, MovementDeal } from '../../src/core/types';
import { h } from '../dom';
import { formatValue, type FormatContext } from '../format';
import { tr } from '../i18n';
import { fields, listRow, type BlockLink } from './verdict';

/** The deal and where it stands, in the words of the audit tab's columns. */
function dealRow(deal: MovementDeal, extra: [string, string | null][], context: FormatContext): HTMLElement {
  return listRow(
    deal.customer ?? deal.name ?? deal.id ?? '—',
    fields([
      [tr('tab.movement.col.stage'), deal.stage],
      [tr('tab.col.value'), formatValue(deal.value, 'currency', context)],
      [tr('tab.col.owner'), deal.owner],
      ...extra,
    ]),
  );
}

function dealList(
  titleKey: MessageKey,
  total: number,
  rows: HTMLElement[],
  context: FormatContext,
  blockLink: BlockLink,
): HTMLElement | null {
  if (total === 0) return null;
  return h(
    'div',
    { className: 'movement-deals verdict-list' },
    h('h4', null, `${tr(titleKey)} (${formatValue(total, 'count', context)})`),
    h('ol', { className: 'list-rows' }, ...rows),
    total > rows.length ? blockLink('movement') : null,
  );
}

function figures(movement: Movement, context: FormatContext): HTMLElement {
  return h(
    'ul',
    { className: 'metrics movement-figures' },
    h('li', { className: 'metric-head secondary' }, tr('tab.movement.col.figure')),
    ...MOVEMENT_FIGURES.map((figure) =>
      h(
        'li',
        { className: 'metric-head', attrs: { 'data-figure': figure } },
        h('span', { className: 'metric-name' }, tr(`tab.movement.${figure}`)),
        h('span', { className: 'metric-value' }, formatValue(movement[figure], 'count', context)),
      ),
    ),
  );
}

export function movementSection(
  report: AuditReport,
  context: FormatContext,
  blockLink: BlockLink,
): HTMLElement {
  const { movement } = report;
  const title = h('h3', null, tr('tab.movement.title'));
  const lang = report.language;
  if (movement === null) {
    return h(
      'section',
      { className: 'block movement' },
      title,
      h(
        'p',
        { className: 'secondary' },
        tr('sidebar.movement.firstRun', { date: dateText(report.today, lang) }),
      ),
    );
  }
  const day = (iso: string | null) => (iso === null ? null : dateText(iso, lang));
  return h(
    'section',
    { className: 'block movement' },
    title,
    h('p', { className: 'secondary' }, `${tr('tab.movement.since')} ${dateTimeText(movement.since, lang)}`),
    figures(movement, context),
    dealList(
      'tab.movement.slipped.title',
      movement.slipped,
      movement.slippedDeals.map((deal) =>
        dealRow(
          deal,
          [
            [tr('tab.movement.col.expectedClose'), day(deal.expectedClose)],
            [tr('tab.movement.col.previousExpectedClose'), day(deal.previousExpectedClose)],
          ],
          context,
        ),
      ),
      context,
      blockLink,
    ),
    dealList(
      'sidebar.movement.stuck',
      movement.stuck,
      movement.stuckDeals.map((deal) =>
        dealRow(
          deal,
          [[tr('tab.movement.col.daysInStage'), formatValue(deal.daysInStage, 'count', context)]],
          context,
        ),
      ),
      context,
      blockLink,
    ),
  );
}
