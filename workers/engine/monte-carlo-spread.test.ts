// Monte Carlo: replication r is a single run with seed deriveSeed(seed, r); replications differ; a replication
// that does not finish within the horizon is reported as NEVER, and percentiles sort it after every month.
//
// The office (testing/hand-office.ts): 6,000 one-page records, lots of 300 pages (20 full lots, sample 50,
// Ac 0), keying 0.125 h a page at 75 h a month: 750 h, 10 months without rework. A page is defective with
// p = 0.0138 (one critical character), so a lot passes with (1 − p)^50 = 0.499: about half the lots are
// rejected and each adds a 37.5 h correcting pass. Rejections ~ Binomial(20, 0.5): 10 ± 2.2 lots, 375 ± 84 h, so
// keying takes 15 ± 1.1 months, and a 16-month horizon cuts off the slower replications (seed 7: 6 of 20).
import { describe, expect, it } from 'vitest';

import { prepareEngineInput } from './engine-input';
import { METRIC, METRIC_COUNT, NEVER } from './engine-types';
import type { ReplicationBatch } from './monte-carlo';
import { runReplications } from './monte-carlo';
import { nearestRank, summarizeReplications } from './percentiles';
import { deriveSeed } from './rng';
import { simulateAll } from './run';
import { HAND_PARAMETERS } from './testing/hand-office';
import { syntheticScenario } from './testing/synthetic-scenario';

const REPLICATIONS = Array.from({ length: 20 }, (_, r) => r);
const SEED = 7;

function input(horizonMonths: number) {
  return prepareEngineInput(
    syntheticScenario(
      [{ records: 6_000, pages: 6_000, startOffset: 0 }],
      { ...HAND_PARAMETERS, singlePassErrorRate: 0.0138 },
      horizonMonths,
    ),
  );
}

describe('Monte Carlo replications', () => {
  const wide = input(36);
  const batch = runReplications(wide, REPLICATIONS, { seed: SEED, mode: 'record' });

  it('replication r is the single run with seed deriveSeed(seed, r): same go-live, cost and curve', () => {
    for (const r of REPLICATIONS) {
      const single = simulateAll(wide, { seed: deriveSeed(SEED, r), mode: 'record', stochastic: true });
      expect(batch.completionMonth[r]).toBe(single.completionMonth);
      expect(batch.goLiveMonth[r]).toBe(single.goLiveMonth[0]);
      expect(batch.cost[r]).toBeCloseTo(single.totals.cost, 6);
      let done = 0;
      for (let m = 0; m < wide.months; m++) {
        done += single.national[m * METRIC_COUNT + METRIC.recordsDone]!;
        expect(batch.recordsDoneCurve[r * wide.months + m]).toBe(done);
      }
    }
  });

  it('a replication does not depend on which others run with it, nor on their order', () => {
    const alone = runReplications(wide, [13, 4], { seed: SEED, mode: 'record' });
    expect(alone.completionMonth[0]).toBe(batch.completionMonth[13]);
    expect(alone.completionMonth[1]).toBe(batch.completionMonth[4]);
    expect(alone.cost[0]).toBe(batch.cost[13]);
    expect(alone.recordsDoneCurve.subarray(0, wide.months)).toEqual(
      batch.recordsDoneCurve.subarray(13 * wide.months, 14 * wide.months),
    );
  });

  it('replications differ: completion months spread over several months', () => {
    // 375 ± 84 h of rework: the 20 replications finish over at least three different months.
    const months = new Set(batch.completionMonth);
    expect(months.size).toBeGreaterThanOrEqual(3);
    expect(Math.max(...batch.completionMonth) - Math.min(...batch.completionMonth)).toBeGreaterThanOrEqual(2);
    expect(new Set(batch.cost).size).toBeGreaterThanOrEqual(3);
    // Every replication goes live between month 9 (no rework: 750 h ÷ 75 h = 10 months) and month 19 (every lot
    // rejected: 750 + 20 × 37.5 = 1,500 h ÷ 75 h = 20 months).
    for (const month of batch.completionMonth) {
      expect(month).toBeGreaterThanOrEqual(9);
      expect(month).toBeLessThanOrEqual(19);
    }
  });

  it('a different seed gives different replications', () => {
    const other = runReplications(wide, REPLICATIONS, { seed: SEED + 1, mode: 'record' });
    expect(Array.from(other.cost)).not.toEqual(Array.from(batch.cost));
  });
});

