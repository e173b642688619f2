// The full Korean preset (45 M records) through the bundled engine: exact totals, and agreement
// between record mode (ground truth) and lot mode (fast Monte Carlo).
import { beforeAll, describe, expect, it } from 'vitest';

import { loadBundledEngine } from './testing/bundled-engine';

/** First month whose P50 cumulative records done reach `records` (bands are [month * 3 + 0|1|2]). */
function monthReaching(bands: Float64Array, records: number): number {
  for (let m = 0; m * 3 < bands.length; m++) if (bands[m * 3 + 1]! >= records) return m;
  return Number.POSITIVE_INFINITY;
}

type Engine = Awaited<ReturnType<typeof loadBundledEngine>>;
let engine: Engine;
let input: ReturnType<Engine['prepareEngineInput']>;

beforeAll(async () => {
  engine = await loadBundledEngine();
  input = engine.prepareEngineInput(engine.buildPresetScenario('korea'));
}, 60_000);

describe('Korean preset', () => {
  it('simulates every one of the 45,000,000 records and 160,000,000 pages', () => {
    const result = engine.simulateAll(input, { seed: 1, mode: 'record', stochastic: true });
    expect(result.totals.records).toBe(45_000_000);
    expect(result.totals.pages).toBe(160_000_000);
    expect(engine.recordsCompleted(result)).toBe(45_000_000);
    expect(engine.pagesScanned(result)).toBe(160_000_000);
    expect(result.completionMonth).toBeGreaterThan(0);
  }, 60_000);

  it('record and lot modes agree: P50 completion and national curve within 1 month, P50 cost within 2 %', () => {
    const record = engine.summarizeReplications([
      engine.runReplications(input, [0, 1, 2, 3, 4], { seed: 2024, mode: 'record' }),
    ]);
    const lot = engine.summarizeReplications([
      engine.runReplications(
        input,
        Array.from({ length: 200 }, (_, r) => r),
        { seed: 2024, mode: 'lot' },
      ),
    ]);
    expect(Math.abs(record.completionMonth.p50 - lot.completionMonth.p50)).toBeLessThanOrEqual(1);
    expect(Math.abs(record.cost.p50 - lot.cost.p50) / record.cost.p50).toBeLessThanOrEqual(0.02);
    expect(lot.completionMonth.p10).toBeLessThanOrEqual(lot.completionMonth.p50);
    expect(lot.completionMonth.p50).toBeLessThanOrEqual(lot.completionMonth.p90);
    // The national P50 curve too: the month a quarter, half and three quarters of the records were done.
    for (const share of [0.25, 0.5, 0.75]) {
      const recordMonth = monthReaching(record.recordsDoneBands, share * 45_000_000);
      const lotMonth = monthReaching(lot.recordsDoneBands, share * 45_000_000);
      expect(Math.abs(recordMonth - lotMonth), `${share * 100} % of records`).toBeLessThanOrEqual(1);
    }
  }, 120_000);

  it('keeps each calendar year of the plan within the budget cap (no variability)', () => {
    const result = engine.simulateAll(input, { seed: 1, mode: 'lot', stochastic: false });
    const cap = 40_000_000_000;
    const metricsPerMonth = 6;
    const perYear = new Map<number, number>();
    for (let m = 0; m < result.months; m++) {
      const year = Math.floor((input.firstMonth + m) / 12);
      perYear.set(year, (perYear.get(year) ?? 0) + result.national[m * metricsPerMonth + 3]!);
    }
    for (const [year, spent] of perYear) expect(spent, `year ${year}`).toBeLessThanOrEqual(cap * 1.0001);
    expect(Math.max(...perYear.values())).toBeGreaterThan(cap * 0.9);
  }, 60_000);
});
