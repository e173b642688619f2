import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { prepareEngineInput } from './engine-input';
import type { RunOptions, SimulationResult } from './engine-types';
import { METRIC, METRIC_COUNT, NEVER } from './engine-types';
import { mergeShards } from './merge';
import { simulateAll } from './run';
import { simulateShard, splitOffices } from './simulate';
import type { SyntheticOffice } from './testing/synthetic-scenario';
import { syntheticScenario } from './testing/synthetic-scenario';

const offices: SyntheticOffice[] = [
  { records: 4_000, pages: 14_000, startOffset: 0 },
  { records: 900, pages: 3_300, startOffset: 6 },
  { records: 12_000, pages: 41_000, startOffset: 12 },
  { records: 1, pages: 7, startOffset: 12 },
  { records: 2_500, pages: 2_500, startOffset: 30 },
];

/** Invariants every result must keep, whatever the scenario. */
function checkInvariants(
  result: SimulationResult,
  records: readonly number[],
  pages: readonly number[],
): void {
  const { months } = result;
  let nationalDone = 0;
  let nationalPages = 0;
  records.forEach((expected, o) => {
    let done = 0;
    let scanned = 0;
    let lastMonthWithRecords = NEVER;
    for (let m = 0; m < months; m++) {
      const at = (o * months + m) * METRIC_COUNT;
      for (let k = 0; k < METRIC_COUNT; k++) expect(result.metrics[at + k]).toBeGreaterThanOrEqual(0);
      done += result.metrics[at + METRIC.recordsDone]!;
      scanned += result.metrics[at + METRIC.pagesScanned]!;
      if (result.metrics[at + METRIC.recordsDone]! > 0) lastMonthWithRecords = m;
      // Records done never exceed the office's records at any point.
      expect(done).toBeLessThanOrEqual(expected);
    }
    // Each office goes live exactly once: in the month its last record was replicated, with all records done.
    if (result.goLiveMonth[o] !== NEVER) {
      expect(done).toBe(expected);
      expect(result.goLiveMonth[o]).toBe(lastMonthWithRecords);
      expect(scanned).toBe(pages[o]);
    }
    nationalDone += done;
    nationalPages += scanned;
  });
  let cumulative = 0;
  for (let m = 0; m < months; m++) {
    const monthly = result.national[m * METRIC_COUNT + METRIC.recordsDone]!;
    expect(monthly).toBeGreaterThanOrEqual(0);
    cumulative += monthly;
    expect(result.national[m * METRIC_COUNT + METRIC.cost]).toBeGreaterThanOrEqual(0);
  }
  expect(cumulative).toBe(nationalDone);
  expect(nationalPages).toBeLessThanOrEqual(pages.reduce((a, b) => a + b, 0));
  expect(result.totals.cost).toBeGreaterThanOrEqual(0);
}

describe('engine invariants', () => {
  const scenario = syntheticScenario(offices);
  const input = prepareEngineInput(scenario);
  const records = offices.map((o) => o.records);
  const pages = offices.map((o) => o.pages);

  for (const mode of ['record', 'lot'] as const)
    for (const stochastic of [true, false])
      it(`hold in ${mode} mode${stochastic ? '' : ' without variability'}`, () => {
        const result = simulateAll(input, { seed: 11, mode, stochastic });
        checkInvariants(result, records, pages);
        expect(result.completionMonth).not.toBe(NEVER);
        expect(result.totals.records).toBe(records.reduce((a, b) => a + b, 0));
      });

  it('marks offices that cannot finish within the horizon as never live, and still keeps the invariants', () => {
    const slow = syntheticScenario(offices, { keyersPerOffice: 0.5, keyingKph: 1_000 }, 36);
    const result = simulateAll(prepareEngineInput(slow), { seed: 2, mode: 'record', stochastic: true });
    expect(result.completionMonth).toBe(NEVER);
    expect(Array.from(result.goLiveMonth)).toContain(NEVER);
    checkInvariants(result, records, pages);
  });
});

describe('determinism', () => {
  const input = prepareEngineInput(syntheticScenario(offices));
  const options: RunOptions = { seed: 99, mode: 'record', stochastic: true };
  const whole = simulateAll(input, options);

  it.each([1, 2, 3, 8])('gives identical results with %i worker share(s)', (workers) => {
    const shares = splitOffices(input, workers);
    expect(shares.flat().sort()).toEqual([0, 1, 2, 3, 4]);
    // Shares run in any order, as workers finish in any order.
    const merged = mergeShards(input, shares.map((share) => simulateShard(input, share, options)).reverse());
    expect(merged.metrics).toEqual(whole.metrics);
    expect(merged.goLiveMonth).toEqual(whole.goLiveMonth);
    expect(merged.totals).toEqual(whole.totals);
  });

  it('repeats with the same seed and changes with another', () => {
    expect(simulateAll(input, options).metrics).toEqual(whole.metrics);
    expect(simulateAll(input, { ...options, seed: 100 }).metrics).not.toEqual(whole.metrics);
  });
});

describe('property: random valid scenarios', () => {
  const officeArb = fc.record({
    records: fc.integer({ min: 1, max: 3_000 }),
    pagesPerRecord: fc.double({ min: 1, max: 6, noNaN: true }),
    startOffset: fc.integer({ min: 0, max: 48 }),
  });
  const parameterArb = fc.record({
    captureMode: fc.constantFrom('single', 'double', 'ocrEdit'),
    keyersPerOffice: fc.double({ min: 0.5, max: 40, noNaN: true }),
    qaLotSizePages: fc.integer({ min: 100, max: 20_000 }),
    qaAqlPercent: fc.constantFrom(0.25, 0.65, 1, 2.5),
    learningMonths: fc.integer({ min: 0, max: 24 }),
    yearlyBudgetCap: fc.constantFrom(0, 50_000_000, 5_000_000_000),
  });

  it('keep the invariants in both modes', () => {
    fc.assert(
      fc.property(
        fc.array(officeArb, { minLength: 1, maxLength: 5 }),
        parameterArb,
        fc.integer(),
        fc.constantFrom('record', 'lot'),
        (rows, parameters, seed, mode) => {
          const synthetic = rows.map((r) => ({
            records: r.records,
            pages: Math.max(r.records, Math.round(r.records * r.pagesPerRecord)),
            startOffset: r.startOffset,
          }));
          const input = prepareEngineInput(syntheticScenario(synthetic, parameters, 180));
          const result = simulateAll(input, { seed, mode: mode as 'record' | 'lot', stochastic: true });
          checkInvariants(
            result,
            synthetic.map((s) => s.records),
            synthetic.map((s) => s.pages),
          );
        },
      ),
      { numRuns: 60 },
    );
  });
});