describe('replications that never finish within the horizon', () => {
  const HORIZON = 16;
  const short = input(HORIZON);
  const batch = runReplications(short, REPLICATIONS, { seed: SEED, mode: 'record' });
  const never = Array.from(batch.completionMonth).filter((m) => m === NEVER).length;

  it('are reported as NEVER, as the single run with the same seed reports them, with their records left undone', () => {
    expect(never).toBeGreaterThan(0);
    expect(never).toBeLessThan(REPLICATIONS.length);
    for (const r of REPLICATIONS) {
      const single = simulateAll(short, { seed: deriveSeed(SEED, r), mode: 'record', stochastic: true });
      expect(batch.completionMonth[r]).toBe(single.completionMonth);
      const finalDone = batch.recordsDoneCurve[r * HORIZON + HORIZON - 1]!;
      if (batch.completionMonth[r] === NEVER) {
        expect(batch.goLiveMonth[r]).toBe(NEVER);
        expect(finalDone).toBeLessThan(6_000);
        // Staff are paid to the end of the horizon: equipment 28,000,000 + 16 months × 3,500,000.
        expect(batch.cost[r]).toBe(28_000_000 + HORIZON * 3_500_000);
      } else {
        expect(batch.completionMonth[r]).toBeLessThan(HORIZON);
        expect(finalDone).toBe(6_000);
      }
    }
  });

  it('sort after every month in the percentiles: P50 / P90 are NEVER exactly when ranks 10 / 18 of 20 are', () => {
    const summary = summarizeReplications([batch]);
    // Nearest rank of 20: P10 → 2nd, P50 → 10th, P90 → 18th value, with the NEVERs last.
    expect(summary.completionMonth.p90 === NEVER).toBe(never >= 3);
    expect(summary.completionMonth.p50 === NEVER).toBe(never >= 11);
    // Seed 7: 6 of 20 never finish, so P90 is NEVER and P50 is a month: the 10th of the 14 finished, sorted.
    expect(never).toBe(6);
    const finished = Array.from(batch.completionMonth)
      .filter((m) => m !== NEVER)
      .sort((a, b) => a - b);
    expect(summary.completionMonth.p90).toBe(NEVER);
    expect(summary.completionMonth.p50).toBe(finished[9]);
    expect(summary.completionMonth.p10).toBe(finished[1]);
    expect(summary.officeGoLive[2]).toBe(summary.completionMonth.p90);
  });
});

describe('percentiles by hand (nearest rank)', () => {
  // Ten replications of two offices over three months.
  const completion = [5, NEVER, 3, 7, NEVER, 4, 6, 8, 9, 2];
  const batch = (rows: readonly number[]): ReplicationBatch => ({
    months: 3,
    officeCount: 2,
    replications: Int32Array.from(rows),
    completionMonth: Int32Array.from(rows, (r) => completion[r]!),
    cost: Float64Array.from(rows, (r) => 100 * (10 - r)),
    goLiveMonth: Int32Array.from(rows.flatMap((r) => [completion[r]!, r === 0 ? NEVER : 1])),
    recordsDoneCurve: Float64Array.from(rows.flatMap((r) => [r, 2 * r, 10 + r])),
  });

  it('P10 / P50 / P90 are the 1st, 5th and 9th of 10 sorted values, NEVER sorting last', () => {
    // Completion sorted: 2 3 4 5 6 7 8 9 NEVER NEVER.
    const summary = summarizeReplications([batch([0, 1, 2, 3, 4]), batch([5, 6, 7, 8, 9])]);
    expect(summary.replications).toBe(10);
    expect(summary.completionMonth).toEqual({ p10: 2, p50: 6, p90: NEVER });
    // Costs 1,000 … 100 (replication r costs 100 × (10 − r)): sorted 100 … 1,000.
    expect(summary.cost).toEqual({ p10: 100, p50: 500, p90: 900 });
    // Office 0 goes live when the run completes; office 1 in month 1 except replication 0 (NEVER):
    // sorted 1 × 9, NEVER → P90 (9th) is 1.
    expect(Array.from(summary.officeGoLive)).toEqual([2, 6, NEVER, 1, 1, 1]);
    // Month 0: values 0 … 9 → 0, 4, 8; month 1: 0 … 18 → 0, 8, 16; month 2: 10 … 19 → 10, 14, 18.
    expect(Array.from(summary.recordsDoneBands)).toEqual([0, 4, 8, 0, 8, 16, 10, 14, 18]);
  });

  it('rounds the rank up (⌈p · n / 100⌉, at least 1) and gives NaN for no values', () => {
    expect(nearestRank([4, 5, 6], 1)).toBe(4);
    expect(nearestRank([4, 5, 6], 100)).toBe(6);
    // Of 7 values, P90 is rank ⌈6.3⌉ = 7 and P10 rank ⌈0.7⌉ = 1.
    expect(nearestRank([1, 2, 3, 4, 5, 6, 7], 90)).toBe(7);
    expect(nearestRank([1, 2, 3, 4, 5, 6, 7], 10)).toBe(1);
    expect(nearestRank([], 50)).toBeNaN();
  });
});
