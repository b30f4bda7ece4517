// SPEC §1.6 "are we selling enough?": today is 2026-06-30 (fixtures.TODAY), so the 13 months run
// 2025-06 … 2026-06 and June 2026 is still under way.
import type { Period } from '../../../src/core/types';
import { audit, d, deal, many } from './fixtures';

const MONTHS = [
  '2025-06',
  '2025-07',
  '2025-08',
  '2025-09',
  '2025-10',
  '2025-11',
  '2025-12',
  '2026-01',
  '2026-02',
  '2026-03',
  '2026-04',
  '2026-05',
  '2026-06',
];

const empty = (month: string) => ({ month, leads: 0, won: 0, wonValue: 0, lost: 0, winRate: null });

function history() {
  return [
    // Won in February, created in January.
    deal({ outcome: 'won', created: d('2026-01-10'), closed: d('2026-02-05'), value: 1000 }),
    // No closed date: won on the day it was created.
    deal({ outcome: 'won', created: d('2026-03-01'), value: 500 }),
    deal({ outcome: 'lost', created: d('2026-02-01'), closed: d('2026-03-15') }),
    deal({ outcome: 'lost', created: d('2026-03-20') }),
    deal({ created: d('2026-06-29') }),
    // Before the 13 months: in the totals of "all data", not in the trend.
    deal({ outcome: 'won', created: d('2025-03-01'), closed: d('2025-05-31'), value: 9999 }),
    // Created before the trend starts, won in its first month.
    deal({ outcome: 'won', created: d('2025-05-20'), closed: d('2025-06-01'), value: 200 }),
  ];
}

describe('summary.months', () => {
  it('is 13 calendar months back-filled from all the data, whatever the period', () => {
    for (const period of [{ kind: 'all' }, { kind: 'last', months: 3 }] as Period[]) {
      const { months } = audit({ deals: history() }, { period }).summary;
      expect(months.map((month) => month.month)).toEqual(MONTHS);
      const byMonth = Object.fromEntries(months.map((month) => [month.month, month]));
      expect(byMonth['2025-06']).toEqual({
        month: '2025-06',
        leads: 0,
        won: 1,
        wonValue: 200,
        lost: 0,
        winRate: 1,
      });
      expect(byMonth['2026-01']).toEqual({ ...empty('2026-01'), leads: 1 });
      expect(byMonth['2026-02']).toEqual({
        month: '2026-02',
        leads: 1,
        won: 1,
        wonValue: 1000,
        lost: 0,
        winRate: 1,
      });
      // Won 1 (created and won 1 March); lost 2: one closed 15 March, one with no closed date created 20 March.
      expect(byMonth['2026-03']).toEqual({
        month: '2026-03',
        leads: 2,
        won: 1,
        wonValue: 500,
        lost: 2,
        winRate: 1 / 3,
      });
      expect(byMonth['2026-06']).toEqual({ ...empty('2026-06'), leads: 1 });
      for (const month of ['2025-07', '2025-12', '2026-04', '2026-05'])
        expect(byMonth[month]).toEqual(empty(month));
    }
  });

  it('is 13 months of zeros without deals', () => {
    expect(audit({}).summary.months).toEqual(MONTHS.map(empty));
  });

  it('has no won value without a value column', () => {
    const { months } = audit({ deals: history(), missing: { deals: ['value'] } }).summary;
    expect(months.map((month) => month.wonValue)).toEqual(MONTHS.map(() => null));
    expect(months[8]).toMatchObject({ month: '2026-02', won: 1 });
  });
});

