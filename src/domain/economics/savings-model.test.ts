import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { readEconomicParameters } from './economic-inputs';
import { anyEconomicParameters, anyShareCurve, handParameters } from './economics-fixture.test-helper';
import {
  digitalDetection,
  savingPerVisit,
  savingsAtMaturity,
  savingsFor,
  yearlySavings,
} from './savings-model';

const p = readEconomicParameters(handParameters());
const TITLES = 1_000_000;
const yearsOf = (curve: readonly number[]) => curve.map((_, j) => 2000 + j);

describe('savings by hand (parameters in economics-fixture.test-helper.ts)', () => {
  it('a visit saves 60 min × 100/h + 20 = 120; detection with alerts 0.5 + 0.25 × (0.9 − 0.5) = 0.6', () => {
    expect(savingPerVisit(p)).toBe(120);
    expect(digitalDetection(p)).toBeCloseTo(0.6, 15);
  });

  it('at maturity: 20,900 requests, 10,450 visits → time 1,045,000 + travel 209,000 + staff 104,500 + fraud 40,000 = 1,398,500', () => {
    // Requests: 19,000 × 1 × 1 + 3,800 × 0.5 = 20,900; visits 20,900 / 2 = 10,450.
    // Staff: 20,900 × 6/60 h × 50 = 104,500. Fraud: 1 M titles × 10 / 1 M × (0.6 − 0.2) × 10,000 = 40,000.
    const s = savingsAtMaturity(p, TITLES);
    expect(s.counterRequestsReplaced).toBe(20_900);
    expect(s.visitsAvoided).toBe(10_450);
    expect(s.citizenTime).toBeCloseTo(1_045_000, 6);
    expect(s.travel).toBe(209_000);
    expect(s.staffTime).toBeCloseTo(104_500, 6);
    expect(s.fraudsPrevented).toBeCloseTo(4, 12);
    expect(s.fraud).toBeCloseTo(40_000, 6);
    expect(s.total).toBeCloseTo(1_398_500, 6);
  });

  it('fees are a transfer: 19,000 certificates × (12 − 10) = 38,000 to users, outside the total', () => {
    const s = savingsAtMaturity(p, TITLES);
    expect(s.feeTransferToUsers).toBe(38_000);
    const dearer = savingsAtMaturity({ ...p, onlineFee: 20 }, TITLES);
    expect(dearer.feeTransferToUsers).toBe(-152_000);
    expect(dearer.total).toBe(s.total);
  });

  it('nothing is saved before anything is live; fraud follows the live share, online use the S-curve', () => {
    expect(savingsFor(p, TITLES, 0, 0).total).toBe(0);
    const [first, second] = yearlySavings({ years: [2030, 2031], digitizedShare: [1, 1] }, p, TITLES);
    expect(first?.total).toBe(0);
    // Year 2: A = g(1) = 9/19 with T = 2, so 9,000 + 900 requests; the whole registry is live for fraud.
    expect(second?.counterRequestsReplaced).toBeCloseTo(9_900, 9);
    expect(second?.fraud).toBeCloseTo(40_000, 6);
  });

  it('online use waits for online services: live from 2002, services from 2004 → no online saving in 2003', () => {
    const q = { ...p, onlineServicesFromYear: 2004 };
    const years = [2002, 2003, 2004, 2005];
    const [, y2003, y2004, y2005] = yearlySavings({ years, digitizedShare: [1, 1, 1, 1] }, q, TITLES);
    // 2003: live (fraud 40,000) but no online use yet. 2004: the registry adopts as if live at the end of
    // 2003, A = g(1) = 9/19 → 9,900 requests; 2005: g(2) = 18/19 → 19,800.
    expect(y2003?.counterRequestsReplaced).toBe(0);
    expect(y2003?.fraud).toBeCloseTo(40_000, 6);
    expect(y2004?.counterRequestsReplaced).toBeCloseTo(9_900, 9);
    expect(y2005?.counterRequestsReplaced).toBeCloseTo(19_800, 9);
    // Services before the registry is live change nothing.
    const early = yearlySavings(
      { years, digitizedShare: [1, 1, 1, 1] },
      { ...p, onlineServicesFromYear: 1990 },
      TITLES,
    );
    expect(early[1]?.counterRequestsReplaced).toBeCloseTo(9_900, 9);
  });

  it('paper detection above digital gives no fraud saving rather than a negative one', () => {
    const worse = { ...p, detectionPaper: 0.95 };
    expect(savingsAtMaturity(worse, TITLES).fraud).toBe(0);
  });
});

describe('savings properties', () => {
  it('savings are never negative, for any parameters within the limits and any digitization curve', () => {
    fc.assert(
      fc.property(anyEconomicParameters(), anyShareCurve(), (values, curve) => {
        const q = readEconomicParameters(values);
        return yearlySavings({ years: yearsOf(curve), digitizedShare: curve }, q, TITLES).every(
          (s) => s.citizenTime >= 0 && s.travel >= 0 && s.staffTime >= 0 && s.fraud >= 0 && s.total >= 0,
        );
      }),
    );
  });

  it('more fraud detection (digital, with alerts, or more owners enrolled) never lowers savings', () => {
    const key = fc.constantFrom('detectionDigital', 'detectionDigitalAlerts', 'alertAdoption');
    fc.assert(
      fc.property(
        anyEconomicParameters(),
        anyShareCurve(),
        key,
        fc.double({ min: 0, max: 1, noNaN: true }),
        (values, curve, k, more) => {
          const before = readEconomicParameters(values);
          const after = { ...before, [k]: Math.min(1, before[k] + more) };
          const years = yearsOf(curve);
          const a = yearlySavings({ years, digitizedShare: curve }, before, TITLES);
          const b = yearlySavings({ years, digitizedShare: curve }, after, TITLES);
          // A relative 1e-12 absorbs floating-point rounding of the detection formula.
          return a.every((s, j) => b[j]!.total >= s.total - 1e-12 * s.total);
        },
      ),
    );
  });
});
