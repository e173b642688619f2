import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { adoptedShare, adoptionProgress, liveShareAtStart } from './adoption';

describe('adoption S-curve', () => {
  it('is 0 at go-live, 9/19 at T/2 and 18/19 at T (logistic with f(0) = 5 %, f(T) = 95 %, rescaled)', () => {
    expect(adoptionProgress(0, 10)).toBe(0);
    expect(adoptionProgress(-3, 10)).toBe(0);
    expect(adoptionProgress(5, 10)).toBeCloseTo(9 / 19, 12);
    expect(adoptionProgress(10, 10)).toBeCloseTo(18 / 19, 12);
    expect(adoptionProgress(1, 2)).toBeCloseTo(9 / 19, 12);
    expect(adoptionProgress(200, 10)).toBeCloseTo(1, 12);
  });

  it('rises with the years live and never leaves [0, 1]', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 60, noNaN: true }),
        fc.double({ min: 0, max: 60, noNaN: true }),
        fc.double({ min: 1, max: 40, noNaN: true }),
        (a, b, t) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          const gLo = adoptionProgress(lo, t);
          const gHi = adoptionProgress(hi, t);
          return gLo <= gHi && gLo >= 0 && gHi <= 1;
        },
      ),
    );
  });

  it('weights each cohort by its years live: half live in year 0, half in year 1, T = 2 → A = [0, 9/38, 27/38]', () => {
    // A_1 = 0.5·g(1) = 0.5·9/19; A_2 = 0.5·g(2) + 0.5·g(1) = 0.5·18/19 + 0.5·9/19 = 27/38.
    const a = adoptedShare([0.5, 1, 1], 2);
    expect(a[0]).toBe(0);
    expect(a[1]).toBeCloseTo(9 / 38, 12);
    expect(a[2]).toBeCloseTo(27 / 38, 12);
    expect(liveShareAtStart([0.5, 1, 1])).toEqual([0, 0.5, 1]);
  });

  it('starts adoption no earlier than the first year with online services: k = 3 → A = [0, 0, 0, 9/19, 18/19]', () => {
    // Both cohorts (live in years 0 and 1) adopt as if live at the end of year k − 1 = 2:
    // A_3 = (0.5 + 0.5)·g(1) = 9/19, A_4 = g(2) = 18/19 with T = 2.
    const a = adoptedShare([0.5, 1, 1, 1, 1], 2, 3);
    expect(a.slice(0, 3)).toEqual([0, 0, 0]);
    expect(a[3]).toBeCloseTo(9 / 19, 12);
    expect(a[4]).toBeCloseTo(18 / 19, 12);
    // A cohort live after the services start is unaffected: k = 1 is the same as no limit.
    expect(adoptedShare([0.5, 1, 1], 2, 1)).toEqual(adoptedShare([0.5, 1, 1], 2));
  });
});
