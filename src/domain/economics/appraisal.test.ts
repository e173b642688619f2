import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { benefitCostRatio, cumulative, discountFactors, paybackYear, presentValue } from './appraisal';

describe('discounting (end-of-year flows, to the start of the first year)', () => {
  it('discounts year j by (1 + r)^(j + 1): 5 % → 1/1.05, 1/1.1025, 1/1.157625', () => {
    const f = discountFactors(3, 0.05);
    expect(f[0]).toBeCloseTo(1 / 1.05, 15);
    expect(f[1]).toBeCloseTo(1 / 1.1025, 15);
    expect(f[2]).toBeCloseTo(1 / 1.157625, 15);
  });

  it('100 a year for three years at 10 % is worth 90.909 + 82.645 + 75.131 = 248.685', () => {
    expect(presentValue([100, 100, 100], 0.1)).toBeCloseTo(248.6852, 4);
    expect(presentValue([0, 121], 0.1)).toBeCloseTo(100, 12);
    expect(presentValue([100, 100], 0)).toBe(200);
  });

  it('cumulates, finds the payback year and the benefit-cost ratio', () => {
    expect(cumulative([-5, 2, 4])).toEqual([-5, -3, 1]);
    expect(paybackYear([2030, 2031, 2032], [0, 2, 4], [5, 0, 0])).toBe(2032);
    expect(paybackYear([2030, 2031], [0, 2], [5, 0])).toBeNull();
    // Nothing spent and nothing saved is not a payback.
    expect(paybackYear([2030, 2031], [0, 0], [0, 0])).toBeNull();
    expect(benefitCostRatio(150, 100)).toBe(1.5);
    expect(benefitCostRatio(150, 0)).toBeNull();
  });
});

/** Costs in the first k years, benefits after them. */
const costsThenBenefits = fc
  .tuple(
    fc.array(fc.double({ min: 1, max: 1e9, noNaN: true }), { minLength: 1, maxLength: 8 }),
    fc.array(fc.double({ min: 0, max: 1e9, noNaN: true }), { minLength: 1, maxLength: 25 }),
  )
  .map(([costs, benefits]) => ({ k: costs.length, net: [...costs.map((c) => -c), ...benefits] }));
const twoRates = fc
  .tuple(fc.double({ min: 0, max: 0.5, noNaN: true }), fc.double({ min: 0, max: 0.5, noNaN: true }))
  .filter(([a, b]) => Math.abs(a - b) > 1e-6)
  .map(([a, b]): [number, number] => (a < b ? [a, b] : [b, a]));

describe('NPV against the discount rate, costs all before benefits (property)', () => {
  // With end-of-year discounting every flow tends to 0 as r grows, so an NPV that is negative can rise
  // towards 0 (−100 in year 1, +1 in year 2: −100/(1+r) + 1/(1+r)² rises with r). The exact statements:
  it('NPV falls as the rate rises whenever the project is worth doing at the lower rate (NPV ≥ 0)', () => {
    fc.assert(
      fc.property(costsThenBenefits, twoRates, ({ net }, [r1, r2]) => {
        const at1 = presentValue(net, r1);
        fc.pre(at1 >= 0);
        return presentValue(net, r2) < at1 + 1e-9 * Math.abs(at1);
      }),
    );
  });

  it('the value at the end of the cost years, NPV × (1 + r)^k, always falls as the rate rises', () => {
    fc.assert(
      fc.property(costsThenBenefits, twoRates, ({ k, net }, [r1, r2]) => {
        const v1 = presentValue(net, r1) * Math.pow(1 + r1, k);
        const v2 = presentValue(net, r2) * Math.pow(1 + r2, k);
        return v2 <= v1 + 1e-9 * Math.max(1, Math.abs(v1));
      }),
    );
  });

  it('a project under water at one rate stays under water at any higher rate (a single IRR)', () => {
    fc.assert(
      fc.property(costsThenBenefits, twoRates, ({ net }, [r1, r2]) => {
        fc.pre(presentValue(net, r1) < -1e-6);
        return presentValue(net, r2) < 1e-6;
      }),
    );
  });
});
