// A small seeded random source, so sample data, tests and the benchmark see the same rows for a seed.

export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Whole number in [min, max], both included. */
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  /** Log-normal around `median`; `spread` is the standard deviation of its logarithm. */
  logNormal(median: number, spread: number): number;
  /** Index drawn with probability proportional to its weight. */
  weighted(weights: readonly number[]): number;
  pick<T>(items: readonly T[]): T;
}

/** mulberry32: fast, 32-bit state, good enough statistics for sample data. */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const standardNormal = (): number => {
    // Box–Muller; 1 - next() keeps the logarithm's argument above zero.
    return Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (probability) => next() < probability,
    logNormal: (median, spread) => median * Math.exp(spread * standardNormal()),
    weighted: (weights) => {
      let total = 0;
      for (const weight of weights) total += weight;
      let target = next() * total;
      for (let i = 0; i < weights.length; i++) {
        target -= weights[i];
        if (target < 0) return i;
      }
      return weights.length - 1;
    },
    pick: (items) => items[Math.floor(next() * items.length)],
  };
}
