/** Small statistics and timing helpers of the benchmark. */
import { performance } from 'node:perf_hooks';

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  return n % 2 === 1 ? sorted[(n - 1) / 2]! : (sorted[n / 2 - 1]! + sorted[n / 2]!) / 2;
}

export function best(values: readonly number[]): number {
  return values.length === 0 ? Number.NaN : Math.min(...values);
}

/** Seconds taken by `work`, and what it returned. */
export function timeSync<T>(work: () => T): { seconds: number; value: T } {
  const start = performance.now();
  const value = work();
  return { seconds: (performance.now() - start) / 1000, value };
}

export async function timeAsync<T>(work: () => Promise<T>): Promise<{ seconds: number; value: T }> {
  const start = performance.now();
  const value = await work();
  return { seconds: (performance.now() - start) / 1000, value };
}

/** Runs `work` `warmUps` times untimed, then `runs` times timed; returns the timings and the last value. */
export async function repeat<T>(
  warmUps: number,
  runs: number,
  work: () => T | Promise<T>,
): Promise<{ seconds: number[]; last: T }> {
  for (let i = 0; i < warmUps; i++) await work();
  const seconds: number[] = [];
  let last: T | undefined;
  for (let i = 0; i < runs; i++) {
    const timed = await timeAsync(async () => work());
    seconds.push(timed.seconds);
    last = timed.value;
  }
  if (last === undefined) throw new Error('repeat needs at least one timed run');
  return { seconds, last };
}

/** Rounds for the results file: enough digits to compare runs, no float noise. */
export function round(value: number, digits = 3): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}
