import { spawnSync } from 'node:child_process';

import { describe, expect, it } from 'vitest';

import { buildPresetScenario } from '../src/domain/presets/presets';
import { prepareEngineInput } from '../workers/engine/engine-input';
import { simulateAll } from '../workers/engine/run';
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
