import { describe, expect, it } from 'vitest';

import { prepareEngineInput } from './engine-input';
import { M_COST, METRIC_COUNT } from './engine-types';
import { simulateAll } from './run';
import { syntheticScenario } from './testing/synthetic-scenario';

const offices = [
  { records: 30_000, pages: 100_000, startOffset: 0 },
  { records: 30_000, pages: 100_000, startOffset: 0 },
  { records: 50_000, pages: 180_000, startOffset: 14 },
];

describe('budget plan', () => {
  it('does not throttle without a cap', () => {
    const input = prepareEngineInput(syntheticScenario(offices, { yearlyBudgetCap: 0 }));
    expect(input.throttle.every((share) => share === 1)).toBe(true);
  });

  it('throttles staff to what the yearly cap pays for, and the work takes longer', () => {
    const free = prepareEngineInput(syntheticScenario(offices, { yearlyBudgetCap: 0 }));
    const capped = prepareEngineInput(syntheticScenario(offices, { yearlyBudgetCap: 150_000_000 }));
    expect(Math.min(...capped.throttle)).toBeLessThan(1);
    expect(capped.throttle.every((share) => share >= 0 && share <= 1)).toBe(true);
    const options = { seed: 1, mode: 'record', stochastic: false } as const;
    const a = simulateAll(free, options);
    const b = simulateAll(capped, options);
    expect(b.completionMonth).toBeGreaterThan(a.completionMonth);
    // Planned spend per calendar year stays within the cap once equipment is bought (year 1 buys it).
    for (let year = 1; year * 12 < b.months; year++) {
      let spent = 0;
      for (let m = year * 12; m < year * 12 + 12; m++) spent += b.national[m * METRIC_COUNT + M_COST]!;
      const equipmentThisYear = year === 1 ? capped.officeCapitalCost[2]! : 0;
      expect(spent - equipmentThisYear).toBeLessThanOrEqual(150_000_000 * 1.0001);
    }
  });
});
