// The Settings view: the audit's settings as a compact form, checked here before they go to the server.
import type { SidebarState } from '../../src/core/server-api';
import { isRatioBand, type RatedMetricId } from '../../src/core/settings/defaults';
import { bandRationale } from '../../src/core/settings/settingsTabLayout';
import { currentLanguage } from '../store';
import { updateState } from '../actions';
import { h } from '../dom';
import { tr } from '../i18n';
import { metricLabel, statusLabel } from '../labels';
import {
  formValuesOf,
  readSettingsForm,
  type FieldErrors,
  type PeriodChoice,
  type SettingsFormValues,
} from '../settingsForm';
import { showError } from '../status';
import { scheduleSection } from './schedule';

const PERIODS: PeriodChoice[] = ['all', 'last3', 'last6', 'last12', 'range'];

/** Each validated field has a message slot right after it, found by field name. */
class FieldMessages {
  private readonly slots = new Map<string, { slot: HTMLElement; inputs: HTMLElement[] }>();

  slot(field: string, ...inputs: HTMLElement[]): HTMLElement {
    const slot = h('div', { className: 'field-error', attrs: { 'data-error-for': field } });
    this.slots.set(field, { slot, inputs });
    return slot;
  }

  show(errors: FieldErrors): void {
    for (const [field, { slot, inputs }] of this.slots) {
      const error = errors[field];
      slot.textContent = error ? tr(error.key, error.params) : '';
      for (const input of inputs) {
        if (error) input.setAttribute('aria-invalid', 'true');
        else input.removeAttribute('aria-invalid');
      }
    }
  }
}

function textInput(name: string, value: string, className = ''): HTMLInputElement {
  return h('input', { type: 'text', name, id: `setting-${name}`, value, className });
}

function field(label: string, control: HTMLElement, message: HTMLElement): HTMLElement {
  return h('div', { className: 'form-group' }, h('label', { htmlFor: control.id }, label), control, message);
}

