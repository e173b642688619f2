import { describe, expect, it } from 'vitest';

import { parameterSpec } from '../parameters/parameter-catalogue';
import type { NumericParameterSpec } from '../parameters/parameter-spec';
import { handCase } from './economics-fixture.test-helper';
import { evaluateEconomics } from './evaluate';

/**
 * One office with 1,000,000 titles and 4,000,000 pages goes live at the end of 2030; the engine's programme
 * costs 100,000 at 1995 prices in 2030. Parameters: economics-fixture.test-helper.ts (T = 2, r = 10 %);
 * prices: Korean price years, CPI 50 in 1995 and 105 in 2024, base year 2024.
 *
 * Re-basing to 2024 prices: costs × 105 / 50 = × 2.1 (programme 100,000 → 210,000; central centre
 * 100,000 → 210,000; cost-per-page cross-check 1,560 → 3,276, its range 1,250–1,900 → 2,625–3,990);
 * benefit values are at 2024 prices already (× 1).
 * Savings 2030: nothing is live at its start → 0.
 * Savings 2031: the office has been live 1 year, g(1) = 9/19 with T = 2, so
 *   requests = 19,000 × 9/19 + 3,800 × 0.5 × 9/19 = 9,000 + 900 = 9,900; visits = 4,950;
 *   time 4,950 × 1 h × 100 = 495,000; travel 4,950 × 20 = 99,000; staff 9,900 × 0.1 h × 50 = 49,500;
 *   fraud 1 M × 10 / 1 M × (0.6 − 0.2) × 10,000 = 40,000; total 683,500.
 * Costs: 2030 = 210,000 programme + 210,000 central centre = 420,000; 2031 = 10 % × 210,000 = 21,000.
 * Net: −420,000, +662,500; cumulative −420,000, +242,500 → payback 2031.
 * PV benefits = 683,500 / 1.1² = 564,876.033; PV costs = 420,000 / 1.1 + 21,000 / 1.1² = 381,818.182 +
 * 17,355.372 = 399,173.554; NPV = 165,702.479; BCR = 1.415114. Discounted: −381,818.182, then
 * + 662,500 / 1.21 = + 547,520.661 → discounted payback 2031 too.
 * Cost per page (210,000 + 210,000) / 4 M = 0.105; per record 0.42.
 */
const { state, context } = handCase();

describe('one office, two years, worked by hand', () => {
  const r = evaluateEconomics(state, context);

  it('saves 0 in 2030 and 495,000 + 99,000 + 49,500 + 40,000 = 683,500 in 2031', () => {
    expect(r.savings.total[0]).toBe(0);
    expect(r.savings.citizenTime[1]).toBeCloseTo(495_000, 6);
    expect(r.savings.travel[1]).toBeCloseTo(99_000, 6);
    expect(r.savings.staffTime[1]).toBeCloseTo(49_500, 6);
    expect(r.savings.fraud[1]).toBeCloseTo(40_000, 6);
    expect(r.savings.total[1]).toBeCloseTo(683_500, 6);
    expect(r.savings.feeTransferToUsers[1]).toBeCloseTo(18_000, 6);
  });

  it('re-bases the 1995-price costs × 2.1: 210,000 + 210,000 in 2030, 21,000 of operations in 2031', () => {
    expect(r.prices.programme).toEqual({ fromYear: 1995, toYear: 2024, factor: 2.1, extended: false });
    expect(r.costs.programme[0]).toBeCloseTo(210_000, 6);
    expect(r.costs.programme[1]).toBe(0);
    expect(r.costs.centreCapital[0]).toBeCloseTo(210_000, 6);
    expect(r.costs.centreCapital[1]).toBe(0);
    expect(r.costs.operations[0]).toBe(0);
    expect(r.costs.operations[1]).toBeCloseTo(21_000, 6);
    expect(r.costs.total[0]).toBeCloseTo(420_000, 6);
    expect(r.costs.total[1]).toBeCloseTo(21_000, 6);
  });

  it('nets −420,000 then +662,500: cumulative +242,500, payback in 2031 (discounted too)', () => {
    expect(r.netBenefit[0]).toBeCloseTo(-420_000, 6);
    expect(r.netBenefit[1]).toBeCloseTo(662_500, 6);
    expect(r.cumulativeNetBenefit[1]).toBeCloseTo(242_500, 6);
    expect(r.paybackYear).toBe(2031);
    expect(r.discountedPaybackYear).toBe(2031);
  });

  it('NPV at 10 % = 564,876.033 − 399,173.554 = 165,702.479; BCR 1.415114', () => {
    expect(r.pvBenefits).toBeCloseTo(564_876.033, 3);
    expect(r.pvCosts).toBeCloseTo(399_173.554, 3);
    expect(r.npv).toBeCloseTo(165_702.479, 3);
    expect(r.benefitCostRatio).toBeCloseTo(1.415114, 6);
  });

  it('costs 0.105 per page and 0.42 per record; 1,398,500 a year at maturity', () => {
    expect(r.costPerPage).toBeCloseTo(0.105, 12);
    expect(r.costPerRecord).toBeCloseTo(0.42, 12);
    expect(r.maturity.total).toBeCloseTo(1_398_500, 6);
  });

  it('puts the cost-per-page cross-check at 2024 prices: 1,560 → 3,276, range 2,625–3,990', () => {
    const check = r.costPerPageCheck;
    expect(check.model).toBe(r.costPerPage);
    expect(check.reference).toBeCloseTo(3_276, 9);
    expect(check.referenceRange?.[0]).toBeCloseTo(2_625, 9);
    expect(check.referenceRange?.[1]).toBeCloseTo(3_990, 9);
    expect(check.rebasing.fromYear).toBe(1995);
    const spec = parameterSpec('costPerPage') as NumericParameterSpec;
    expect(check.status).toBe(spec.status);
    expect(check.sources).toEqual(spec.sources);
  });

  it('leaves the 2024-price benefit values as they are (factor 1)', () => {
    for (const key of ['valueOfTimePerHour', 'travelCostPerVisit', 'lossPerFraud'] as const) {
      expect(r.prices.parameters[key]).toEqual({ fromYear: 2024, toYear: 2024, factor: 1, extended: false });
    }
  });

  it('has no payback when 2031 saves less than 2030 cost (programme 1,000,000 at 1995 prices)', () => {
    // 2030: 2,100,000 + 210,000; 2031: 683,500 − 21,000 → cumulative −2,310,000 + 662,500 = −1,647,500.
    const dear = evaluateEconomics({ ...state, programmeCost: [1_000_000, 0] }, context);
    expect(dear.cumulativeNetBenefit[1]).toBeCloseTo(-1_647_500, 6);
    expect(dear.paybackYear).toBeNull();
    expect(dear.npv).toBeLessThan(0);
  });

  it('rejects an inconsistent yearly state', () => {
    expect(() => evaluateEconomics({ ...state, digitizedShare: [1, 0.5] }, context)).toThrow(/falls/);
    expect(() => evaluateEconomics({ ...state, years: [2030, 2032] }, context)).toThrow(/does not follow/);
    expect(() => evaluateEconomics({ ...state, programmeCost: [1] }, context)).toThrow(/same length/);
  });
});
