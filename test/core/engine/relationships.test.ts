import { audit, customer, d, deal, metricOf } from './fixtures';

describe('contact plan per customer status (today 2026-06-30)', () => {
  // VIP = key (30 days), Active 60 days, Prospect has no cadence, one customer without a status.
  // A1 has bought twice (CLV 1,200 + 300) and is looked after by Ewa; A2 and K2 have bought nothing.
  const report = audit({
    deals: [
      deal({}),
      deal({ outcome: 'won', customer: 'A1', value: 1200 }),
      deal({ outcome: 'won', customer: 'a1 ', value: 300 }),
    ],
    customers: [
      customer('K1', { status: 'VIP', lastContact: d('2026-06-10') }), // 20 days: fine
      customer('K2', { status: 'VIP', lastContact: d('2026-05-01') }), // 60 days: 30 overdue
      customer('A1', { status: 'Active', lastContact: d('2026-03-02'), firstLine: 'Ewa' }), // 120 days: 60 overdue
      customer('A2', { status: 'Active' }), // never contacted: overdue
      customer('A3', { status: 'Active', lastContact: d('2026-06-20') }), // 10 days: fine
      customer('X1', { status: 'Prospect', lastContact: d('2026-01-01') }), // no cadence
      customer('N1'),
    ],
  });

  it('computes the overdue share over customers whose status has a cadence', () => {
    // 3 overdue ÷ 5 with a cadence = 0.6 → red (> 30%)
    expect(metricOf(report, 'relationships.overdueShare')).toMatchObject({
      value: 0.6,
      rating: 'red',
      sample: 5,
    });
    expect(metricOf(report, 'relationships.overdueShare').note).toBe(
      '60% of customers with a contact plan are overdue for contact (3 of 5) — call the customers in the list below, starting with the longest overdue.',
    );
  });

  it('lists overdue customers, never contacted first, with their CLV and account manager', () => {
    expect(report.overdueCustomers).toEqual([
      {
        customer: 'A2',
        status: 'Active',
        lastContact: null,
        daysSinceContact: null,
        cadenceDays: 60,
        overdueDays: null,
        clv: null,
        accountManager: null,
      },
      {
        customer: 'A1',
        status: 'Active',
        lastContact: '2026-03-02',
        daysSinceContact: 120,
        cadenceDays: 60,
        overdueDays: 60,
        clv: 1500,
        accountManager: 'Ewa',
      },
      {
        customer: 'K2',
        status: 'VIP',
        lastContact: '2026-05-01',
        daysSinceContact: 60,
        cadenceDays: 30,
        overdueDays: 30,
        clv: null,
        accountManager: null,
      },
    ]);
  });

  it("gives an overdue customer's CLV after the gross margin, and none without a value column", () => {
    const spec = {
      deals: [deal({ outcome: 'won' as const, customer: 'B1', value: 1000 })],
      customers: [customer('B1', { status: 'Active', lastContact: d('2026-01-01') })],
    };
    // 1,000 × 40 %
    expect(audit(spec, { marginPct: 40 }).overdueCustomers[0].clv).toBe(400);
    expect(audit({ ...spec, missing: { deals: ['value'] } }).overdueCustomers[0].clv).toBeNull();
  });

  it('tabulates statuses with share, cadence and median days since contact', () => {
    expect(report.statuses).toEqual([
      // median of 120 and 10 = 65
      {
        status: 'Active',
        customers: 3,
        share: 3 / 7,
        cadenceDays: 60,
        medianDaysSinceContact: 65,
        overdue: 2,
      },
      // median of 20 and 60 = 40
      { status: 'VIP', customers: 2, share: 2 / 7, cadenceDays: 30, medianDaysSinceContact: 40, overdue: 1 },
      {
        status: '(no status)',
        customers: 1,
        share: 1 / 7,
        cadenceDays: null,
        medianDaysSinceContact: null,
        overdue: 0,
      },
      {
        status: 'Prospect',
        customers: 1,
        share: 1 / 7,
        cadenceDays: null,
        medianDaysSinceContact: 180,
        overdue: 0,
      },
    ]);
  });

  it('uses a cadence the user set for their own status', () => {
    const custom = audit(
      { deals: [deal({})], customers: [customer('G1', { status: 'Gold', lastContact: d('2026-06-01') })] },
      { cadence: { gold: 14 } },
    );
    // 29 days since contact > 14
    expect(custom.overdueCustomers).toEqual([
      {
        customer: 'G1',
        status: 'Gold',
        lastContact: '2026-06-01',
        daysSinceContact: 29,
        cadenceDays: 14,
        overdueDays: 15,
        clv: null,
        accountManager: null,
      },
    ]);
  });

  it('has no overdue list without a last-contact column', () => {
    const noContact = audit({
      deals: [deal({})],
      customers: [customer('A1', { status: 'Active' })],
      missing: { customers: ['lastContact'] },
    });
    expect(noContact.overdueCustomers).toEqual([]);
    expect(noContact.statuses[0]).toMatchObject({ status: 'Active', customers: 1, overdue: 0 });
    expect(metricOf(noContact, 'relationships.overdueShare')).toMatchObject({
      rating: 'nodata',
      note: 'Add a "Last contact" column to the Customers tab to see this.',
    });
  });
});

