// One table of setting values, each accepted or refused alike by the three places that check settings: the
// sidebar's form, the server's patch check and the settings-tab reader (src/core/settings/rules.ts).
import { defaultSettings, isRatioBand } from '../../../src/core/settings/defaults';
import { validateSettingsPatch } from '../../../src/core/settings/patches';
import { readSettings } from '../../../src/core/settings/settingsTabReader';
import { settingsPlan } from '../../../src/core/settings/settingsTabWriter';
import type { Band, Grid, Settings } from '../../../src/core/types';
import { formValuesOf, readSettingsForm, type SettingsFormValues } from '../../../sidebar/settingsForm';

type Case =
  | { setting: 'marginPct' | 'minSample' | 'dormantAfterDays' | 'monthlyTarget'; value: number }
  | { setting: 'cadence'; value: number }
  | { setting: 'band'; metric: string; green: number; amber: number };

const defaults = (): Settings => defaultSettings('en-US');

/** The value as a user types it: percent for the margin and ratio thresholds, with a decimal point. */
function typed(value: number, percent: boolean): string {
  return percent ? String(Number((value * 100).toPrecision(12))) : String(value);
}

function viaForm(c: Case): boolean {
  const form: SettingsFormValues = formValuesOf(defaults());
  if (c.setting === 'band') {
    const ratio = isRatioBand(c.metric);
    form.bands[c.metric] = { green: typed(c.green, ratio), amber: typed(c.amber, ratio) };
  } else if (c.setting === 'cadence') {
    form.cadence.key = String(c.value);
  } else {
    form[c.setting] = String(c.value);
  }
  return readSettingsForm(form, defaults()).errors === null;
}

function viaServer(c: Case): boolean {
  const direction = (metric: string): Band['direction'] => defaults().bands[metric].direction;
  const patch =
    c.setting === 'band'
      ? { bands: { [c.metric]: { direction: direction(c.metric), green: c.green, amber: c.amber } } }
      : c.setting === 'cadence'
        ? { cadence: { key: c.value } }
        : { [c.setting]: c.value };
  try {
    validateSettingsPatch(patch, 'en');
    return true;
  } catch {
    return false;
  }
}

function viaTab(c: Case): boolean {
  const values: Grid = settingsPlan(defaults(), 'en').values.map((row) => [...row]);
  const set = (key: string, cell: string) => {
    const row = values.find((cells) => cells[3] === key);
    if (!row) throw new Error(`no row ${key}`);
    row[1] = cell;
  };
  if (c.setting === 'band') {
    // A typed % makes the reader take the text as percent, whatever its size.
    const cell = (value: number) => (isRatioBand(c.metric) ? `${typed(value, true)}%` : String(value));
    set(`band.${c.metric}.green`, cell(c.green));
    set(`band.${c.metric}.amber`, cell(c.amber));
  } else if (c.setting === 'cadence') {
    set('cadence.key', String(c.value));
  } else {
    set(c.setting, c.setting === 'marginPct' ? `${c.value}%` : String(c.value));
  }
  const { issues } = readSettings(values, { lang: 'en', locale: 'en-US', tabName: 'Audit settings' });
  return issues.length === 0;
}

const band = (metric: string, green: number, amber: number): Case => ({
  setting: 'band',
  metric,
  green,
  amber,
});

const CASES: [string, Case, boolean][] = [
  ['a margin of 0 %', { setting: 'marginPct', value: 0 }, false],
  ['a margin of 0.5 %', { setting: 'marginPct', value: 0.5 }, true],
  ['a margin of 100 %', { setting: 'marginPct', value: 100 }, true],
  ['a margin of 100.5 %', { setting: 'marginPct', value: 100.5 }, false],
  ['a margin of -5 %', { setting: 'marginPct', value: -5 }, false],
  ['a minimum sample of 1', { setting: 'minSample', value: 1 }, true],
  ['a minimum sample of 0', { setting: 'minSample', value: 0 }, false],
  ['a minimum sample of 2.5', { setting: 'minSample', value: 2.5 }, false],
  ['dormant after 1 day', { setting: 'dormantAfterDays', value: 1 }, true],
  ['dormant after 0 days', { setting: 'dormantAfterDays', value: 0 }, false],
  ['a monthly target of 0', { setting: 'monthlyTarget', value: 0 }, false],
  ['a negative monthly target', { setting: 'monthlyTarget', value: -5 }, false],
  ['a monthly target of 12,500.5', { setting: 'monthlyTarget', value: 12500.5 }, true],
  ['a cadence of 1 day', { setting: 'cadence', value: 1 }, true],
  ['a cadence of 0 days', { setting: 'cadence', value: 0 }, false],
  ['a cadence of 1.5 days', { setting: 'cadence', value: 1.5 }, false],
  ['a ratio band from 0 % to 100 %', band('conversations.winRate', 1, 0), true],
  ['a ratio band above 100 %', band('conversations.winRate', 1.2, 0.2), false],
  ['a ratio band below 0 %', band('conversations.winRate', 0.3, -0.1), false],
  ['a ratio band out of order', band('conversations.winRate', 0.1, 0.2), false],
  ['a lower-is-better band out of order', band('conversations.staleOpenShare', 0.3, 0.1), false],
  ['a non-ratio band of 0 and 7', band('acquisition.ltvToCac', 7, 0), true],
  ['a non-ratio band below 0', band('acquisition.ltvToCac', 3, -1), false],
  ['an NPS band of -100 to 100', band('aftersales.nps', 100, -100), true],
  ['an NPS band above 100', band('aftersales.nps', 101, 0), false],
  ['an NPS band below -100', band('aftersales.nps', 50, -101), false],
];

describe.each(CASES)('%s', (_name, c, accepted) => {
  it(`is ${accepted ? 'accepted' : 'refused'} by the sidebar form`, () => expect(viaForm(c)).toBe(accepted));
  it(`is ${accepted ? 'accepted' : 'refused'} by the server's patch check`, () =>
    expect(viaServer(c)).toBe(accepted));
  it(`is ${accepted ? 'accepted' : 'refused'} by the settings-tab reader`, () =>
    expect(viaTab(c)).toBe(accepted));
});
