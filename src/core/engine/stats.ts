// Plain statistics that return null instead of NaN/Infinity, so a report never carries either.

export function safeRatio(numerator: number, denominator: number): number | null {
  if (denominator === 0 || !Number.isFinite(numerator) || !Number.isFinite(denominator)) return null;
  const ratio = numerator / denominator;
  return Number.isFinite(ratio) ? ratio : null;
}

export function sum(values: readonly number[]): number {
  let total = 0;
  for (const value of values) total += value;
  return total;
}

/** Σ of the known values; null when none is known (unknown, not zero). */
export function knownSum(values: readonly (number | null)[]): number | null {
  let total: number | null = null;
  for (const value of values) if (value !== null) total = (total ?? 0) + value;
  return total;
}

export function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : safeRatio(sum(values), values.length);
}

/** PERCENTILE.INC: linear interpolation between the closest ranks; p in 0..1. */
export function percentileInc(values: readonly number[], p: number): number | null {
  if (values.length === 0 || p < 0 || p > 1) return null;
  const sorted = Float64Array.from(values).sort();
  const rank = p * (sorted.length - 1);
  const lower = Math.floor(rank);
  const upper = Math.ceil(rank);
  return sorted[lower] + (sorted[upper] - sorted[lower]) * (rank - lower);
}

export function median(values: readonly number[]): number | null {
  return percentileInc(values, 0.5);
}

/** The largest value (-Infinity for none); a loop, as Math.max(...values) overflows the stack on ~150k values. */
export function highest(values: readonly number[]): number {
  let max = -Infinity;
  for (const value of values) if (value > max) max = value;
  return max;
}

/** Max ÷ min of the positive values; null with fewer than two. */
export function spread(values: readonly number[]): number | null {
  let max = 0;
  let min = Infinity;
  let count = 0;
  for (const value of values) {
    if (!(value > 0)) continue;
    count += 1;
    if (value > max) max = value;
    if (value < min) min = value;
  }
  return count < 2 ? null : safeRatio(max, min);
}
