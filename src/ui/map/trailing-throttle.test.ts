import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { TrailingThrottle } from './trailing-throttle';

describe('TrailingThrottle', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const make = () => {
    const seen: number[] = [];
    const throttle = new TrailingThrottle<number>(
      250,
      (v) => seen.push(v),
      () => Date.now(),
    );
    return { seen, throttle };
  };

  it('passes the first value at once and the newest of a burst at the end of the interval', () => {
    const { seen, throttle } = make();
    throttle.push(1);
    expect(seen).toEqual([1]);
    for (let m = 2; m <= 9; m++) {
      vi.advanceTimersByTime(20);
      throttle.push(m);
    }
    expect(seen).toEqual([1]);
    vi.advanceTimersByTime(250 - 8 * 20 - 1);
    expect(seen).toEqual([1]);
    vi.advanceTimersByTime(1);
    expect(seen).toEqual([1, 9]);
    vi.advanceTimersByTime(1000);
    expect(seen).toEqual([1, 9]);
  });

  it('passes at most one value per interval over a long scrub, and always the last one', () => {
    const { seen, throttle } = make();
    for (let m = 0; m < 360; m++) {
      throttle.push(m);
      vi.advanceTimersByTime(16);
    }
    vi.advanceTimersByTime(250);
    expect(seen.at(-1)).toBe(359);
    expect(seen.length).toBeLessThanOrEqual(Math.ceil((360 * 16) / 250) + 1);
    expect(seen.length).toBeGreaterThan(10);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
  });

  it('passes a value at once again after a quiet interval, and drops a pending one on cancel', () => {
    const { seen, throttle } = make();
    throttle.push(1);
    vi.advanceTimersByTime(300);
    throttle.push(2);
    expect(seen).toEqual([1, 2]);
    throttle.push(3);
    throttle.cancel();
    vi.advanceTimersByTime(1000);
    expect(seen).toEqual([1, 2]);
  });
});
