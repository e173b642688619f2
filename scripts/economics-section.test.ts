import { spawnSync } from 'node:child_process';

import { describe, expect, it } from 'vitest';

import { buildPresetScenario } from '../src/domain/presets/presets';
import { prepareEngineInput } from '../workers/engine/engine-input';
import { simulateAll } from '../workers/engine/run';
import { METRIC, METRIC_COUNT } from '../workers/engine/engine-types';
import { economicsSection } from './economics-section';

describe('economics section of the result file', () => {
  const scenario = buildPresetScenario('korea');
  const result = simulateAll(prepareEngineInput(scenario), { seed: 7, mode: 'lot', stochastic: true });
  const section = economicsSection(scenario, result);

  it('reproduces the 300 bn KRW/year baseline at maturity and shows how it was calibrated', () => {
    expect(Math.abs(section.annualSavingAtMaturity - 300e9) / 300e9).toBeLessThan(0.005);
    expect(section.calibration?.parameter).toBe('minutesSavedPerVisit');
    expect(section.calibration?.withinRange).toBe(true);
    expect(section.calibration?.baselineStatus).toBe('U');
    const b = section.maturityBreakdown;
    expect(b.citizenTime! + b.travel! + b.staffTime! + b.fraud!).toBeCloseTo(b.total!, 0);
  });

  it('has yearly arrays of one length and a finite NPV with a payback year', () => {
    const n = section.years.length;
    for (const series of [
      section.savingsTotal,
      section.costsTotal,
      section.cumulativeNetBenefit,
      section.digitizedShare,
    ])
      expect(series).toHaveLength(n);
    expect(Number.isFinite(section.npv)).toBe(true);
    expect(section.paybackYear).toBeGreaterThan(1993);
    expect(section.costPerPage).toBeGreaterThan(0);
  });

  it('re-bases the 1995-price costs to 2024 prices with Korea’s CPI and sets the cost per page beside 1,250–1,900', () => {
    // Korea's CPI (2020 = 100): 51.99 in 1995, 114.18 in 2024 (fixtures/reference/cpi.json).
    const factor = 114.18 / 51.99;
    expect(section.priceBaseYear).toBe(2024);
    expect(section.prices.programmePriceYear).toBe(1995);
    expect(section.prices.programmeFactor).toBeCloseTo(factor, 12);
    expect(section.prices.extended).toBe(false);
    expect(section.prices.parameterPriceYears.staffCostPerFteMonth).toBe(1995);
    expect(section.prices.parameterPriceYears.valueOfTimePerHour).toBe(2024);
    expect(section.prices.sentence).toContain('at constant 2024 prices');
    expect(section.prices.sentence).toContain('amounts entered at 1995 prices');
    expect(section.prices.sentence).not.toMatch(/[a-z][A-Z]/); // no field keys such as staffCostPerFteMonth
    // Conversion cost per page, from the engine's own total (1995 prices) and the 1 + 11 centres at
    // 15 bn + 11 × 3 bn = 48 bn (1995 prices), re-based, over 160 M pages.
    const engineTotal = Array.from(
      { length: result.months },
      (_, m) => result.national[m * METRIC_COUNT + METRIC.cost]!,
    ).reduce((a, b) => a + b, 0);
    const perPage = ((engineTotal + 48e9) * factor) / 160e6;
    expect(section.costPerPageCheck.model).toBeCloseTo(perPage, 6);
    expect(section.costPerPage).toBe(section.costPerPageCheck.model);
    expect(section.costPerPageCheck.referencePriceYear).toBe(1995);
    expect(section.costPerPageCheck.referenceRange?.[0]).toBeCloseTo(1_250 * factor, 6);
    expect(section.costPerPageCheck.referenceRange?.[1]).toBeCloseTo(1_900 * factor, 6);
    expect(section.costPerPageCheck.text.sourced).toBe(
      '1,250–1,900 KRW per page at 1995 prices = 2,745–4,173 at 2024 prices',
    );
  });

  it('is printed by `npm run simulate -- --preset korea`', () => {
    const run = spawnSync(
      'node',
      ['scripts/run-bundled.mjs', 'simulate', '--preset', 'korea', '--mode', 'lot'],
      {
        encoding: 'utf8',
      },
    );
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/Saving\/year\s+\d{3},\d{3},\d{3},\d{3} KRW at maturity/);
    expect(run.stdout).toMatch(/NPV\s+-?[\d,]+ KRW/);
  });
});
