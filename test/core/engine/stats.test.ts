import { highest, mean, median, percentileInc, safeRatio, spread, sum } from '../../../src/core/engine/stats';

describe('safeRatio', () => {
  it('divides', () => expect(safeRatio(3, 4)).toBe(0.75));
  it('is null on a zero denominator, never Infinity or NaN', () => {
    expect(safeRatio(5, 0)).toBeNull();
    expect(safeRatio(0, 0)).toBeNull();
  });
  it('is null on non-finite input', () => {
    expect(safeRatio(Infinity, 2)).toBeNull();
    expect(safeRatio(NaN, 2)).toBeNull();
  });
});

describe('sum and mean', () => {
  it('sums', () => expect(sum([1, 2, 3.5])).toBe(6.5));
  it('averages', () => expect(mean([2, 4, 9])).toBe(5));
  it('is null on no values', () => expect(mean([])).toBeNull());
});

describe('median', () => {
  it('takes the middle of an odd count', () => expect(median([9, 1, 5])).toBe(5));
  // (4 + 10) / 2 = 7
  it('averages the two middles of an even count', () => expect(median([10, 1, 4, 20])).toBe(7));
  it('is null on no values', () => expect(median([])).toBeNull());
});

describe('percentileInc (as PERCENTILE.INC)', () => {
  // sorted 1,2,3,4: rank = 0.75 × 3 = 2.25 → 3 + 0.25 × (4 − 3) = 3.25
  it('interpolates linearly', () => expect(percentileInc([4, 1, 3, 2], 0.75)).toBe(3.25));
  // sorted 2,4,6,8,10: rank = 0.75 × 4 = 3 → 8
  it('hits an exact rank', () => expect(percentileInc([10, 2, 8, 4, 6], 0.75)).toBe(8));
  it('returns the only value', () => expect(percentileInc([7], 0.75)).toBe(7));
  it('sorts numerically, not as text', () => expect(percentileInc([100, 9, 20], 1)).toBe(100));
  it('is null on no values or a p outside 0..1', () => {
    expect(percentileInc([], 0.5)).toBeNull();
    expect(percentileInc([1, 2], 1.5)).toBeNull();
  });
});

describe('spread', () => {
  // 12 ÷ 3 = 4
  it('is max ÷ min of positive values', () => expect(spread([3, 12, 6, 0])).toBe(4));
  it('is null with fewer than two positive values', () => expect(spread([5, 0])).toBeNull());
});

describe('highest', () => {
  it('is the largest value', () => expect(highest([3, -1, 12, 6])).toBe(12));
  it('is -Infinity on no values', () => expect(highest([])).toBe(-Infinity));
  it('takes 200,000 values', () =>
    expect(highest(Array.from({ length: 200_000 }, (_, i) => i % 1000))).toBe(999));
});
