import {
  cadenceFor,
  cadenceLookup,
  defaultCurrency,
  defaultSettings,
  isRatioBand,
  RATED_METRIC_IDS,
} from '../../../src/core/settings/defaults';

describe('defaultSettings', () => {
  it('matches SPEC §2 and §3.4', () => {
    const settings = defaultSettings('en-US');
    expect(settings).toEqual({
      language: 'auto',
      currency: 'USD',
      period: { kind: 'all' },
      marginPct: 100,
      minSample: 5,
      dormantAfterDays: 180,
      cadence: { key: 30, active: 60, new: 14, 'at risk': 30, dormant: 90 },
      bands: {
        'conversations.winRate': { direction: 'higher', green: 0.25, amber: 0.15 },
        'acquisition.ltvToCac': { direction: 'higher', green: 3, amber: 1 },
        'channel.ltvToCac': { direction: 'higher', green: 3, amber: 1 },
        'conversations.staleOpenShare': { direction: 'lower', green: 0.1, amber: 0.25 },
        'aftersales.followUpRate': { direction: 'higher', green: 0.8, amber: 0.5 },
        'aftersales.medianDaysToFollowUp': { direction: 'lower', green: 7, amber: 14 },
        'aftersales.csat': { direction: 'higher', green: 0.8, amber: 0.6 },
        'aftersales.nps': { direction: 'higher', green: 30, amber: 0 },
        'aftersales.repeatRate': { direction: 'higher', green: 0.3, amber: 0.15 },
        'aftersales.firstLineCoverage': { direction: 'higher', green: 0.95, amber: 0.7 },
        'relationships.overdueShare': { direction: 'lower', green: 0.1, amber: 0.3 },
        'relationships.dormantShare': { direction: 'lower', green: 0.2, amber: 0.4 },
        'relationships.expansionShare': { direction: 'higher', green: 0.2, amber: 0.1 },
      },
      targets: {},
      mapping: { deals: {}, channels: {}, customers: {} },
      stageOutcomes: {},
      stageOrder: [],
      monthlyTarget: null,
      answers: {},
    });
    expect(RATED_METRIC_IDS).toHaveLength(13);
  });

  it('returns a fresh object each time, so callers may change it', () => {
    const first = defaultSettings();
    first.bands['conversations.winRate'].green = 0.5;
    first.cadence.key = 1;
    expect(defaultSettings().bands['conversations.winRate'].green).toBe(0.25);
    expect(defaultSettings().cadence.key).toBe(30);
  });

  it('picks the currency from the locale', () => {
    expect(defaultSettings('pl-PL').currency).toBe('PLN');
    expect(defaultSettings('pl').currency).toBe('PLN');
    expect(defaultSettings().currency).toBe('USD');
    expect(defaultCurrency('en_GB')).toBe('GBP');
    expect(defaultCurrency('de-DE')).toBe('EUR');
    expect(defaultCurrency('en-IE')).toBe('EUR');
    expect(defaultCurrency('fr-CA')).toBe('USD');
  });

  it('tells ratio bands from plain-number bands', () => {
    expect(isRatioBand('conversations.winRate')).toBe(true);
    expect(isRatioBand('relationships.overdueShare')).toBe(true);
    expect(isRatioBand('acquisition.ltvToCac')).toBe(false);
    expect(isRatioBand('aftersales.nps')).toBe(false);
    expect(isRatioBand('aftersales.medianDaysToFollowUp')).toBe(false);
    expect(isRatioBand('conversations.avgDaysToWin')).toBe(false);
  });
});

describe('cadenceFor', () => {
  const settings = defaultSettings();

  it('matches EN and PL synonyms of the default statuses, accent- and case-insensitively', () => {
    expect(cadenceFor('VIP', settings)).toBe(30);
    expect(cadenceFor('kluczowy', settings)).toBe(30);
    expect(cadenceFor('Key account', settings)).toBe(30);
    expect(cadenceFor('Aktywny', settings)).toBe(60);
    expect(cadenceFor('active', settings)).toBe(60);
    expect(cadenceFor('Nowy', settings)).toBe(14);
    expect(cadenceFor('At-risk', settings)).toBe(30);
    expect(cadenceFor('ZAGROŻONY', settings)).toBe(30);
    expect(cadenceFor('uśpiony', settings)).toBe(90);
    expect(cadenceFor('Uspieni', settings)).toBe(90);
  });

  it('gives unknown statuses no cadence', () => {
    expect(cadenceFor('Prospect', settings)).toBeNull();
    expect(cadenceFor('', settings)).toBeNull();
  });

  it('prefers a cadence written for exactly that status, and knows statuses the user added', () => {
    const custom = { cadence: { ...settings.cadence, vip: 20, gold: 45 } };
    const lookup = cadenceLookup(custom);
    expect(lookup('VIP')).toBe(20);
    expect(lookup('kluczowy')).toBe(30);
    expect(lookup('Gold')).toBe(45);
    expect(lookup('gold')).toBe(45);
  });

  it('gives a synonym none when the user removed its canonical status', () => {
    const { dormant: _removed, ...rest } = settings.cadence;
    expect(cadenceFor('uśpiony', { cadence: rest })).toBeNull();
  });
});
