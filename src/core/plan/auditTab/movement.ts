// "Since the last audit" (SPEC §1.7, §4.1): what moved since the snapshot of an earlier audit, the stage
// changes and the time deals spend in each stage, and the deals behind "slipped" and "stuck" to act on.
import type { MessageKey } from '../../i18n/catalog';
import { MOVEMENT_FIGURES } from '../../movement/figures';
import type { MovementDeal } from '../../types';
import { dateFormat, dateTimeFormat } from '../../figures';
import { INTEGER_FORMAT, isoDateTimeToSerial, isoDateToSerial } from '../formats';
import { topBy } from '../lists';
import { LIST_LIMITS, type AuditTab } from './layout';

/** How many slipped or stuck deals and stage changes the tab lists; the report has them all. */
const SHOWN = { deals: 20, transitions: 20 };

function dateCell(tab: AuditTab, iso: string | null) {
  const serial = iso === null ? null : isoDateToSerial(iso);
  return serial === null ? iso : { value: serial, format: dateFormat(tab.lang) };
}

function dealList(tab: AuditTab, titleKey: MessageKey, deals: MovementDeal[], slipped: boolean): void {
  tab.title(titleKey);
  tab.headerRow([
    'tab.col.customer',
    'tab.col.deal',
    'tab.movement.col.stage',
    'tab.col.value',
    'tab.col.owner',
    slipped ? 'tab.movement.col.expectedClose' : 'tab.movement.col.daysInStage',
    ...(slipped ? (['tab.movement.col.previousExpectedClose'] as const) : []),
  ]);
  const shown = slipped ? deals.slice(0, SHOWN.deals) : topBy(deals, SHOWN.deals, (deal) => deal.daysInStage);
  tab.list(
    shown,
    deals.length,
    (deal) => [
      deal.customer,
      deal.name ?? deal.id,
      deal.stage,
      tab.figure(deal.value, 'currency'),
      deal.owner,
      ...(slipped
        ? [dateCell(tab, deal.expectedClose), dateCell(tab, deal.previousExpectedClose)]
        : [{ value: deal.daysInStage, format: INTEGER_FORMAT }]),
    ],
    slipped ? 'tab.movement.slipped.empty' : 'tab.movement.stuck.empty',
  );
}

export function movement(tab: AuditTab): void {
  const moved = tab.report.movement;
  const first = tab.title('tab.movement.title');
  if (moved === null) {
    // The first audit stored where every open deal stands; an audit on a later day compares with it.
    const today = isoDateToSerial(tab.report.today);
    tab.b.addRow([
      tab.tx('tab.movement.firstRun'),
      today === null ? null : { value: today + 1, format: dateFormat(tab.lang) },
    ]);
    tab.endBlock('movement', first);
    return;
  }
  const since = isoDateTimeToSerial(moved.since);
  tab.b.addRow([
    tab.tx('tab.movement.since'),
    since === null ? moved.since : { value: since, format: dateTimeFormat(tab.lang) },
  ]);
  tab.headerRow(['tab.movement.col.figure', 'tab.movement.col.deals']);
  for (const figure of MOVEMENT_FIGURES)
    tab.b.addRow([tab.tx(`tab.movement.${figure}`), { value: moved[figure], format: INTEGER_FORMAT }]);
  tab.b.addRow();

  tab.title('tab.movement.transitions');
  tab.headerRow(['tab.movement.col.from', 'tab.movement.col.to', 'tab.movement.col.deals']);
  tab.list(
    moved.transitions.slice(0, SHOWN.transitions),
    moved.transitions.length,
    (step) => [step.from, step.to, { value: step.deals, format: INTEGER_FORMAT }],
    'tab.movement.transitions.empty',
  );
  tab.b.addRow();

  tab.title('tab.movement.timeInStage');
  tab.headerRow(['tab.movement.col.stage', 'tab.movement.col.medianDays', 'tab.movement.col.deals']);
  tab.list(
    moved.timeInStage.slice(0, LIST_LIMITS.openStages),
    moved.timeInStage.length,
    (stage) => [
      stage.stage,
      { value: stage.medianDays, format: INTEGER_FORMAT },
      { value: stage.deals, format: INTEGER_FORMAT },
    ],
    'tab.movement.timeInStage.empty',
  );
  tab.b.addRow();

  dealList(tab, 'tab.movement.slipped.title', moved.slippedDeals, true);
  tab.b.addRow();
  dealList(tab, 'tab.movement.stuck.title', moved.stuckDeals, false);
  tab.endBlock('movement', first);
}
