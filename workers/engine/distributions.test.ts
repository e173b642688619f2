import { describe, expect, it } from 'vitest';

import {
  binomial,
  binomialCdf,
  drawFromTable,
  exponentialTable,
  geometricScale,
  lognormalTable,
  normalQuantile,
} from './distributions';
import { createRng } from './rng';

function mean(xs: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < xs.length; i++) sum += xs[i]!;
  return sum / xs.length;
}

describe('distributions', () => {
  it('normal quantiles match known values', () => {
    expect(normalQuantile(0.5)).toBeCloseTo(0, 8);
    expect(normalQuantile(0.975)).toBeCloseTo(1.959964, 5);
    expect(normalQuantile(0.01)).toBeCloseTo(-2.326348, 5);
  });

  it('the lognormal table has mean 1 and the requested coefficient of variation', () => {
    const table = lognormalTable(0.4);
    const m = mean(table);
    const sd = Math.sqrt(mean(Array.from(table, (v) => (v - m) ** 2)));
    expect(m).toBeCloseTo(1, 10);
    expect(sd / m).toBeGreaterThan(0.37);
    expect(sd / m).toBeLessThan(0.41);
    expect(lognormalTable(0).every((v) => v === 1)).toBe(true);
  });

  it('geometric counts drawn from the exponential table have the requested mean', () => {
    const rng = createRng(3, 3);
    const table = exponentialTable();
    expect(mean(table)).toBeCloseTo(1, 10);
    const scale = geometricScale(2.56);
    let sum = 0;
    const n = 200_000;
    for (let i = 0; i < n; i++) sum += Math.floor(drawFromTable(rng, table) * scale);
    expect(sum / n).toBeGreaterThan(2.5);
    expect(sum / n).toBeLessThan(2.62);
  });

  it('binomial draws have mean n·p in the exact and the approximate branch', () => {
    const rng = createRng(5, 5);
    for (const [n, p] of [
      [200, 0.01],
      [315, 0.15],
      [1250, 0.5],
    ] as const) {
      let sum = 0;
      const reps = 20_000;
      for (let i = 0; i < reps; i++) {
        const k = binomial(rng, n, p);
        expect(k >= 0 && k <= n).toBe(true);
        sum += k;
      }
      expect(Math.abs(sum / reps - n * p)).toBeLessThan(0.03 * n * p + 0.02);
    }
    expect(binomial(rng, 200, 0)).toBe(0);
    expect(binomial(rng, 200, 1)).toBe(200);
  });

  it('the binomial CDF matches exact sums, the draws and its edge cases', () => {
    // P(X ≤ 1) for n = 3, p = 0.5: (1 + 3) / 8.
    expect(binomialCdf(1, 3, 0.5)).toBeCloseTo(0.5, 12);
    // P(X ≤ 2) for n = 10, p = 0.1: 0.9^10 + 10·0.1·0.9^9 + 45·0.01·0.9^8.
    expect(binomialCdf(2, 10, 0.1)).toBeCloseTo(0.9 ** 10 + 0.9 ** 9 + 0.45 * 0.9 ** 8, 12);
    expect(binomialCdf(-1, 10, 0.1)).toBe(0);
    expect(binomialCdf(10, 10, 0.1)).toBe(1);
    expect(binomialCdf(3, 10, 0)).toBe(1);
    expect(binomialCdf(3, 10, 1)).toBe(0);
    // Large n·p, where (1 − p)^n underflows: still a probability, and tiny.
    const far = binomialCdf(21, 2000, 0.5);
    expect(far).toBeGreaterThanOrEqual(0);
    expect(far).toBeLessThan(1e-300);
    // The share of draws at or below c agrees with the CDF.
    const rng = createRng(9, 9);
    let below = 0;
    const reps = 40_000;
    for (let i = 0; i < reps; i++) if (binomial(rng, 315, 0.01) <= 5) below++;
    expect(Math.abs(below / reps - binomialCdf(5, 315, 0.01))).toBeLessThan(0.01);
  });
});
