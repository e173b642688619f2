/** Pure helpers for the hand-drawn economics chart: nice axis ticks and linear scales. */

/** A "nice" step (1, 2 or 5 × 10^k) near span / count. */
export function niceStep(span: number, count: number): number {
  if (!(span > 0) || !Number.isFinite(span)) return 1;
  const raw = span / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / power;
  const nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
  return nice * power;
}

/** Axis domain and ticks covering [min, max] and 0, with about `count` intervals. */
export interface AxisTicks {
  readonly min: number;
  readonly max: number;
  readonly ticks: readonly number[];
}

/**
 * Ticks at multiples of a nice step, from at or below `min` to at or above `max`; the domain always holds 0.
 * An empty span (all values equal) widens to one step.
 */
export function niceTicks(min: number, max: number, count = 5): AxisTicks {
  let lo = Math.min(0, min);
  let hi = Math.max(0, max);
  if (lo === hi) hi = lo + 1;
  const step = niceStep(hi - lo, count);
  lo = Math.floor(lo / step) * step;
  hi = Math.ceil(hi / step) * step;
  const ticks: number[] = [];
  const n = Math.round((hi - lo) / step);
  // Multiply instead of accumulating so ticks do not drift (0.1 + 0.2 …); `+ 0` turns -0 into 0.
  for (let i = 0; i <= n; i++) ticks.push(Number((lo + i * step).toPrecision(12)) + 0);
  return { min: lo, max: hi, ticks };
}

/** Maps [d0, d1] linearly onto [r0, r1]; a degenerate domain maps everything to r0. */
export function linearScale(
  domain: readonly [number, number],
  range: readonly [number, number],
): (value: number) => number {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0;
  if (span === 0) return () => r0;
  return (value) => r0 + ((value - d0) / span) * (r1 - r0);
}

/** Short tick label: 1.5T, 300B, 12M, 4k, 0 (one significant decimal at most). */
export function compactNumber(value: number): string {
  const abs = Math.abs(value);
  const units: readonly [number, string][] = [
    [1e12, 'T'],
    [1e9, 'B'],
    [1e6, 'M'],
    [1e3, 'k'],
  ];
  for (const [size, suffix] of units) {
    if (abs >= size) return `${trim(value / size)}${suffix}`;
  }
  return trim(value);
}

function trim(value: number): string {
  return String(Number(value.toFixed(1)));
}
