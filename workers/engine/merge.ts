/**
 * Puts worker shares back together in scenario office order and derives the national and centre views.
 */
import type { EngineInput } from './engine-input';
import type { ShardResult, SimulationResult } from './engine-types';
import { METRIC, METRIC_COUNT, NEVER } from './engine-types';
import { STAGE_COUNT } from './stages';

const UPLOAD_MB = METRIC.uploadMb;
const REPLICATED_MB = METRIC.replicatedMb;

/** Index of the busiest stage (highest utilisation; the first of equals), over every declared stage. */
function busiestStage(utilisation: Float64Array, o: number): number {
  let best = 0;
  for (let s = 1; s < STAGE_COUNT; s++)
    if (utilisation[o * STAGE_COUNT + s]! > utilisation[o * STAGE_COUNT + best]!) best = s;
  return best;
}

export function mergeShards(input: EngineInput, shards: readonly ShardResult[]): SimulationResult {
  const { months, officeCount, centreCount } = input;
  const block = months * METRIC_COUNT;
  const metrics = new Float64Array(officeCount * block);
  const goLiveMonth = new Int32Array(officeCount).fill(NEVER);
  const completionTime = new Float64Array(officeCount).fill(Number.NaN);
  const stageUtilisation = new Float64Array(officeCount * STAGE_COUNT);
  const seen = new Uint8Array(officeCount);
  for (const shard of shards)
    shard.officeIndices.forEach((o, row) => {
      if (seen[o]) throw new Error(`office ${o} was simulated twice`);
      seen[o] = 1;
      metrics.set(shard.metrics.subarray(row * block, (row + 1) * block), o * block);
      goLiveMonth[o] = shard.goLiveMonth[row]!;
      completionTime[o] = shard.completionTime[row]!;
      stageUtilisation.set(
        shard.stageUtilisation.subarray(row * STAGE_COUNT, (row + 1) * STAGE_COUNT),
        o * STAGE_COUNT,
      );
    });
  const missing = seen.indexOf(0);
  if (missing !== -1) throw new Error(`office ${missing} was not simulated`);

  const national = new Float64Array(block);
  const centreIngestMb = new Float64Array(centreCount * months);
  for (let o = 0; o < officeCount; o++) {
    const centre = input.officeCentre[o]!;
    for (let m = 0; m < months; m++) {
      const at = o * block + m * METRIC_COUNT;
      for (let k = 0; k < METRIC_COUNT; k++) national[m * METRIC_COUNT + k]! += metrics[at + k]!;
      centreIngestMb[centre * months + m]! += metrics[at + UPLOAD_MB]!;
      if (centre !== input.centralCentre)
        centreIngestMb[input.centralCentre * months + m]! += metrics[at + REPLICATED_MB]!;
    }
  }
  const centreStorageMb = new Float64Array(centreCount * months);
  for (let c = 0; c < centreCount; c++) {
    let stored = 0;
    for (let m = 0; m < months; m++) {
      stored += centreIngestMb[c * months + m]!;
      centreStorageMb[c * months + m] = stored;
    }
  }

  const bottleneckStage = new Uint8Array(officeCount);
  let completionMonth = 0;
  for (let o = 0; o < officeCount; o++) {
    bottleneckStage[o] = busiestStage(stageUtilisation, o);
    const live = goLiveMonth[o]!;
    completionMonth = live === NEVER || completionMonth === NEVER ? NEVER : Math.max(completionMonth, live);
  }
  const sum = (k: number) => {
    let total = 0;
    for (let m = 0; m < months; m++) total += national[m * METRIC_COUNT + k]!;
    return total;
  };
  let records = 0;
  let pages = 0;
  for (const shard of shards) {
    records += shard.records;
    pages += shard.pages;
  }
  return {
    months,
    officeCount,
    metrics,
    goLiveMonth,
    completionTime,
    bottleneckStage,
    stageUtilisation,
    national,
    centreStorageMb,
    centreIngestMb,
    totals: {
      records,
      pages,
      recordsReworked: sum(METRIC.recordsReworked),
      cost: sum(METRIC.cost),
      uploadMb: sum(METRIC.uploadMb),
    },
    completionMonth,
  };
}

/** Records replicated by the end of the horizon (≤ records; equal when every office went live). */
export function recordsCompleted(result: SimulationResult): number {
  let done = 0;
  for (let m = 0; m < result.months; m++) done += result.national[m * METRIC_COUNT + METRIC.recordsDone]!;
  return done;
}

/** Pages scanned by the end of the horizon. */
export function pagesScanned(result: SimulationResult): number {
  let done = 0;
  for (let m = 0; m < result.months; m++) done += result.national[m * METRIC_COUNT + METRIC.pagesScanned]!;
  return done;
}
