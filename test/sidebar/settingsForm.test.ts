import { defaultSettings } from '../../src/core/settings/defaults';
import type { Settings } from '../../src/core/types';
import { formValuesOf, readSettingsForm, type SettingsFormValues } from '../../sidebar/settingsForm';

function settings(): Settings {
  return defaultSettings('pl-PL');
}

function values(change: (form: SettingsFormValues) => void = () => undefined): SettingsFormValues {
  const form = formValuesOf(settings(), ['Partner']);
  change(form);
  return form;
}

test('the defaults read back as the defaults, with ratio bands typed in percent', () => {
  const form = values();
  expect(form.bands['conversations.winRate']).toEqual({ green: '25', amber: '15' });
  expect(form.bands['aftersales.firstLineCoverage']).toEqual({ green: '95', amber: '70' });
  expect(form.bands['acquisition.ltvToCac']).toEqual({ green: '3', amber: '1' });
  expect(form.cadence).toEqual({
    key: '30',
    active: '60',
    new: '14',
    'at risk': '30',
    dormant: '90',
    Partner: '',
  });

  const result = readSettingsForm(form, settings());
  const defaults = settings();
  expect(result.errors).toBeNull();
  expect(result.patch).toEqual({
    language: 'auto',
    currency: 'PLN',
    period: { kind: 'all' },
    marginPct: 100,
    minSample: 5,
    dormantAfterDays: 180,
    monthlyTarget: null,
    cadence: defaults.cadence,
    bands: defaults.bands,
  });
});

test('reads the period choices, decimal commas and lower-case currency codes', () => {
  const result = readSettingsForm(
    values((form) => {
      form.period = 'last6';
      form.marginPct = '37,5';
      form.currency = ' eur ';
      form.cadence.Partner = '45';
      form.cadence.dormant = '';
      form.monthlyTarget = ' 42500,5 ';
    }),
    settings(),
  );
  expect(result.patch).toMatchObject({
    period: { kind: 'last', months: 6 },
    monthlyTarget: 42500.5,
    marginPct: 37.5,
    currency: 'EUR',
  });
  expect(result.patch?.cadence).toEqual({ key: 30, active: 60, new: 14, 'at risk': 30, Partner: 45 });
});

test.each([
  [
    'a higher-is-better band with green below amber',
    (f: SettingsFormValues) => (f.bands['conversations.winRate'].green = '10'),
    'band.conversations.winRate',
    'sidebar.invalid.bandHigher',
  ],
  [
    'a lower-is-better band with green above amber',
    (f: SettingsFormValues) => (f.bands['aftersales.medianDaysToFollowUp'].green = '20'),
    'band.aftersales.medianDaysToFollowUp',
    'sidebar.invalid.bandLower',
  ],
  [
    'a percent band over 100',
    (f: SettingsFormValues) => (f.bands['aftersales.csat'].green = '120'),
    'band.aftersales.csat',
    'sidebar.invalid.between',
  ],
  [
    'a band that is not a number',
    (f: SettingsFormValues) => (f.bands['aftersales.nps'].amber = 'zero'),
    'band.aftersales.nps',
    'sidebar.invalid.number',
  ],
  [
    'an empty band',
    (f: SettingsFormValues) => (f.bands['aftersales.nps'].green = ' '),
    'band.aftersales.nps',
    'sidebar.invalid.number',
  ],
  [
    'a currency that is not a code',
    (f: SettingsFormValues) => (f.currency = 'zł'),
    'currency',
    'sidebar.invalid.currency',
  ],
  [
    'a margin over 100',
    (f: SettingsFormValues) => (f.marginPct = '140'),
    'marginPct',
    'sidebar.invalid.aboveAtMost',
  ],
  [
    'a negative margin',
    (f: SettingsFormValues) => (f.marginPct = '-5'),
    'marginPct',
    'sidebar.invalid.aboveAtMost',
  ],
  [
    'a margin of 0, which the server and the settings tab refuse too',
    (f: SettingsFormValues) => (f.marginPct = '0'),
    'marginPct',
    'sidebar.invalid.aboveAtMost',
  ],
  [
    'a negative threshold of a band that is not a ratio',
    (f: SettingsFormValues) => (f.bands['acquisition.ltvToCac'] = { green: '3', amber: '-1' }),
    'band.acquisition.ltvToCac',
    'sidebar.invalid.atLeast',
  ],
  [
    'a fractional minimum sample',
    (f: SettingsFormValues) => (f.minSample = '2.5'),
    'minSample',
    'sidebar.invalid.wholeAtLeast',
  ],
  [
    'a zero minimum sample',
    (f: SettingsFormValues) => (f.minSample = '0'),
    'minSample',
    'sidebar.invalid.wholeAtLeast',
  ],
  [
    'dormancy in words',
    (f: SettingsFormValues) => (f.dormantAfterDays = 'half a year'),
    'dormantAfterDays',
    'sidebar.invalid.wholeAtLeast',
  ],
  [
    'a zero monthly target',
    (f: SettingsFormValues) => (f.monthlyTarget = '0'),
    'monthlyTarget',
    'sidebar.invalid.positive',
  ],
  [
    'a negative monthly target',
    (f: SettingsFormValues) => (f.monthlyTarget = '-100'),
    'monthlyTarget',
    'sidebar.invalid.positive',
  ],
  [
    'a monthly target in words',
    (f: SettingsFormValues) => (f.monthlyTarget = 'a lot'),
    'monthlyTarget',
    'sidebar.invalid.positive',
  ],
  [
    'a zero cadence',
    (f: SettingsFormValues) => (f.cadence.key = '0'),
    'cadence.key',
    'sidebar.invalid.wholeAtLeast',
  ],
  [
    'a range without a start',
    (f: SettingsFormValues) => Object.assign(f, { period: 'range', from: '', to: '2024-05-31' }),
    'from',
    'sidebar.invalid.date',
  ],
  [
    'a range ending on 31 April',
    (f: SettingsFormValues) => Object.assign(f, { period: 'range', from: '2024-01-01', to: '2024-04-31' }),
    'to',
    'sidebar.invalid.date',
  ],
  [
    'a range that ends before it starts',
    (f: SettingsFormValues) => Object.assign(f, { period: 'range', from: '2024-06-01', to: '2024-05-31' }),
    'to',
    'sidebar.invalid.range',
  ],
])('rejects %s', (_name, change, field, key) => {
  const result = readSettingsForm(values(change), settings());
  expect(result.patch).toBeNull();
  expect(Object.keys(result.errors ?? {})).toEqual([field]);
  expect(result.errors?.[field].key).toBe(key);
});

test('a range period is kept as typed', () => {
  const result = readSettingsForm(
    values((form) => Object.assign(form, { period: 'range', from: '2024-01-01', to: '2024-12-31' })),
    settings(),
  );
  expect(result.patch?.period).toEqual({ kind: 'range', from: '2024-01-01', to: '2024-12-31' });
});
