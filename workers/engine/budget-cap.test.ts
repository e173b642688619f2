// The yearly budget cap is a hard limit (issue 11): whatever the seed and the fidelity mode, no calendar
// year spends more than the cap (equipment + staff; the programme's first year prorated when it starts
// mid-year). The full Korean preset runs through the bundled engine (README Pitfalls).
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';

import type { Scenario } from '../../src/domain/scenario/scenario-schema';
import { MIN_TEAM_SHARE } from './budget-plan';
import type { EngineInput } from './engine-input';
import { prepareEngineInput } from './engine-input';
import type { FidelityMode } from './engine-types';
import { METRIC, METRIC_COUNT, NEVER } from './engine-types';
import { simulateAll } from './run';
import { loadBundledEngine } from './testing/bundled-engine';
import { startingIn, validated } from './testing/starting-in';

/** Rounding only: the plan's shares and the offices' pay are sums of a few hundred products. */
const TOLERANCE = 1e-9;

interface YearSpend {
  readonly year: number;
  readonly spent: number;
  /** The cap that year: prorated by the months the programme runs in its first calendar year. */
  readonly cap: number;
}

/** Spend per calendar year, from a national metrics block ([month * METRIC_COUNT + metric]). */
function spendPerYear(input: EngineInput, national: Float64Array, yearlyCap: number): YearSpend[] {
  const years = new Map<number, number>();
  for (let m = 0; m < input.months; m++) {
    const year = Math.floor((input.firstMonth + m) / 12);
    years.set(year, (years.get(year) ?? 0) + national[m * METRIC_COUNT + METRIC.cost]!);
  }
  const firstYear = Math.floor(input.firstMonth / 12);
  return [...years].map(([year, spent]) => ({
    year,
    spent,
    cap: year === firstYear ? (yearlyCap * (12 - (input.firstMonth % 12))) / 12 : yearlyCap,
  }));
}

function expectWithinCap(years: readonly YearSpend[], label: string): void {
  for (const { year, spent, cap } of years)
    expect(spent, `${label}: ${year} spends ${spent} against ${cap}`).toBeLessThanOrEqual(
      cap * (1 + TOLERANCE),
    );
}

type Engine = Awaited<ReturnType<typeof loadBundledEngine>>;
let engine: Engine;

beforeAll(async () => {
  engine = await loadBundledEngine();
}, 60_000);

const SEEDS = Array.from({ length: 20 }, (_, i) => i + 1);

/**
 * 20 seeds: no calendar year over the cap, the cap binding in the busiest year, and every office live within
 * its budgeted months (so none ever waits on the money the year left over: no office stalls).
 */
function checkSeeds(scenario: Scenario, mode: FidelityMode): void {
  const cap = scenario.parameters.yearlyBudgetCap as number;
  expect(cap).toBeGreaterThan(0);
  const input = engine.prepareEngineInput(scenario);
  let busiest = 0;
  for (const seed of SEEDS) {
    const result = engine.simulateAll(input, { seed, mode, stochastic: true });
    const years = spendPerYear(input, result.national, cap);
    expectWithinCap(years, `seed ${seed}`);
    busiest = Math.max(busiest, ...years.map((y) => y.spent / y.cap));
    for (let o = 0; o < input.officeCount; o++) {
      expect(result.goLiveMonth[o], `seed ${seed}, office ${o}`).not.toBe(NEVER);
      expect(result.goLiveMonth[o], `seed ${seed}, office ${o}`).toBeLessThanOrEqual(
        input.officeBudgetEnd[o]!,
      );
    }
  }
  expect(busiest).toBeGreaterThan(0.999);
}

describe('the yearly budget cap is hard', () => {
  it('Korean preset, lot mode: no calendar year over the cap in 20 seeds', () => {
    checkSeeds(engine.buildPresetScenario('korea'), 'lot');
  }, 60_000);

  it('Uzbek preset, lot mode: no calendar year over the cap in 20 seeds', () => {
    checkSeeds(engine.buildPresetScenario('uzbekistan'), 'lot');
  }, 60_000);

  it('Korean preset, record mode, seed 1 (the run of issue 11): no calendar year over the cap', () => {
    const scenario = engine.buildPresetScenario('korea');
    const input = engine.prepareEngineInput(scenario);
    const result = engine.simulateAll(input, { seed: 1, mode: 'record', stochastic: true });
    expectWithinCap(
      spendPerYear(input, result.national, scenario.parameters.yearlyBudgetCap as number),
      'seed 1',
    );
  }, 60_000);

  // 20 record-mode runs of the full preset take 30–60 s; this scenario keeps the preset's offices, waves,
  // staff, costs and cap, and divides every office's records and pages, every per-page rate and the QA lot
  // size by 5: the same hours of preparation, scanning and keying per office (QA's samples of 125 pages
  // per 2,000-page lot take 3 × the hours, still a small stage), so the same budget pressure, in a fifth of
  // the time.
  it('Korean preset at a fifth of the records, record mode: no calendar year over the cap in 20 seeds', () => {
    checkSeeds(fifthOfKorea(engine.buildPresetScenario('korea')), 'record');
  }, 120_000);

  it('keeps every team at work with at least a quarter of its staff in the presets', () => {
    for (const id of ['korea', 'uzbekistan'] as const) {
      const input = engine.prepareEngineInput(engine.buildPresetScenario(id));
      expect(Math.min(...input.throttle), id).toBeGreaterThanOrEqual(MIN_TEAM_SHARE - 1e-12);
    }
  });

  it('the plan never books more than the cap in a year, even if every started office worked on', () => {
    for (const scenario of [
      engine.buildPresetScenario('korea'),
      engine.buildPresetScenario('uzbekistan'),
      fifthOfKorea(engine.buildPresetScenario('korea')),
    ]) {
      const cap = scenario.parameters.yearlyBudgetCap as number;
      const input = engine.prepareEngineInput(scenario);
      expectWithinCap(spendPerYear(input, worstCaseSpend(input), cap), scenario.id);
    }
  });
});

