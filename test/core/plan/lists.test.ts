import { topBy } from '../../../src/core/plan/lists';

describe('topBy', () => {
  test('keeps the highest scores, highest first', () => {
    expect(topBy([5, 1, 9, 3, 7, 9, 2], 3, (n) => n)).toEqual([9, 9, 7]);
  });

  test('ties keep their input order, also at the cut', () => {
    const items = ['a', 'b', 'c', 'd'].map((id, i) => ({ id, score: i === 0 ? 1 : 2 }));
    expect(topBy(items, 2, (item) => item.score).map((item) => item.id)).toEqual(['b', 'c']);
  });

  test('fewer items than the limit, an empty list and a zero limit', () => {
    expect(topBy([2, 8], 20, (n) => n)).toEqual([8, 2]);
    expect(topBy([], 20, (n: number) => n)).toEqual([]);
    expect(topBy([1, 2], 0, (n) => n)).toEqual([]);
  });

  test('Infinity ranks first', () => {
    expect(topBy([3, null, 5], 2, (n) => n ?? Infinity)).toEqual([null, 5]);
  });
});