export function settingsView(state: SidebarState): HTMLElement {
  // Statuses found in the data that no cadence covers yet (the report resolved VIP → key and the like).
  const uncovered = (state.report?.statuses ?? [])
    .filter((row) => row.cadenceDays === null)
    .map((row) => row.status);
  const initial = formValuesOf(state.settings, uncovered);
  const messages = new FieldMessages();

  const language = h(
    'select',
    { name: 'language', id: 'setting-language' },
    ...(['auto', 'en', 'pl'] as const).map((value) =>
      h('option', { value, selected: initial.language === value }, tr(`sidebar.settings.language.${value}`)),
    ),
  );
  const currency = textInput('currency', initial.currency, 'short');
  const from = h('input', { type: 'date', name: 'from', id: 'setting-from', value: initial.from });
  const to = h('input', { type: 'date', name: 'to', id: 'setting-to', value: initial.to });
  const range = h(
    'div',
    { className: 'range', hidden: initial.period !== 'range' },
    field(tr('sidebar.settings.from'), from, messages.slot('from', from)),
    field(tr('sidebar.settings.to'), to, messages.slot('to', to)),
  );
  const period = h(
    'select',
    { name: 'period', id: 'setting-period', onchange: () => (range.hidden = period.value !== 'range') },
    ...PERIODS.map((value) =>
      h('option', { value, selected: initial.period === value }, tr(`sidebar.settings.period.${value}`)),
    ),
  );
  const marginPct = textInput('marginPct', initial.marginPct, 'short');
  const minSample = textInput('minSample', initial.minSample, 'short');
  const dormantAfterDays = textInput('dormantAfterDays', initial.dormantAfterDays, 'short');
  const monthlyTarget = textInput('monthlyTarget', initial.monthlyTarget, 'short');

  const cadenceInputs = Object.entries(initial.cadence).map(([status, days], index) => {
    const input = textInput(`cadence-${index}`, days, 'short');
    const row = h(
      'div',
      { className: 'form-group inline-field' },
      h('label', { htmlFor: input.id }, statusLabel(status)),
      input,
      messages.slot(`cadence.${status}`, input),
    );
    return { status, input, row };
  });

  const bandInputs = Object.entries(initial.bands).map(([id, band]) => {
    const green = h('input', {
      type: 'text',
      name: `band-${id}-green`,
      value: band.green,
      className: 'short',
      attrs: { 'aria-label': `${metricLabel(id)}: ${tr('sidebar.settings.green')}` },
    });
    const amber = h('input', {
      type: 'text',
      name: `band-${id}-amber`,
      value: band.amber,
      className: 'short',
      attrs: { 'aria-label': `${metricLabel(id)}: ${tr('sidebar.settings.amber')}` },
    });
    const lower = state.settings.bands[id].direction === 'lower';
    const unit = isRatioBand(id) ? '%' : null;
    const row = h(
      'div',
      { className: 'form-group band', attrs: { 'data-band': id } },
      h(
        'div',
        { className: 'band-name' },
        metricLabel(id),
        h('span', { className: 'secondary' }, lower ? ' ≤' : ' ≥'),
      ),
      h('p', { className: 'secondary band-why' }, bandRationale(currentLanguage(), id as RatedMetricId)),
      h(
        'div',
        { className: 'band-inputs' },
        h('label', { className: 'inline swatch rating-green' }, green, unit),
        h('label', { className: 'inline swatch rating-amber' }, amber, unit),
      ),
      messages.slot(`band.${id}`, green, amber),
    );
    return { id, green, amber, row };
  });

  const readValues = (): SettingsFormValues => ({
    language: language.value,
    currency: currency.value,
    period: period.value,
    from: from.value,
    to: to.value,
    marginPct: marginPct.value,
    minSample: minSample.value,
    dormantAfterDays: dormantAfterDays.value,
    monthlyTarget: monthlyTarget.value,
    cadence: Object.fromEntries(cadenceInputs.map(({ status, input }) => [status, input.value])),
    bands: Object.fromEntries(
      bandInputs.map(({ id, green, amber }) => [id, { green: green.value, amber: amber.value }]),
    ),
  });

  const save: HTMLButtonElement = h(
    'button',
    {
      type: 'submit',
      className: 'action',
      id: 'save-settings',
    },
    tr('sidebar.settings.save'),
  );

  const form = h(
    'form',
    {
      className: 'view settings-view',
      noValidate: true,
      onsubmit: async (event: Event) => {
        event.preventDefault();
        const result = readSettingsForm(readValues(), state.settings);
        messages.show(result.errors ?? {});
        if (!result.patch) {
          showError(tr('sidebar.settings.fixErrors'));
          return;
        }
        await updateState(
          save,
          'sidebar.settings.saving',
          'sidebar.settings.saved',
          'sidebarSaveSettings',
          result.patch,
        );
      },
    },
    h(
      'section',
      { className: 'block' },
      h('h3', null, tr('sidebar.settings.general')),
      field(tr('sidebar.settings.language'), language, messages.slot('language', language)),
      field(tr('sidebar.settings.currency'), currency, messages.slot('currency', currency)),
      field(tr('sidebar.settings.period'), period, messages.slot('period', period)),
      range,
      field(tr('sidebar.settings.marginPct'), marginPct, messages.slot('marginPct', marginPct)),
      field(tr('sidebar.settings.minSample'), minSample, messages.slot('minSample', minSample)),
      field(
        tr('sidebar.settings.dormantAfterDays'),
        dormantAfterDays,
        messages.slot('dormantAfterDays', dormantAfterDays),
      ),
      field(
        tr('sidebar.settings.monthlyTarget'),
        monthlyTarget,
        messages.slot('monthlyTarget', monthlyTarget),
      ),
    ),
    h(
      'section',
      { className: 'block' },
      h('h3', null, tr('sidebar.settings.cadence')),
      h('p', { className: 'secondary' }, tr('sidebar.settings.cadenceHint')),
      ...cadenceInputs.map(({ row }) => row),
    ),
    h(
      'section',
      { className: 'block' },
      h('h3', null, tr('sidebar.settings.bands')),
      h('p', { className: 'secondary' }, tr('sidebar.settings.bandsHint')),
      h('p', { className: 'secondary' }, tr('sidebar.settings.bandsHintLower')),
      ...bandInputs.map(({ row }) => row),
    ),
    h('div', { className: 'buttons' }, save),
    scheduleSection(state),
  );
  return form;
}
