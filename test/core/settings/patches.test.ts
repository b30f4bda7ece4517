import { defaultSettings } from '../../../src/core/settings/defaults';
import {
  applyAnswers,
  applyMappingPatch,
  applySettingsPatch,
  validateAnswers,
  validateMappingPatch,
  validateSettingsPatch,
} from '../../../src/core/settings/patches';
import { UserError } from '../../../src/core/userError';

function refusal(run: () => unknown): UserError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    return error as UserError;
  }
  throw new Error('expected a UserError');
}

describe('validateSettingsPatch', () => {
  it('accepts a full, valid patch and normalizes it', () => {
    expect(
      validateSettingsPatch(
        {
          language: 'pl',
          currency: ' eur ',
          period: { kind: 'range', from: '2026-01-01', to: '2026-03-31' },
          marginPct: 40,
          minSample: 10,
          dormantAfterDays: 365,
          monthlyTarget: 25000,
          cadence: { 'Key ': 21, Gold: 45 },
          bands: { 'conversations.winRate': { direction: 'higher', green: 0.3, amber: 0.2 } },
        },
        'en',
      ),
    ).toEqual({
      language: 'pl',
      currency: 'EUR',
      period: { kind: 'range', from: '2026-01-01', to: '2026-03-31' },
      marginPct: 40,
      minSample: 10,
      dormantAfterDays: 365,
      monthlyTarget: 25000,
      cadence: { key: 21, Gold: 45 }, // our status keeps its key; the user's keeps its spelling
      bands: { 'conversations.winRate': { direction: 'higher', green: 0.3, amber: 0.2 } },
    });
    expect(validateSettingsPatch({ period: { kind: 'last', months: 6 } }, 'en')).toEqual({
      period: { kind: 'last', months: 6 },
    });
    expect(validateSettingsPatch({}, 'en')).toEqual({});
    // null removes the target
    expect(validateSettingsPatch({ monthlyTarget: null }, 'en')).toEqual({ monthlyTarget: null });
  });

  it.each([
    [
      [],
      'en',
      'The sidebar sent settings the add-on cannot use (settings is not a set of named values). Reload the sidebar and try again.',
    ],
    [
      null,
      'en',
      'The sidebar sent settings the add-on cannot use (settings is not a set of named values). Reload the sidebar and try again.',
    ],
    [
      { colour: 'red' },
      'en',
      'The sidebar sent settings the add-on cannot use (unknown field "colour"). Reload the sidebar and try again.',
    ],
    [{ minSample: Infinity }, 'en', 'Minimum sample: use a whole number of 1 or more.'],
    [{ minSample: NaN }, 'en', 'Minimum sample: use a whole number of 1 or more.'],
    [{ minSample: '5' }, 'en', 'Minimum sample: use a whole number of 1 or more.'],
    [{ dormantAfterDays: -30 }, 'en', 'Customer dormant after (days): use a whole number of 1 or more.'],
    [{ marginPct: 0 }, 'en', 'Gross margin: use a percentage above 0% and at most 100%.'],
    [
      { monthlyTarget: 0 },
      'en',
      'Monthly revenue target: use an amount above 0, or leave the cell empty for no target.',
    ],
    [
      { monthlyTarget: -100 },
      'pl',
      'Miesięczny cel sprzedaży: wpisz kwotę większą od 0 albo zostaw komórkę pustą, jeśli nie masz celu.',
    ],
    [
      { monthlyTarget: '5000' },
      'en',
      'Monthly revenue target: use an amount above 0, or leave the cell empty for no target.',
    ],
    [
      { monthlyTarget: Infinity },
      'en',
      'Monthly revenue target: use an amount above 0, or leave the cell empty for no target.',
    ],
    [
      { marginPct: Number.POSITIVE_INFINITY },
      'pl',
      'Marża brutto: wpisz procent większy od 0% i nie większy niż 100%.',
    ],
    [{ language: 'fr' }, 'en', 'Language: use auto, en or pl.'],
    [{ currency: 'euros' }, 'en', 'Currency: use a three-letter code such as USD, EUR or PLN.'],
    [
      { period: { kind: 'last', months: 5 } },
      'en',
      'Audit period: last months: use 3, 6 or 12, or leave it empty.',
    ],
    [
      { period: { kind: 'range', from: '2026-05-01', to: '2026-01-01' } },
      'en',
      'Audit period: from: fill in both dates, the first not after the second.',
    ],
    [
      { period: { kind: 'all', extra: 1 } },
      'en',
      'The sidebar sent settings the add-on cannot use (unknown field "extra"). Reload the sidebar and try again.',
    ],
    [{ cadence: { vip: 0 } }, 'en', 'vip: use a whole number of 1 or more.'],
    [
      { cadence: [30] },
      'en',
      'The sidebar sent settings the add-on cannot use (cadence is not a set of named values). Reload the sidebar and try again.',
    ],
    [
      { bands: { 'made.up': { green: 1, amber: 0 } } },
      'en',
      'The sidebar sent settings the add-on cannot use (unknown field "made.up"). Reload the sidebar and try again.',
    ],
    [
      { bands: { 'conversations.winRate': { green: 0.2, amber: 0.3 } } },
      'en',
      'Win rate: amber from: amber must not be above green when higher is better.',
    ],
    [
      { bands: { 'conversations.winRate': { green: 25, amber: 15 } } },
      'en',
      'Win rate: green from: use a percentage from 0% to 100%.',
    ],
    [
      { bands: { 'aftersales.nps': { green: 30, amber: -150 } } },
      'en',
      'Net Promoter Score (NPS): amber from: use a number from -100 to 100.',
    ],
    [
      { bands: { 'conversations.winRate': { direction: 'lower', green: 0.1, amber: 0.2 } } },
      'en',
      'The sidebar sent settings the add-on cannot use (unknown field "conversations.winRate.direction"). Reload the sidebar and try again.',
    ],
  ] as const)('refuses %j with a clear sentence', (input, lang, message) => {
    expect(refusal(() => validateSettingsPatch(input, lang)).message).toBe(message);
  });
});

