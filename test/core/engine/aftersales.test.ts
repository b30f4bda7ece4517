import { audit, customer, d, deal, metricOf } from './fixtures';

describe('after-sales metrics', () => {
  const closed = d('2026-01-10');
  // 5 won deals: follow-ups 3 days after delivery, 10 days after closing (no delivery), 20 days after delivery, none, none.
  // Customers C1 (2 won deals), C2, C3, C4, C5 (C5 not in the Customers tab).
  const deals = [
    deal({ outcome: 'won', closed, delivered: d('2026-01-12'), followUp: d('2026-01-15'), customer: 'C1' }),
    deal({ outcome: 'won', closed, followUp: d('2026-01-20'), customer: 'C1' }),
    deal({ outcome: 'won', closed, delivered: d('2026-01-10'), followUp: d('2026-01-30'), customer: 'C2' }),
    deal({ outcome: 'won', closed, customer: 'C3' }),
    deal({ outcome: 'won', closed, customer: 'C4' }),
    deal({ outcome: 'won', closed, customer: 'C5' }),
  ];
  const customers = [
    customer('C1', { satisfaction: 5, nps: 10, firstLine: 'Eva', support: 'Gold' }),
    customer('C2', { satisfaction: 4, nps: 9, firstLine: 'Eva' }),
    customer('C3', { satisfaction: 3, nps: 8 }),
    customer('C4', { satisfaction: 5, nps: 6, firstLine: 'Tom' }),
    customer('C6', { satisfaction: 2, nps: 0 }),
  ];
  const report = audit({ deals, customers });

  it('measures the follow-up rate and delay', () => {
    // 3 of 6 won deals have a follow-up → 0.5 → amber (50–80%)
    expect(metricOf(report, 'aftersales.followUpRate')).toMatchObject({
      value: 0.5,
      rating: 'amber',
      sample: 6,
    });
    expect(metricOf(report, 'aftersales.followUpRate').note).toBe(
      '50% of won deals get an after-sale contact — schedule a check-in call within 7 days of delivery.',
    );
    // days 3, 10, 20 → median 10, from 3 deals only
    expect(metricOf(report, 'aftersales.medianDaysToFollowUp')).toMatchObject({
      value: 10,
      sample: 3,
      rating: 'insufficient',
    });
  });

  it('counts a follow-up ticked Yes without a date in the rate but not in the delay', () => {
    const ticked = [
      deal({ outcome: 'won', closed, followUp: 'undated' }),
      deal({ outcome: 'won', closed, followUp: closed + 4 }),
      deal({ outcome: 'won', closed }),
    ];
    const result = audit({ deals: ticked });
    // 2 of 3 won deals were contacted → 0.667; the delay is known for one (4 days)
    expect(metricOf(result, 'aftersales.followUpRate').value).toBeCloseTo(2 / 3, 10);
    expect(metricOf(result, 'aftersales.medianDaysToFollowUp')).toMatchObject({ value: 4, sample: 1 });
  });

  it('rates the follow-up delay once there are enough follow-ups', () => {
    const followed = [1, 2, 9, 12, 30].map((days) =>
      deal({ outcome: 'won', closed, followUp: closed + days }),
    );
    // median of 1, 2, 9, 12, 30 = 9 → amber (8–14)
    expect(metricOf(audit({ deals: followed }), 'aftersales.medianDaysToFollowUp')).toMatchObject({
      value: 9,
      rating: 'amber',
      target: '≤ 7 days',
    });
  });

  it('reads CSAT on a 1–5 scale', () => {
    // scores 5, 4, 3, 5, 2: satisfied (4–5) = 3 of 5 → 0.6 → amber; mean 19 ÷ 5 = 3.8
    expect(metricOf(report, 'aftersales.csat')).toMatchObject({ value: 0.6, rating: 'amber', sample: 5 });
    expect(metricOf(report, 'aftersales.csat').note).toMatch(
      /^60% of customers are satisfied \(scores 4–5 of 5\)/,
    );
    expect(metricOf(report, 'aftersales.avgSatisfaction')).toMatchObject({
      value: 3.8,
      unit: 'score',
      rating: 'unrated',
    });
  });

  it('detects a 1–10 satisfaction scale from the values', () => {
    const scores = [9, 8, 7, 10, 6, 3];
    const tenPoint = audit({
      deals,
      customers: scores.map((score, i) => customer(`S${i}`, { satisfaction: score })),
    });
    // satisfied (8–10): 9, 8, 10 = 3 of 6 → 0.5 → red (< 60%)
    expect(metricOf(tenPoint, 'aftersales.csat')).toMatchObject({ value: 0.5, rating: 'red' });
    expect(metricOf(tenPoint, 'aftersales.avgSatisfaction').note).toBe(
      'The average satisfaction score is 7.2 of 10.',
    );
  });

  it('computes NPS in points', () => {
    // 10, 9, 8, 6, 0: promoters 2, detractors 2 → (2 − 2) ÷ 5 × 100 = 0 → amber (0–30)
    expect(metricOf(report, 'aftersales.nps')).toMatchObject({ value: 0, unit: 'points', rating: 'amber' });
    const scores = [10, 10, 9, 5, 8];
    const good = audit({ deals, customers: scores.map((score, i) => customer(`N${i}`, { nps: score })) });
    // promoters 3, detractors 1 → 2 ÷ 5 × 100 = 40 → green
    expect(metricOf(good, 'aftersales.nps')).toMatchObject({ value: 40, rating: 'green' });
  });

  it('refuses to read a 1–5 column as NPS', () => {
    const scores = [5, 4, 3, 5, 1, 2];
    const report15 = audit({ deals, customers: scores.map((score, i) => customer(`N${i}`, { nps: score })) });
    expect(metricOf(report15, 'aftersales.nps')).toMatchObject({
      value: null,
      rating: 'nodata',
      note: 'The NPS column holds no score above 5, so it is not a 0–10 recommendation score — ask "How likely are you to recommend us?" on a 0–10 scale.',
    });
  });

  it('says so when the satisfaction column is all blank', () => {
    const blank = audit({ deals, customers: [customer('C1'), customer('C2')] });
    for (const id of ['aftersales.csat', 'aftersales.avgSatisfaction']) {
      expect(metricOf(blank, id)).toMatchObject({
        value: null,
        rating: 'nodata',
        note: 'The "Satisfaction" column of the Customers tab is empty — fill it in to see this.',
      });
    }
  });

  it('measures returning customers, first line and support coverage', () => {
    // 1 of 5 customers (C1) bought twice → 0.2 → amber (15–30%)
    expect(metricOf(report, 'aftersales.repeatRate')).toMatchObject({
      value: 0.2,
      rating: 'amber',
      sample: 5,
    });
    // C1, C2, C4 have a first line; C3 none; C5 not in the tab → 3 ÷ 5 = 0.6 → red (< 70%)
    expect(metricOf(report, 'aftersales.firstLineCoverage')).toMatchObject({ value: 0.6, rating: 'red' });
    // only C1 has support → 1 ÷ 5
    expect(metricOf(report, 'aftersales.supportCoverage')).toMatchObject({ value: 0.2, rating: 'unrated' });
  });

  it('rates customer metrics no data without the Customers tab or customer column', () => {
    const noTab = audit({ deals, missing: { customers: 'tab' } });
    expect(metricOf(noTab, 'aftersales.csat').note).toBe(
      'Add a Customers tab with a "Satisfaction" column to see this.',
    );
    // the repeat rate comes from Deals alone
    expect(metricOf(noTab, 'aftersales.repeatRate').value).toBe(0.2);
    const noCustomerColumn = audit({ deals, customers, missing: { deals: ['customer', 'followUp'] } });
    for (const id of ['aftersales.repeatRate', 'aftersales.firstLineCoverage']) {
      expect(metricOf(noCustomerColumn, id)).toMatchObject({
        rating: 'nodata',
        note: 'Add a "Customer" column to the Deals tab to see this.',
      });
    }
    expect(metricOf(noCustomerColumn, 'aftersales.followUpRate').note).toBe(
      'Add a "Follow-up" column to the Deals tab to see this.',
    );
  });
});

describe('satisfaction on a large Customers tab', () => {
  it('reads 200,000 scores without running out of stack', () => {
    // Every 4th customer gives 10 (promoter, satisfied on 1–10), the others 7 (passive, not satisfied).
    const customers = Array.from({ length: 200_000 }, (_, i) =>
      customer(`C${i}`, { satisfaction: i % 4 === 0 ? 10 : 7, nps: i % 4 === 0 ? 10 : 7 }),
    );
    const report = audit({ deals: [], customers });
    expect(metricOf(report, 'aftersales.csat')).toMatchObject({ value: 0.25, sample: 200_000 });
    expect(metricOf(report, 'aftersales.nps')).toMatchObject({ value: 25, sample: 200_000 });
  });
});
