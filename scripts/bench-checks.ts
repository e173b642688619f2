/**
 * Benchmark section (f): results must not depend on how work is split over threads (performance.md E7).
 * Checked on the full record-mode run (1 thread against all threads), on the Monte Carlo bands, and on the
 * CLI's promise that its detailed Monte Carlo run is replication 0.
 */
import type { EngineInput } from '../workers/engine/engine-input';
import type { SimulationResult } from '../workers/engine/engine-types';
import { runReplications } from '../workers/engine/monte-carlo';
import type { MonteCarloSummary } from '../workers/engine/percentiles';
import { deriveSeed } from '../workers/engine/rng';
import { simulateAll } from '../workers/engine/run';

export interface Check {
  readonly name: string;
  readonly ok: boolean;
  readonly detail: string;
}

function sameArrays(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return false;
  return true;
}

export function checkRunsMatch(one: SimulationResult, many: SimulationResult, threads: number): Check {
  const differences = [
    one.completionMonth === many.completionMonth ? '' : 'completion month',
    sameArrays(one.goLiveMonth, many.goLiveMonth) ? '' : 'office go-live months',
    Object.is(one.totals.cost, many.totals.cost) ? '' : 'total cost',
    Object.is(one.totals.recordsReworked, many.totals.recordsReworked) ? '' : 'records reworked',
    sameArrays(one.national, many.national) ? '' : 'national curves',
  ].filter((d) => d !== '');
  return {
    name: `record run, 1 thread = ${threads} threads`,
    ok: differences.length === 0,
    detail:
      differences.length === 0
        ? `completion month ${one.completionMonth}, cost ${one.totals.cost}, 209 go-lives identical`
        : `differ: ${differences.join(', ')}`,
  };
}

export function checkBandsMatch(one: MonteCarloSummary, many: MonteCarloSummary, threads: number): Check {
  const same =
    JSON.stringify([one.completionMonth, one.cost]) === JSON.stringify([many.completionMonth, many.cost]) &&
    sameArrays(one.officeGoLive, many.officeGoLive) &&
    sameArrays(one.recordsDoneBands, many.recordsDoneBands);
  return {
    name: `Monte Carlo bands, 1 thread = ${threads} threads`,
    ok: same,
    detail: `completion P10/P50/P90 ${one.completionMonth.p10}/${one.completionMonth.p50}/${one.completionMonth.p90}`,
  };
}

/** The CLI reports replication 0 in detail by running it with its derived seed: both must agree. */
export function checkReplicationZero(input: EngineInput, seed: number): Check {
  const batch = runReplications(input, [0], { seed, mode: 'lot' });
  const detail = simulateAll(input, { seed: deriveSeed(seed, 0), mode: 'lot', stochastic: true });
  const costGap = Math.abs(detail.totals.cost - batch.cost[0]!) / Math.abs(batch.cost[0]!);
  // Costs are summed in a different order (by month, then office), so allow rounding differences.
  const ok =
    detail.completionMonth === batch.completionMonth[0] &&
    sameArrays(detail.goLiveMonth, batch.goLiveMonth) &&
    costGap < 1e-9;
  return {
    name: 'CLI detailed run = Monte Carlo replication 0',
    ok,
    detail: `completion ${detail.completionMonth} vs ${batch.completionMonth[0]}, cost gap ${costGap.toExponential(1)}`,
  };
}
