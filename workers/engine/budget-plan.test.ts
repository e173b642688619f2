import { describe, expect, it } from 'vitest';

import { prepareEngineInput } from './engine-input';
import type { EngineInput } from './engine-input';
import type { SimulationResult } from './engine-types';
import { METRIC, METRIC_COUNT, NEVER } from './engine-types';
import { simulateAll } from './run';
import { startingIn } from './testing/starting-in';
import { syntheticScenario } from './testing/synthetic-scenario';

const offices = [
  { records: 30_000, pages: 100_000, startOffset: 0 },
  { records: 30_000, pages: 100_000, startOffset: 0 },
  { records: 50_000, pages: 180_000, startOffset: 14 },
];

/** Spend of each calendar year of the run, in order. */
function yearlySpend(input: EngineInput, result: SimulationResult): number[] {
  const years = new Map<number, number>();
  for (let m = 0; m < result.months; m++) {
    const year = Math.floor((input.firstMonth + m) / 12);
    years.set(year, (years.get(year) ?? 0) + result.national[m * METRIC_COUNT + METRIC.cost]!);
  }
  return [...years.values()];
}

function officeCost(result: SimulationResult, o: number, m: number): number {
  return result.metrics[(o * result.months + m) * METRIC_COUNT + METRIC.cost]!;
}

