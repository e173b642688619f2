import { describe, expect, it } from 'vitest';

import { handCase } from './economics-fixture.test-helper';
import { evaluateEconomics } from './evaluate';

/**
 * One office with 1,000,000 titles and 4,000,000 pages goes live at the end of 2030; the programme costs
 * 400,000 in 2030. Parameters: economics-fixture.test-helper.ts (T = 2, r = 10 %).
 *
 * Savings 2030: nothing is live at its start → 0.
 * Savings 2031: the office has been live 1 year, g(1) = 9/19 with T = 2, so
 *   requests = 19,000 × 9/19 + 3,800 × 0.5 × 9/19 = 9,000 + 900 = 9,900; visits = 4,950;
 *   time 4,950 × 1 h × 100 = 495,000; travel 4,950 × 20 = 99,000; staff 9,900 × 0.1 h × 50 = 49,500;
 *   fraud 1 M × 10 / 1 M × (0.6 − 0.2) × 10,000 = 40,000; total 683,500.
 * Costs: 2030 = 400,000 programme + 200,000 central centre = 600,000; 2031 = 10 % × 200,000 = 20,000.
 * Net: −600,000, +663,500; cumulative −600,000, +63,500 → payback 2031.
 * PV benefits = 683,500 / 1.1² = 564,876.033; PV costs = 600,000 / 1.1 + 20,000 / 1.1² = 561,983.471;
 * NPV = 2,892.562; BCR = 1.005147. Cost per page (400,000 + 200,000) / 4 M = 0.15; per record 0.6.
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

  it('costs 400,000 + 200,000 = 600,000 in 2030 and 20,000 of operations in 2031', () => {
    expect(r.costs.programme).toEqual([400_000, 0]);
    expect(r.costs.centreCapital).toEqual([200_000, 0]);
    expect(r.costs.operations).toEqual([0, 20_000]);
    expect(r.costs.total).toEqual([600_000, 20_000]);
  });

  it('nets −600,000 then +663,500: cumulative +63,500, payback in 2031 (discounted too)', () => {
    expect(r.netBenefit[0]).toBe(-600_000);
    expect(r.netBenefit[1]).toBeCloseTo(663_500, 6);
    expect(r.cumulativeNetBenefit[1]).toBeCloseTo(63_500, 6);
    expect(r.paybackYear).toBe(2031);
    expect(r.discountedPaybackYear).toBe(2031);
  });

  it('NPV at 10 % = 564,876.033 − 561,983.471 = 2,892.562; BCR 1.005147', () => {
    expect(r.pvBenefits).toBeCloseTo(564_876.033, 3);
    expect(r.pvCosts).toBeCloseTo(561_983.471, 3);
    expect(r.npv).toBeCloseTo(2_892.562, 3);
    expect(r.benefitCostRatio).toBeCloseTo(1.005147, 6);
  });

  it('costs 0.15 per page and 0.6 per record; 1,398,500 a year at maturity', () => {
    expect(r.costPerPage).toBeCloseTo(0.15, 12);
    expect(r.costPerRecord).toBeCloseTo(0.6, 12);
    expect(r.maturity.total).toBeCloseTo(1_398_500, 6);
  });

  it('has no payback when 2031 saves less than 2030 cost (programme 1,000,000)', () => {
    const dear = evaluateEconomics({ ...state, programmeCost: [1_000_000, 0] }, context);
    expect(dear.cumulativeNetBenefit[1]).toBeCloseTo(-536_500, 6);
    expect(dear.paybackYear).toBeNull();
    expect(dear.npv).toBeLessThan(0);
  });

  it('rejects an inconsistent yearly state', () => {
    expect(() => evaluateEconomics({ ...state, digitizedShare: [1, 0.5] }, context)).toThrow(/falls/);
    expect(() => evaluateEconomics({ ...state, years: [2030, 2032] }, context)).toThrow(/does not follow/);
    expect(() => evaluateEconomics({ ...state, programmeCost: [1] }, context)).toThrow(/same length/);
  });
});
