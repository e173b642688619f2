import { describe, expect, it } from 'vitest';

import { buildPresetScenario } from '../presets/presets';
import { economicsOfRun } from './economics-of-run';

describe('economicsOfRun', () => {
  it('appraises a run where every office goes live in year 3 and costs 1 bn KRW a month until then', () => {
    const scenario = buildPresetScenario('korea');
    const months = 120;
    const goLive = scenario.offices.map(() => 30);
    const monthlyCost = Array.from({ length: months }, (_, m) => (m <= 30 ? 1e9 : 0));
    const result = economicsOfRun(scenario, goLive, monthlyCost);
    expect(result.years[0]).toBe(1993);
    expect(result.years).toHaveLength(10);
    // 1993, 1994: nothing live; 1995 (go-live in month 30 = July 1995): all live from then on.
    expect(result.digitizedShare.slice(0, 3)).toEqual([0, 0, 1]);
    // The engine's 1995-price costs re-based to 2024 prices with Korea's CPI (fixtures/reference/cpi.json):
    // × 114.18 / 51.99 (2024 / 1995, 2020 = 100).
    const factor = 114.18 / 51.99;
    expect(result.prices.programme.factor).toBeCloseTo(factor, 12);
    expect(result.costs.programme[0]).toBeCloseTo(12e9 * factor, 0);
    expect(result.costs.programme[1]).toBeCloseTo(12e9 * factor, 0);
    expect(result.costs.programme[2]).toBeCloseTo(7e9 * factor, 0);
    expect(result.savings.total[1]).toBe(0);
    expect(result.savings.total[9]!).toBeGreaterThan(0);
    expect(result.maturity.total).toBeCloseTo(300e9, -9);
  });

  it('reports no payback when nothing ever goes live', () => {
    const scenario = buildPresetScenario('korea');
    const result = economicsOfRun(
      scenario,
      scenario.offices.map(() => -1),
      Array.from({ length: 60 }, () => 1e9),
    );
    expect(result.savings.total.every((s) => s === 0)).toBe(true);
    expect(result.paybackYear).toBeNull();
    expect(result.npv).toBeLessThan(0);
  });
});
