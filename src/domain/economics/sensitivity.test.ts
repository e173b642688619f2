import { describe, expect, it } from 'vitest';

import { parameterSpec } from '../parameters/parameter-catalogue';
import type { NumericParameterSpec } from '../parameters/parameter-spec';
import { handCase } from './economics-fixture.test-helper';
import { evaluateEconomics } from './evaluate';
import { savingsBands } from './savings-bands';
import { catalogueRange, scaledRange, tornado } from './tornado';

const spec = (key: string) => parameterSpec(key) as NumericParameterSpec;

describe('tornado', () => {
  it('moves each parameter to both ends of its range and sorts by swing: y = 2·a + b', () => {
    const a = { ...spec('discountRate'), key: 'a', range: [0, 10] as const };
    const b = { ...spec('discountRate'), key: 'b', range: [0, 30] as const };
    const evaluate = (p: Readonly<Record<string, unknown>>) => 2 * (p.a as number) + (p.b as number);
    const t = tornado({ a: 5, b: 1 }, evaluate, [a, b]);
    expect(t.base).toBe(11);
    // a: 2·0 + 1 = 1 … 2·10 + 1 = 21 (swing 20); b: 10 + 0 = 10 … 10 + 30 = 40 (swing 30).
    expect(t.bars.map((bar) => [bar.key, bar.atLow, bar.atHigh, bar.swing])).toEqual([
      ['b', 10, 40, 30],
      ['a', 1, 21, 20],
    ]);
  });

  it('gives the NPV at both ends of the catalogue range; the discount rate swings NPV down', () => {
    const { state, context } = handCase();
    const npv = (p: Readonly<Record<string, unknown>>) =>
      evaluateEconomics(state, { ...context, parameters: p }).npv;
    const t = tornado(context.parameters, npv, [spec('discountRate'), spec('lossPerFraud')]);
    expect(t.base).toBeCloseTo(165_702.479, 3); // evaluate.test.ts, worked by hand
    const rate = t.bars.find((bar) => bar.key === 'discountRate')!;
    expect([rate.low, rate.high]).toEqual([0.02, 0.12]);
    expect(rate.atLow).toBeGreaterThan(rate.atHigh);
    // lossPerFraud 100 M … 500 M: 4 frauds prevented in 2031 × loss / 1.21 − the same at 10,000.
    const loss = t.bars.find((bar) => bar.key === 'lossPerFraud')!;
    expect([loss.low, loss.high]).toEqual([100e6, 500e6]);
    expect(loss.atHigh - t.base).toBeCloseTo((4 * (500e6 - 10_000)) / 1.21, -1);
    expect(t.bars[0]?.key).toBe('lossPerFraud');
  });

  it('scales money ranges, and ranges a value lies outside of, to the scenario', () => {
    // Value of time 15,000 KRW (range 8,000–30,000) → 18,000 UZS: 9,600–36,000.
    expect(scaledRange(spec('valueOfTimePerHour'), 18_000)).toEqual([9_600, 36_000]);
    // 10 M certificates lies outside 50–150 M: 10 M × 50/139 … 10 M × 150/139.
    const [low, high] = scaledRange(spec('certificatesPerYear'), 10_000_000);
    expect(low).toBeCloseTo(3_597_122.3, 0);
    expect(high).toBeCloseTo(10_791_366.9, 0);
    expect(scaledRange(spec('matureOnlineFilingShare'), 0.3)).toEqual(
      catalogueRange(spec('matureOnlineFilingShare'), 0.3),
    );
  });

  it('refuses a parameter without a numeric base value', () => {
    expect(() => tornado({}, () => 0, [spec('discountRate')])).toThrow(/discountRate/);
  });
});

describe('Monte Carlo bands of yearly savings', () => {
  const { context } = handCase();
  const years = [2030, 2031, 2032];

  it('maps the P10/P50/P90 curves to savings bands; the earliest go-live gives the highest savings (1,327,000 in 2032)', () => {
    const late = [0, 0, 1];
    const mid = [0, 1, 1];
    const early = [1, 1, 1];
    const bands = savingsBands(years, [mid, late, early], context);
    expect(bands.p10).toEqual([0, 0, 0]);
    // 2032, live since the end of 2030: g(2) = 18/19 → 18,000 + 1,800 = 19,800 requests, 9,900 visits:
    // time 990,000 + travel 198,000 + staff 99,000 + fraud 40,000 = 1,327,000.
    expect(bands.p90[2]).toBeCloseTo(1_327_000, 6);
    expect(bands.p50[2]).toBeCloseTo(683_500, 6);
    for (let j = 0; j < years.length; j++) {
      expect(bands.p10[j]!).toBeLessThanOrEqual(bands.p50[j]!);
      expect(bands.p50[j]!).toBeLessThanOrEqual(bands.p90[j]!);
    }
  });

  it('refuses no curves or a curve of the wrong length', () => {
    expect(() => savingsBands(years, [], context)).toThrow(/no digitization curve/);
    expect(() => savingsBands(years, [[0, 1]], context)).toThrow(/expected 3/);
  });
});
