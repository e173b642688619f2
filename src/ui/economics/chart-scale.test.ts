import { describe, expect, it } from 'vitest';

import { compactNumber, linearScale, niceStep, niceTicks } from './chart-scale';

describe('chart scales', () => {
  it('picks 1-2-5 steps: span 10 in 5 → 2, span 730 in 5 → 200, span 0.3 in 3 → 0.1', () => {
    expect(niceStep(10, 5)).toBe(2);
    expect(niceStep(730, 5)).toBe(200);
    expect(niceStep(0.3, 3)).toBeCloseTo(0.1, 12);
    expect(niceStep(0, 5)).toBe(1);
  });

  it('ticks of [-130, 730] by 200 run from -200 to 800 and include 0', () => {
    const axis = niceTicks(-130, 730, 5);
    expect(axis).toEqual({ min: -200, max: 800, ticks: [-200, 0, 200, 400, 600, 800] });
  });

  it('always includes 0 and widens an empty span: [5, 5] → 0..5, [0, 0] → 0..1', () => {
    expect(niceTicks(5, 5, 5).ticks).toEqual([0, 1, 2, 3, 4, 5]);
    expect(niceTicks(0, 0, 4).ticks[0]).toBe(0);
    expect(niceTicks(0, 0, 4).max).toBeGreaterThan(0);
  });

  it('ticks of [0, 0.3] are exact decimals without drift', () => {
    expect(niceTicks(0, 0.3, 3).ticks).toEqual([0, 0.1, 0.2, 0.3]);
  });

  it('maps a domain linearly, also onto a reversed (SVG y) range', () => {
    const y = linearScale([0, 100], [200, 0]);
    expect(y(0)).toBe(200);
    expect(y(100)).toBe(0);
    expect(y(25)).toBe(150);
    expect(linearScale([3, 3], [10, 20])(99)).toBe(10);
  });

  it('writes compact tick labels: 1.5T, 300B, -12M, 4k, 0.5', () => {
    expect(compactNumber(1.5e12)).toBe('1.5T');
    expect(compactNumber(3e11)).toBe('300B');
    expect(compactNumber(-1.2e7)).toBe('-12M');
    expect(compactNumber(4000)).toBe('4k');
    expect(compactNumber(0.5)).toBe('0.5');
    expect(compactNumber(0)).toBe('0');
  });
});
