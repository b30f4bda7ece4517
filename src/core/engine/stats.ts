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

/** Max ÷ min of the positive values; null with fewer than two. */
export function spread(values: readonly number[]): number | null {
  const positive = values.filter((value) => value > 0);
  if (positive.length < 2) return null;
  return safeRatio(Math.max(...positive), Math.min(...positive));
}
