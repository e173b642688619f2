/**
 * Monte Carlo: N replications of the whole scenario, each with its own seed derived from (seed, r),
 * so any worker can run any replication and the pooled result does not depend on how they were split.
 * Lot mode by default; record mode is available for users who want ground truth in every replication.
 */
import { exponentialTable, lognormalTable, normalTable } from './distributions';
import type { EngineInput } from './engine-input';
import type { FidelityMode } from './engine-types';
import { METRIC, METRIC_COUNT, NEVER } from './engine-types';
import { simulateOfficeLots } from './lot-kernel';
import { simulateOfficeRecords } from './record-kernel';
import { createRng, deriveSeed } from './rng';
import { createStageLine, loadCapacities } from './stage-line';

const COST = METRIC.cost;
const RECORDS_DONE = METRIC.recordsDone;

export interface MonteCarloOptions {
  readonly seed: number;
  readonly mode: FidelityMode;
}

/** Outcomes of some replications (one worker's share). */
export interface ReplicationBatch {
  readonly months: number;
  readonly officeCount: number;
  readonly replications: Int32Array;
  /** Month the last office went live, per replication (NEVER if one did not). */
  readonly completionMonth: Int32Array;
  readonly cost: Float64Array;
  /** [replication row * officeCount + office] */
  readonly goLiveMonth: Int32Array;
  /** Cumulative national records done by the end of each month: [row * months + month]. */
  readonly recordsDoneCurve: Float64Array;
}

export interface ReplicationHooks {
  readonly onReplicationDone?: (done: number) => void;
}

export function runReplications(
  input: EngineInput,
  replications: readonly number[],
  options: MonteCarloOptions,
  hooks: ReplicationHooks = {},
): ReplicationBatch {
  const { months, officeCount } = input;
  const count = replications.length;
  const block = months * METRIC_COUNT;
  const completionMonth = new Int32Array(count);
  const cost = new Float64Array(count);
  const goLiveMonth = new Int32Array(count * officeCount);
  const recordsDoneCurve = new Float64Array(count * months);
  const lines = Array.from({ length: officeCount }, (_, o) => {
    const line = createStageLine(months);
    loadCapacities(line, input, o);
    return line;
  });
  const difficulty = lognormalTable(input.keyingTimeCv);
  const exponential = exponentialTable();
  const normals = normalTable();
  // One metrics block per replication, shared by all offices: kernels add into it, so the national
  // curve and cost are read once per replication. Monte Carlo keeps outcomes, not office-by-month detail;
  // stage statistics are not kept per replication (empty arrays tell finishOffice to skip them).
  const metrics = new Float64Array(block);
  const row = { metrics, stageWork: new Float64Array(0), stageUtilisation: new Float64Array(0) };
  replications.forEach((r, k) => {
    const seed = deriveSeed(options.seed, r);
    let last = 0;
    metrics.fill(0);
    for (let o = 0; o < officeCount; o++) {
      const rng = createRng(seed, o);
      const outcome =
        options.mode === 'record'
          ? simulateOfficeRecords(input, o, lines[o]!, rng, difficulty, exponential, row)
          : simulateOfficeLots(input, o, lines[o]!, rng, normals, row);
      goLiveMonth[k * officeCount + o] = outcome.goLiveMonth;
      last = outcome.goLiveMonth === NEVER || last === NEVER ? NEVER : Math.max(last, outcome.goLiveMonth);
    }
    let total = 0;
    let done = 0;
    for (let m = 0; m < months; m++) {
      total += metrics[m * METRIC_COUNT + COST]!;
      done += metrics[m * METRIC_COUNT + RECORDS_DONE]!;
      recordsDoneCurve[k * months + m] = done;
    }
    completionMonth[k] = last;
    cost[k] = total;
    hooks.onReplicationDone?.(k + 1);
  });
  return {
    months,
    officeCount,
    replications: Int32Array.from(replications),
    completionMonth,
    cost,
    goLiveMonth,
    recordsDoneCurve,
  };
}