describe('budget plan', () => {
  it('does not throttle without a cap', () => {
    const input = prepareEngineInput(syntheticScenario(offices, { yearlyBudgetCap: 0 }));
    expect(input.throttle.every((share) => share === 1)).toBe(true);
    expect(Array.from(input.officeTeamStart)).toEqual(Array.from(input.officeStartMonth));
    expect(input.officeBudgetEnd.every((end) => end >= input.months)).toBe(true);
  });

  it('throttles staff to what the yearly cap pays for, and the work takes longer', () => {
    const free = prepareEngineInput(syntheticScenario(offices, { yearlyBudgetCap: 0 }));
    const capped = prepareEngineInput(syntheticScenario(offices, { yearlyBudgetCap: 150_000_000 }));
    expect(Math.min(...capped.throttle)).toBeLessThan(1);
    expect(capped.throttle.every((share) => share >= 0 && share <= 1)).toBe(true);
    expect(capped.overrunThrottle.every((share) => share >= 0 && share <= 1)).toBe(true);
    const options = { seed: 1, mode: 'record', stochastic: false } as const;
    const a = simulateAll(free, options);
    const b = simulateAll(capped, options);
    expect(b.completionMonth).toBeGreaterThan(a.completionMonth);
    // Every calendar year, equipment included, stays within the cap.
    for (const spent of yearlySpend(capped, b)) expect(spent).toBeLessThanOrEqual(150_000_000 * (1 + 1e-9));
  });

  // Worked by hand, one average office (sized 1: 1 prep, 1 scan operator, 1 scanner, 18 keyers, 1 QA; the
  // default parameters). Staff 21 FTE × 1.2 M = 25.2 M a month; equipment 1 scanner × 30 M + 21
  // workstations × 3 M = 93 M. Keying is the slowest stage: 20,000 pages × 800 characters / 9,000 keystrokes
  // an hour × 2 passes = 3,555.6 h, with 18 × 1,900 / 12 = 2,850 h a month at full staff and speed; the
  // learning curve gives 0.6, 0.667, 0.733, 0.8, 0.867, 0.933, then 1.
  it('prorates the first year of a programme that starts in July and pays the go-live month in full', () => {
    const scenario = startingIn([{ records: 5_000, pages: 20_000, startOffset: 0 }], {}, 7);
    const cap = 240_000_000;
    const input = prepareEngineInput({
      ...scenario,
      parameters: { ...scenario.parameters, yearlyBudgetCap: cap },
    });
    expect(input.officeStaffCost[0]).toBeCloseTo(25_200_000, 3);
    expect(input.officeCapitalCost[0]).toBe(93_000_000);
    const result = simulateAll(input, { seed: 1, mode: 'record', stochastic: false });

    // 2000 (July to December) has 240 M × 6 / 12 = 120 M. Equipment takes 93 M; the 27 M left pays 4.5 M a
    // month, a share of 4.5 / 25.2 = 0.1786 of the staff. Keying does 2,850 × 0.1786 × (0.6 + … + 0.933) =
    // 2,341 h by December. January 2001 has 240 M / 12 = 20 M a month: share 0.794, 2,262 h, more than the
    // 1,214 h left, so the office goes live in January 2001 (month 6).
    expect(input.throttle[0]).toBeCloseTo(4.5 / 25.2, 12);
    expect(input.throttle[6]).toBeCloseTo(20 / 25.2, 12);
    expect(result.goLiveMonth[0]).toBe(6);
    expect(input.officeBudgetEnd[0]).toBeGreaterThanOrEqual(6);
    const expected = [93_000_000 + 4_500_000, 4_500_000, 4_500_000, 4_500_000, 4_500_000, 4_500_000];
    expected.forEach((cost, m) => expect(officeCost(result, 0, m)).toBeCloseTo(cost, 3));
    // The go-live month is paid in full (the team works until its last lot is replicated); nothing after.
    expect(officeCost(result, 0, 6)).toBeCloseTo(20_000_000, 3);
    for (let m = 7; m < result.months; m++) expect(officeCost(result, 0, m)).toBe(0);
    const [first, second] = yearlySpend(input, result);
    expect(first).toBeCloseTo(120_000_000, 3);
    expect(second).toBeCloseTo(20_000_000, 3);
  });

  it('keeps the cap when every lot is rejected and corrected (rework the old plan left out)', () => {
    // Single keying with 20 % wrong characters and 60 critical ones: every page is defective, so every
    // lot is rejected and keyed a second time; keying takes twice what a plan without rework expects.
    const heavy = { captureMode: 'single', singlePassErrorRate: 0.2, criticalCharsPerPage: 60 };
    const rework = [
      { records: 40_000, pages: 150_000, startOffset: 0 },
      { records: 30_000, pages: 100_000, startOffset: 0 },
      { records: 50_000, pages: 200_000, startOffset: 6 },
      { records: 20_000, pages: 60_000, startOffset: 12 },
    ];
    const cap = 600_000_000;
    const input = prepareEngineInput(syntheticScenario(rework, { ...heavy, yearlyBudgetCap: cap }));
    expect(input.qaAcceptProbability).toBeLessThan(1e-9);
    for (const mode of ['record', 'lot'] as const)
      for (const seed of [1, 2, 3]) {
        const result = simulateAll(input, { seed, mode, stochastic: true });
        const years = yearlySpend(input, result);
        for (const spent of years) expect(spent, `${mode} ${seed}`).toBeLessThanOrEqual(cap * (1 + 1e-9));
        expect(Math.max(...years)).toBeGreaterThan(cap * 0.99);
        expect(result.totals.recordsReworked).toBe(140_000);
        // Rework is in the plan: every office goes live within its budgeted months.
        for (let o = 0; o < rework.length; o++) {
          expect(result.goLiveMonth[o]).not.toBe(NEVER);
          expect(result.goLiveMonth[o]).toBeLessThanOrEqual(input.officeBudgetEnd[o]!);
        }
      }
  });

  it('buys equipment the year cannot pay in the next year, and the office waits for it', () => {
    // Each office's equipment costs 93 M, the year 150 M: the second office waits for January 2001 (the
    // first, 5,000 pages at a share of (150 − 93) / 12 / 25.2 = 0.19, is done within months).
    const two = [
      { records: 1_250, pages: 5_000, startOffset: 0 },
      { records: 1_250, pages: 5_000, startOffset: 0 },
    ];
    const input = prepareEngineInput(syntheticScenario(two, { yearlyBudgetCap: 150_000_000 }));
    expect(Array.from(input.officeTeamStart)).toEqual([0, 12]);
    const result = simulateAll(input, { seed: 3, mode: 'record', stochastic: true });
    for (const spent of yearlySpend(input, result))
      expect(spent).toBeLessThanOrEqual(150_000_000 * (1 + 1e-9));
    for (let m = 0; m < 12; m++) expect(officeCost(result, 1, m)).toBe(0);
    expect(officeCost(result, 1, 12)).toBeGreaterThanOrEqual(93_000_000);
    expect(result.goLiveMonth[1]).toBeGreaterThanOrEqual(12);
  });

  it('does not buy equipment that would leave a team at work less than a quarter of its staff', () => {
    // 300 M a year: after both offices' equipment, (300 − 186) / 12 = 9.5 M a month for 50.4 M of staff
    // (a share of 0.19), so the second office waits until the first one's budgeted months are over, and
    // the first one works with (300 − 93) / 12 / 25.2 = 0.68 of its staff meanwhile.
    const two = [
      { records: 5_000, pages: 20_000, startOffset: 0 },
      { records: 5_000, pages: 20_000, startOffset: 0 },
    ];
    const input = prepareEngineInput(syntheticScenario(two, { yearlyBudgetCap: 300_000_000 }));
    expect(input.officeTeamStart[0]).toBe(0);
    expect(input.officeTeamStart[1]).toBeGreaterThan(input.officeBudgetEnd[0]!);
    for (let m = 0; m <= input.officeBudgetEnd[0]!; m++)
      expect(input.throttle[m]).toBeCloseTo(207 / 12 / 25.2, 9);
    const result = simulateAll(input, { seed: 4, mode: 'lot', stochastic: true });
    for (const spent of yearlySpend(input, result))
      expect(spent).toBeLessThanOrEqual(300_000_000 * (1 + 1e-9));
    expect(result.completionMonth).not.toBe(NEVER);
  });
});
