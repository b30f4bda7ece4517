// The monthly audit in the Settings view (SPEC §5): this user switches it on (day of month, hour) or off,
// sees whether another editor set one, and what the last scheduled run did.
import type { ScheduleOutcome } from '../../src/core/schedule';
import { dateTimeText, scoreText } from '../../src/core/figures';
import type { SidebarState } from '../../src/core/server-api';
import { updateState } from '../actions';
import { h } from '../dom';
import { tr } from '../i18n';

const DAYS = Array.from({ length: 28 }, (_, i) => i + 1);
const HOURS = Array.from({ length: 24 }, (_, i) => i);
const hourText = (hour: number) => `${String(hour).padStart(2, '0')}:00`;

function outcomeText(outcome: ScheduleOutcome, state: SidebarState): string {
  const at = dateTimeText(outcome.at, state.language);
  if (outcome.status === 'done')
    return tr('sidebar.schedule.lastDone', {
      at,
      score: scoreText(outcome.score),
      rating: tr(`rating.${outcome.rating ?? 'unrated'}`),
    });
  if (outcome.status === 'busy') return tr('sidebar.schedule.lastBusy', { at });
  if (outcome.status === 'unreached') return tr('sidebar.schedule.lastUnreached', { at });
  return tr('sidebar.schedule.lastFailed', { at, error: outcome.error ?? '' });
}

function select(name: string, values: number[], chosen: number, text: (value: number) => string) {
  return h(
    'select',
    { name, id: `setting-${name}` },
    ...values.map((value) => h('option', { value: String(value), selected: value === chosen }, text(value))),
  );
}

export function scheduleSection(state: SidebarState): HTMLElement {
  const { mine, others, last } = state.schedule;
  const day = select('scheduleDay', DAYS, mine?.dayOfMonth ?? 1, String);
  const hour = select('scheduleHour', HOURS, mine?.hour ?? 6, hourText);
  const switchOn: HTMLButtonElement = h(
    'button',
    {
      type: 'button',
      onclick: () =>
        updateState(switchOn, 'sidebar.schedule.saving', 'sidebar.schedule.saved', 'sidebarSetSchedule', {
          dayOfMonth: Number(day.value),
          hour: Number(hour.value),
        }),
    },
    tr(mine ? 'sidebar.schedule.change' : 'sidebar.schedule.switchOn'),
  );
  const switchOff: HTMLButtonElement = h(
    'button',
    {
      type: 'button',
      className: 'secondary',
      onclick: () =>
        updateState(
          switchOff,
          'sidebar.schedule.saving',
          'sidebar.schedule.switchedOff',
          'sidebarSetSchedule',
          null,
        ),
    },
    tr('sidebar.schedule.switchOff'),
  );
  return h(
    'section',
    { className: 'block schedule' },
    h('h3', null, tr('sidebar.schedule.title')),
    h(
      'p',
      { className: 'secondary' },
      mine
        ? tr('sidebar.schedule.mine', { day: mine.dayOfMonth, hour: hourText(mine.hour) })
        : tr('sidebar.schedule.none'),
    ),
    others > 0 ? h('p', { className: 'secondary' }, tr('sidebar.schedule.others', { n: others })) : null,
    last ? h('p', { className: 'secondary' }, outcomeText(last, state)) : null,
    h('div', { className: 'form-group' }, h('label', { htmlFor: day.id }, tr('sidebar.schedule.day')), day),
    h(
      'div',
      { className: 'form-group' },
      h('label', { htmlFor: hour.id }, tr('sidebar.schedule.hour')),
      hour,
    ),
    h('div', { className: 'buttons' }, switchOn, mine ? switchOff : null),
  );
}