describe('summary totals', () => {
  it('counts every won deal for all data, and the mean of the complete months since the first deal', () => {
    const summary = audit({ deals: history() }).summary;
    // 1000 + 500 + 9999 + 200
    expect(summary).toMatchObject({
      wonValue: 11699,
      wonDeals: 4,
      monthlyTarget: null,
      targetRating: 'unrated',
    });
    // The first deal is created 1 March 2025, so March 2025 … May 2026 are complete: 15 months.
    expect(summary.completeMonths).toBe(15);
    expect(summary.avgMonthlyWonValue).toBeCloseTo(11699 / 15, 10);
  });

  it('counts a deal won in the period though created before it, by its win day', () => {
    const summary = audit(
      { deals: history() },
      { period: { kind: 'range', from: '2026-02-01', to: '2026-04-30' } },
    ).summary;
    // Won 5 Feb (created 10 Jan) and 1 Mar; February, March and April complete: 1500 ÷ 3.
    expect(summary).toMatchObject({
      wonValue: 1500,
      wonDeals: 2,
      completeMonths: 3,
      avgMonthlyWonValue: 500,
    });
  });

  it('starts "all data" at the first deal: a month the records begin in the middle of is not complete', () => {
    const summary = audit({
      deals: [
        deal({ outcome: 'won', created: d('2026-04-15'), closed: d('2026-04-20'), value: 300 }),
        deal({ outcome: 'won', created: d('2026-05-02'), closed: d('2026-05-10'), value: 700 }),
        deal({ outcome: 'won', created: d('2026-06-01'), closed: d('2026-06-02'), value: 50 }),
      ],
    }).summary;
    // Only May is complete: April began on the 15th in the data, June is under way.
    expect(summary).toMatchObject({
      wonValue: 1050,
      wonDeals: 3,
      completeMonths: 1,
      avgMonthlyWonValue: 700,
    });
  });

  it('counts a won deal with a blank value as a deal, not in the value', () => {
    const summary = audit({
      deals: [
        deal({ outcome: 'won', created: d('2026-05-01'), closed: d('2026-05-10'), value: 400 }),
        deal({ outcome: 'won', created: d('2026-05-01'), closed: d('2026-05-12'), value: null }),
      ],
    }).summary;
    expect(summary).toMatchObject({ wonValue: 400, wonDeals: 2, completeMonths: 1, avgMonthlyWonValue: 400 });
  });

  it('dates won deals by their created date without a closed column', () => {
    const summary = audit({
      deals: [
        deal({ outcome: 'won', created: d('2026-05-01'), value: 400 }),
        ...many(2, { created: d('2026-05-03') }),
      ],
      missing: { deals: ['closed'] },
    }).summary;
    expect(summary).toMatchObject({ wonValue: 400, wonDeals: 1, completeMonths: 1, avgMonthlyWonValue: 400 });
    expect(summary.months[11]).toEqual({
      month: '2026-05',
      leads: 3,
      won: 1,
      wonValue: 400,
      lost: 0,
      winRate: 1,
    });
  });

  it('has no monthly mean when the period holds no complete month', () => {
    for (const period of [
      { kind: 'range', from: '2026-06-01', to: '2026-06-30' },
      { kind: 'range', from: '2026-02-10', to: '2026-03-20' },
    ] as Period[]) {
      const summary = audit({ deals: history() }, { period, monthlyTarget: 500 }).summary;
      expect(summary).toMatchObject({
        completeMonths: 0,
        avgMonthlyWonValue: null,
        targetRating: 'insufficient',
      });
    }
  });

  it('is zero deals and no mean for an empty spreadsheet', () => {
    expect(audit({}).summary).toEqual({
      wonValue: 0,
      wonDeals: 0,
      avgMonthlyWonValue: null,
      completeMonths: 0,
      monthlyTarget: null,
      targetRating: 'unrated',
      months: MONTHS.map(empty),
    });
  });

  it('has no won value without a value column, and rates a target as no data', () => {
    const summary = audit(
      { deals: history(), missing: { deals: ['value'] } },
      { monthlyTarget: 500 },
    ).summary;
    expect(summary).toMatchObject({
      wonValue: null,
      wonDeals: 4,
      avgMonthlyWonValue: null,
      monthlyTarget: 500,
      targetRating: 'nodata',
    });
  });
});

describe('summary.targetRating', () => {
  // February–April 2026: mean 500 a month.
  const rate = (monthlyTarget: number | null) =>
    audit(
      { deals: history() },
      { period: { kind: 'range', from: '2026-02-01', to: '2026-04-30' }, monthlyTarget },
    ).summary.targetRating;

  it('is green from 100 % of the target, amber from 80 %, red below', () => {
    expect(rate(500)).toBe('green');
    expect(rate(400)).toBe('green');
    expect(rate(501)).toBe('amber');
    expect(rate(625)).toBe('amber'); // 500 ÷ 625 = 80 %
    expect(rate(626)).toBe('red');
  });

  it('is unrated without a target', () => {
    expect(rate(null)).toBe('unrated');
  });
});
