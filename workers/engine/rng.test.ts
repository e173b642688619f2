import { describe, expect, it } from 'vitest';

import { createRng, deriveSeed, nextFloat, nextUint32 } from './rng';

function draws(seed: number, stream: number, n: number): number[] {
  const rng = createRng(seed, stream);
  return Array.from({ length: n }, () => nextUint32(rng));
}

describe('sfc32 streams', () => {
  it('repeat exactly for the same seed and stream', () => {
    expect(draws(42, 7, 100)).toEqual(draws(42, 7, 100));
  });

  it('differ between streams and between nearby seeds', () => {
    expect(draws(42, 7, 10)).not.toEqual(draws(42, 8, 10));
    expect(draws(42, 7, 10)).not.toEqual(draws(43, 7, 10));
    expect(deriveSeed(1, 0)).not.toBe(deriveSeed(1, 1));
  });

  it('gives uniform floats in [0, 1) with the right mean and spread', () => {
    const rng = createRng(1, 1);
    let sum = 0;
    let sumSq = 0;
    const n = 200_000;
    for (let i = 0; i < n; i++) {
      const u = nextFloat(rng);
      expect(u >= 0 && u < 1).toBe(true);
      sum += u;
      sumSq += u * u;
    }
    expect(sum / n).toBeCloseTo(0.5, 2);
    expect(sumSq / n - (sum / n) ** 2).toBeCloseTo(1 / 12, 2);
  });
});