describe('dormant customers', () => {
  it('counts customers whose last win is more than dormantAfterDays ago', () => {
    const won = (customerName: string, closed: string) =>
      deal({ outcome: 'won', customer: customerName, created: d('2025-11-01'), closed: d(closed) });
    const report = audit({
      deals: [
        won('B1', '2025-12-01'), // 211 days
        won('B2', '2025-11-15'), // B2's earlier win …
        won('B2', '2026-06-01'), // … then 29 days
        won('B3', '2025-12-31'), // 181 days > 180
        won('B4', '2026-01-01'), // 180 days: not more than 180
        won('B5', '2026-03-01'),
      ],
    });
    // B1, B3 of 5 → 0.4 → amber (20–40%)
    expect(metricOf(report, 'relationships.dormantShare')).toMatchObject({
      value: 0.4,
      rating: 'amber',
      sample: 5,
    });
    expect(metricOf(report, 'relationships.dormantShare').note).toMatch(
      /^40% of customers have not bought anything for over 180 days/,
    );
  });
});

describe('cross- and up-selling', () => {
  it('uses the deal type column when there is one', () => {
    const report = audit({
      deals: [
        deal({ outcome: 'won', value: 1000, type: 'new' }),
        deal({ outcome: 'won', value: 300, type: 'upsell' }),
        deal({ outcome: 'won', value: 200, type: 'crosssell' }),
        deal({ outcome: 'won', value: 400, type: 'renewal' }),
        deal({ outcome: 'won', value: 100, type: 'existing' }),
        deal({ outcome: 'lost', value: 5000, type: 'upsell' }),
      ],
    });
    // (300 + 200 + 100) ÷ (1000 + 300 + 200 + 400 + 100) = 600 ÷ 2000 = 0.3 → green
    expect(metricOf(report, 'relationships.expansionShare')).toMatchObject({
      value: 0.3,
      rating: 'green',
      sample: 5,
    });
  });

  it('counts later wins of returning customers without a type column', () => {
    const report = audit({
      deals: [
        deal({ outcome: 'won', value: 1000, customer: 'C1', closed: d('2026-01-10') }),
        deal({ outcome: 'won', value: 500, customer: 'C1', closed: d('2026-02-10') }),
        deal({ outcome: 'won', value: 500, customer: 'C2', closed: d('2026-01-05') }),
        deal({ outcome: 'won', value: 1000 }),
        deal({ outcome: 'won', value: 1000, customer: 'C3', closed: d('2026-03-01') }),
      ],
      missing: { deals: ['type'] },
    });
    // only C1's second win: 500 ÷ 4000 = 0.125 → amber (10–20%)
    expect(metricOf(report, 'relationships.expansionShare')).toMatchObject({ value: 0.125, rating: 'amber' });
    // The share is of value, not of deals
    expect(metricOf(report, 'relationships.expansionShare').note).toBe(
      '12.5% of won revenue comes from selling more to existing customers — offer existing customers a next product at every check-in.',
    );
  });

  it('needs a type or a customer column', () => {
    const report = audit({
      deals: [deal({ outcome: 'won', value: 1 })],
      missing: { deals: ['type', 'customer'] },
    });
    expect(metricOf(report, 'relationships.expansionShare')).toMatchObject({
      rating: 'nodata',
      note: 'Add a "Type" column (New / Up-sell / Cross-sell) or a "Customer" column to the Deals tab to see this.',
    });
  });
});

describe('customers and deals that do not meet', () => {
  it('handles customers without deals and deals without customers', () => {
    const report = audit({
      deals: [
        deal({ outcome: 'won', value: 100, customer: 'Known' }),
        deal({ outcome: 'won', value: 300 }),
        deal({ outcome: 'won', value: 200, customer: 'Stranger' }),
      ],
      customers: [customer('Known', { firstLine: 'Eva' }), customer('Idle', { firstLine: 'Tom' })],
    });
    // named buyers: Known, Stranger (the anonymous win is nobody's repeat); Idle bought nothing
    expect(metricOf(report, 'aftersales.repeatRate')).toMatchObject({ value: 0, sample: 2 });
    // Known has a first line, Stranger is not in the tab → 1 ÷ 2
    expect(metricOf(report, 'aftersales.firstLineCoverage')).toMatchObject({ value: 0.5, sample: 2 });
    // CLV over all 3 buyers incl. the anonymous one: (100 + 300 + 200) ÷ 3 = 200
    expect(metricOf(report, 'conversations.avgClv')).toMatchObject({ value: 200, sample: 3 });
  });
});

describe('cross- and up-selling with a blank type column', () => {
  it('falls back to returning customers', () => {
    const report = audit({
      deals: [
        deal({ outcome: 'won', value: 300, customer: 'C1', closed: d('2026-01-10') }),
        deal({ outcome: 'won', value: 100, customer: 'C1', closed: d('2026-02-10') }),
      ],
    });
    // the type column is there but empty: C1's second win 100 ÷ 400
    expect(metricOf(report, 'relationships.expansionShare').value).toBe(0.25);
  });
});
