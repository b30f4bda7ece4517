import { periodRange } from '../../../src/core/engine/period';
import { audit, cost, d, deal, metricOf, TODAY } from './fixtures';

describe('periodRange', () => {
  const today = d(TODAY);
  it('runs to today for all data', () =>
    expect(periodRange({ kind: 'all' }, today)).toEqual({ from: null, to: today }));
  it('covers exactly the last months up to today', () => {
    // 30 Jun − 3 months = 30 Mar; the period starts the day after
    expect(periodRange({ kind: 'last', months: 3 }, today)).toEqual({ from: d('2026-03-31'), to: today });
    expect(periodRange({ kind: 'last', months: 12 }, today)).toEqual({ from: d('2025-07-01'), to: today });
  });
  it('takes a from–to range, ending today at the latest', () => {
    expect(periodRange({ kind: 'range', from: '2026-01-01', to: '2026-03-31' }, today)).toEqual({
      from: d('2026-01-01'),
      to: d('2026-03-31'),
    });
    expect(periodRange({ kind: 'range', from: '2026-01-01', to: '2027-01-01' }, today).to).toBe(today);
  });
});

describe('the audit period in the report', () => {
  const deals = [
    deal({ created: d('2026-03-30'), channel: 'Ads' }), // before the period
    deal({ created: d('2026-03-31'), channel: 'Ads', outcome: 'won', customer: 'Old', value: 100 }),
    deal({
      created: d('2026-01-10'),
      channel: 'Ads',
      outcome: 'won',
      customer: 'Old',
      value: 400,
      closed: d('2026-01-20'),
    }),
    deal({ created: d('2026-06-30'), channel: 'Ads', outcome: 'won', customer: 'New', value: 300 }),
  ];
  const costs = [cost('Ads', 1000, d('2026-03-01')), cost('Ads', 200, d('2026-04-15')), cost('Ads', 50)];
  const report = audit(
    { deals, costs, missing: { deals: ['type'] } },
    { period: { kind: 'last', months: 3 } },
  );

  it('labels the period', () => {
    expect(report.period).toEqual({
      kind: 'last',
      from: '2026-03-31',
      to: '2026-06-30',
      label: 'Last 3 months (2026-03-31 – 2026-06-30)',
    });
    const pl = audit({ deals }, { period: { kind: 'last', months: 3 } }, { lang: 'pl' });
    expect(pl.period.label).toBe('Ostatnie 3 miesiące (31.03.2026 – 30.06.2026)');
    expect(audit({ deals }).period).toEqual({
      kind: 'all',
      from: null,
      to: '2026-06-30',
      label: 'All data up to 2026-06-30',
    });
  });

  it('counts deals created in the period and costs dated in it or undated', () => {
    // deals created 31 Mar and 30 Jun
    expect(metricOf(report, 'acquisition.leads').value).toBe(2);
    // costs 200 (15 Apr) + 50 (undated) = 250; new customers: only "New" ("Old" first won in January)
    expect(report.channels[0]).toMatchObject({ leads: 2, won: 2, cost: 250, newCustomers: 1, cac: 250 });
  });

  it('judges customers by their whole history', () => {
    // "Old" won in January before the period: its win on 31 Mar is an expansion → 100 ÷ (100 + 300)
    expect(metricOf(report, 'relationships.expansionShare').value).toBe(0.25);
    expect(metricOf(report, 'aftersales.repeatRate')).toMatchObject({ value: 0.5, sample: 2 });
  });

  it('copes with a period that contains no deals', () => {
    const empty = audit(
      { deals, costs },
      { period: { kind: 'range', from: '2025-01-01', to: '2025-01-31' } },
    );
    expect(metricOf(empty, 'acquisition.leads')).toMatchObject({ value: 0, rating: 'unrated' });
    expect(metricOf(empty, 'acquisition.leadToWinRate')).toMatchObject({
      value: null,
      rating: 'insufficient',
    });
    expect(metricOf(empty, 'conversations.winRate').value).toBeNull();
    expect(empty.channels).toEqual([expect.objectContaining({ channel: 'Ads', leads: 0, cost: 50 })]);
    expect(empty.period.label).toBe('2025-01-01 – 2025-01-31');
  });
});