describe('validateAnswers', () => {
  it('accepts answers with and without notes, and a cleared answer', () => {
    expect(
      validateAnswers(
        {
          'q.softSkills.closing': { answer: 'yes', note: ' Weekly role-play ' },
          'q.aftersales.support': { answer: 'partly' },
          'q.process.outsideReview': { answer: null, note: '' },
        },
        'en',
      ),
    ).toEqual({
      'q.softSkills.closing': { answer: 'yes', note: 'Weekly role-play' },
      'q.aftersales.support': { answer: 'partly', note: '' },
      'q.process.outsideReview': { answer: null, note: '' },
    });
  });

  it.each([
    [
      ['yes'],
      'The sidebar sent settings the add-on cannot use (answers is not a set of named values). Reload the sidebar and try again.',
    ],
    [
      { 'q.softSkills.closing': { answer: 'maybe', note: '' } },
      '"maybe" is not an answer to "Do salespeople ask for the order and agree on the next step in every conversation?": use Yes, Partly, No or Not applicable.',
    ],
    [
      { 'q.softSkills.closing': { answer: 'yes', note: 'x'.repeat(20_000) } },
      'The note to "Do salespeople ask for the order and agree on the next step in every conversation?" is too long: keep it under 1000 characters.',
    ],
    [
      { 'q.made.up': { answer: 'yes', note: '' } },
      'The sidebar sent settings the add-on cannot use (unknown question "q.made.up"). Reload the sidebar and try again.',
    ],
    [
      { 'q.softSkills.closing': { answer: 'yes', note: '', score: 100 } },
      'The sidebar sent settings the add-on cannot use (unknown field "score"). Reload the sidebar and try again.',
    ],
    [
      { 'q.softSkills.closing': { answer: 'yes', note: 42 } },
      'The sidebar sent settings the add-on cannot use (q.softSkills.closing.note is not text). Reload the sidebar and try again.',
    ],
    [
      { 'q.softSkills.closing': 'yes' },
      'The sidebar sent settings the add-on cannot use (q.softSkills.closing is not a set of named values). Reload the sidebar and try again.',
    ],
  ] as const)('refuses %j', (input, message) => {
    expect(refusal(() => validateAnswers(input, 'en')).message).toBe(message);
  });

  it('refuses in Polish', () => {
    expect(
      refusal(() => validateAnswers({ 'q.softSkills.closing': { answer: 'maybe' } }, 'pl')).message,
    ).toBe(
      '„maybe” to nie jest odpowiedź na pytanie „Czy handlowcy proszą o zamówienie i ustalają kolejny krok w każdej rozmowie?”: wybierz Tak, Częściowo, Nie lub Nie dotyczy.',
    );
  });
});