describe('property: the cap holds for random small scenarios', () => {
  const officeArb = fc.record({
    records: fc.integer({ min: 1, max: 3_000 }),
    pagesPerRecord: fc.double({ min: 1, max: 6, noNaN: true }),
    startOffset: fc.integer({ min: 0, max: 30 }),
  });
  const parameterArb = fc.record({
    captureMode: fc.constantFrom('single', 'double', 'ocrEdit'),
    singlePassErrorRate: fc.constantFrom(0.003, 0.03, 0.2),
    criticalCharsPerPage: fc.constantFrom(5, 20, 60),
    keyersPerOffice: fc.double({ min: 0.5, max: 40, noNaN: true }),
    qaLotSizePages: fc.integer({ min: 100, max: 20_000 }),
    qaAqlPercent: fc.constantFrom(0.25, 0.65, 2.5),
    // From caps below one office's equipment to caps that never bind.
    yearlyBudgetCap: fc.constantFrom(20_000_000, 80_000_000, 300_000_000, 1_000_000_000, 50_000_000_000),
  });

  it('every calendar year within the cap, in both modes, with or without variability', () => {
    fc.assert(
      fc.property(
        fc.array(officeArb, { minLength: 1, maxLength: 5 }),
        parameterArb,
        fc.integer({ min: 1, max: 12 }),
        fc.integer(),
        fc.constantFrom<FidelityMode>('record', 'lot'),
        fc.boolean(),
        (rows, parameters, startMonth, seed, mode, stochastic) => {
          const offices = rows.map((r) => ({
            records: r.records,
            pages: Math.max(r.records, Math.round(r.records * r.pagesPerRecord)),
            startOffset: r.startOffset,
          }));
          const scenario = startingIn(offices, parameters, startMonth, 120);
          const input = prepareEngineInput(scenario);
          const result = simulateAll(input, { seed, mode, stochastic });
          expectWithinCap(spendPerYear(input, result.national, parameters.yearlyBudgetCap), 'spent');
          expectWithinCap(spendPerYear(input, worstCaseSpend(input), parameters.yearlyBudgetCap), 'plan');
        },
      ),
      { numRuns: 60 },
    );
  });
});

/**
 * What the plan books per month (national block, cost only): equipment at each office's team start, and
 * staff pay for every started office in every month to the horizon, as if none ever went live.
 */
function worstCaseSpend(input: EngineInput): Float64Array {
  const national = new Float64Array(input.months * METRIC_COUNT);
  for (let o = 0; o < input.officeCount; o++) {
    const team = input.officeTeamStart[o]!;
    if (team >= input.months) continue;
    national[team * METRIC_COUNT + METRIC.cost]! += input.officeCapitalCost[o]!;
    for (let m = team; m < input.months; m++) {
      const share = m <= input.officeBudgetEnd[o]! ? input.throttle[m]! : input.overrunThrottle[m]!;
      national[m * METRIC_COUNT + METRIC.cost]! += share * input.officeStaffCost[o]!;
    }
  }
  return national;
}

/** The Korean preset with a fifth of the records and pages per office and about the same hours of work. */
function fifthOfKorea(korea: Scenario): Scenario {
  const p = korea.parameters as Record<string, number | string>;
  const n = (key: string) => p[key] as number;
  return validated({
    ...korea,
    id: 'korea-fifth',
    offices: korea.offices.map((office) => {
      const records = Math.max(1, Math.round(office.records / 5));
      return { ...office, records, pages: Math.max(records, Math.round(office.pages / 5)) };
    }),
    parameters: {
      ...p,
      prepPagesPerHour: n('prepPagesPerHour') / 5,
      scanPagesPerHour: n('scanPagesPerHour') / 5,
      keyingKph: n('keyingKph') / 5,
      qaPagesPerHour: n('qaPagesPerHour') / 5,
      qaLotSizePages: Math.round(n('qaLotSizePages') / 5),
    },
  });
}
