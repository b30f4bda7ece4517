// What npm run bench quotes: medians, of wall time and of CPU time. On a shared machine the wall time
// grows with everyone else's load; the CPU time of a single-threaded step much less so.
import { performance } from 'node:perf_hooks';

/** The middle value (mean of the two middle ones for an even count). */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export interface Timed<T> {
  result: T;
  ms: number;
  cpuMs: number;
}

/** Runs `step` once and says how long it took, in wall time and in this process's CPU time. */
export function timed<T>(step: () => T): Timed<T> {
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  const result = step();
  const ms = performance.now() - start;
  const cpu = process.cpuUsage(cpuStart);
  return { result, ms, cpuMs: (cpu.user + cpu.system) / 1000 };
}

/** One decimal, as the bench prints milliseconds. */
export const tenths = (value: number) => Math.round(value * 10) / 10;