describe('validateMappingPatch', () => {
  it("accepts headers, '' (not used) and nulls (detect) per known field", () => {
    expect(
      validateMappingPatch(
        { deals: { created: ' Data zapytania ', owner: null, value: '' }, customers: {} },
        'en',
      ),
    ).toEqual({ deals: { created: 'Data zapytania', owner: null, value: '' }, customers: {} });
  });

  it.each([
    [
      'deals',
      'The sidebar sent settings the add-on cannot use (mapping is not a set of named values). Reload the sidebar and try again.',
    ],
    [
      { leads: {} },
      'The sidebar sent settings the add-on cannot use (unknown field "leads"). Reload the sidebar and try again.',
    ],
    [
      { deals: { colour: 'Kolor' } },
      'The sidebar sent settings the add-on cannot use (unknown field "colour"). Reload the sidebar and try again.',
    ],
    [
      { deals: { created: 7 } },
      'The sidebar sent settings the add-on cannot use (deals.created is not text). Reload the sidebar and try again.',
    ],
    [
      { deals: { created: 'x'.repeat(500) } },
      'The sidebar sent settings the add-on cannot use (deals.created is not text). Reload the sidebar and try again.',
    ],
  ] as const)('refuses %j', (input, message) => {
    expect(refusal(() => validateMappingPatch(input, 'en')).message).toBe(message);
  });
});

describe('applying changes', () => {
  it('applies a settings patch to a copy, replacing the cadence and merging bands', () => {
    const settings = defaultSettings();
    const next = applySettingsPatch(settings, {
      minSample: 8,
      cadence: { gold: 45 },
      bands: { 'aftersales.nps': { direction: 'higher', green: 40, amber: 10 } },
    });
    expect(next.minSample).toBe(8);
    expect(next.cadence).toEqual({ gold: 45 });
    expect(next.bands['aftersales.nps']).toEqual({ direction: 'higher', green: 40, amber: 10 });
    expect(next.bands['conversations.winRate']).toEqual(settings.bands['conversations.winRate']);
    expect(settings).toEqual(defaultSettings());
  });

  it('sets and removes the monthly revenue target', () => {
    const withTarget = applySettingsPatch(defaultSettings(), { monthlyTarget: 30000 });
    expect(withTarget.monthlyTarget).toBe(30000);
    expect(applySettingsPatch(withTarget, { minSample: 6 }).monthlyTarget).toBe(30000);
    expect(applySettingsPatch(withTarget, { monthlyTarget: null }).monthlyTarget).toBeNull();
  });

  it('sets answers and removes cleared ones', () => {
    const settings = applyAnswers(defaultSettings(), {
      'q.softSkills.closing': { answer: 'no', note: '' },
      'q.aftersales.support': { answer: 'yes', note: 'SLA 24 h' },
    });
    const next = applyAnswers(settings, { 'q.softSkills.closing': { answer: null, note: '' } });
    expect(next.answers).toEqual({ 'q.aftersales.support': { answer: 'yes', note: 'SLA 24 h' } });
    expect(settings.answers['q.softSkills.closing']).toEqual({ answer: 'no', note: '' });
  });

  it('sets and removes column overrides', () => {
    const settings = applyMappingPatch(defaultSettings(), { deals: { created: 'Lead date', owner: 'Rep' } });
    const next = applyMappingPatch(settings, { deals: { owner: null }, customers: { status: 'Tier' } });
    expect(next.mapping).toEqual({
      deals: { created: 'Lead date' },
      channels: {},
      customers: { status: 'Tier' },
    });
    expect(settings.mapping.deals).toEqual({ created: 'Lead date', owner: 'Rep' });
  });

  it("keeps a field switched off ('') apart from one to detect again (null)", () => {
    const patch = validateMappingPatch({ deals: { conversations: '', owner: null } }, 'en');
    expect(patch).toEqual({ deals: { conversations: '', owner: null } });
    const next = applyMappingPatch(defaultSettings(), patch);
    expect(next.mapping.deals).toEqual({ conversations: '' });
  });
});
