// "Since the last audit" in the sidebar (SPEC §1.7): what moved since the audit of an earlier day, and the
// first deals behind "slipped" and "stuck" with customer, stage, value and salesperson.
import { dateText, dateTimeText } from '../../src/core/figures';
import type { MessageKey } from '../../src/core/i18n/catalog';
import type { AuditReport, Movement, MovementDeal } from '../../src/core/types';
import { h } from '../dom';
import { formatValue, type FormatContext } from '../format';
import { tr } from '../i18n';

type Figure =
  'won' | 'lost' | 'removed' | 'advanced' | 'movedBack' | 'changedStage' | 'newDeals' | 'reopened';

/** The moves worth a line: where deals went and what came in (the audit tab has every figure). */
const FIGURES: readonly Figure[] = [
  'won',
  'lost',
  'removed',
  'advanced',
  'movedBack',
  'changedStage',
  'newDeals',
  'reopened',
];

function dealItem(deal: MovementDeal, detail: string, context: FormatContext): HTMLElement {
  const who = [
    deal.customer ?? deal.name ?? deal.id,
    deal.stage,
    formatValue(deal.value, 'currency', context),
    deal.owner,
  ]
    .filter((part): part is string => part !== null && part !== '')
    .join(' · ');
  return h('li', null, who, h('div', { className: 'secondary' }, detail));
}

function dealList(titleKey: MessageKey, total: number, items: HTMLElement[]): HTMLElement | null {
  if (total === 0) return null;
  return h(
    'div',
    { className: 'movement-deals' },
    h('h4', null, tr(titleKey), ` (${total})`),
    h('ul', { className: 'metrics' }, ...items),
  );
}

function figures(movement: Movement): HTMLElement {
  return h(
    'ul',
    { className: 'metrics' },
    ...FIGURES.filter((figure) => movement[figure] > 0).map((figure) =>
      h('li', null, `${movement[figure]} · ${tr(`tab.movement.${figure}`)}`),
    ),
  );
}

export function movementSection(report: AuditReport, context: FormatContext): HTMLElement {
  const { movement } = report;
  const title = h('h3', null, tr('tab.movement.title'));
  if (movement === null) {
    return h(
      'section',
      { className: 'block movement' },
      title,
      h(
        'p',
        { className: 'secondary' },
        tr('sidebar.movement.firstRun', { date: dateText(report.today, report.language) }),
      ),
    );
  }
  const lang = report.language;
  return h(
    'section',
    { className: 'block movement' },
    title,
    h('p', { className: 'secondary' }, `${tr('tab.movement.since')} ${dateTimeText(movement.since, lang)}`),
    figures(movement),
    dealList(
      'tab.movement.slipped.title',
      movement.slipped,
      movement.slippedDeals.map((deal) =>
        dealItem(
          deal,
          `${dateText(deal.previousExpectedClose!, lang)} → ${dateText(deal.expectedClose!, lang)}`,
          context,
        ),
      ),
    ),
    dealList(
      'sidebar.movement.stuck',
      movement.stuck,
      movement.stuckDeals.map((deal) =>
        dealItem(deal, formatValue(deal.daysInStage, 'days', context), context),
      ),
    ),
  );
}
