/**
 * Runs the kernels over a set of offices (one worker's share) and merges shares into a national result.
 * Each office draws from its own random stream (seed, office index), so the result is the same whether
 * one worker simulates every office or eight workers split them.
 */
import { exponentialTable, lognormalTable, normalTable } from './distributions';
import type { EngineInput } from './engine-input';
import type { RunOptions, ShardResult } from './engine-types';
import { METRIC_COUNT, STAGE_COUNT } from './engine-types';
import { simulateOfficeLots } from './lot-kernel';
import { simulateOfficeRecords } from './record-kernel';
import { createRng } from './rng';
import { createStageLine, loadCapacities } from './stage-line';

export interface ShardHooks {
  /** Called after each office with the records simulated so far in this shard. */
  readonly onOfficeDone?: (recordsDone: number) => void;
}

export function simulateShard(
  input: EngineInput,
  officeIndices: readonly number[],
  options: RunOptions,
  hooks: ShardHooks = {},
): ShardResult {
  const { months } = input;
  const count = officeIndices.length;
  const metrics = new Float64Array(count * months * METRIC_COUNT);
  const goLiveMonth = new Int32Array(count);
  const completionTime = new Float64Array(count);
  const stageWork = new Float64Array(count * STAGE_COUNT);
  const stageUtilisation = new Float64Array(count * STAGE_COUNT);
  const line = createStageLine(months);
  const difficulty = lognormalTable(input.keyingTimeCv);
  const exponential = exponentialTable();
  const normals = normalTable();
  let records = 0;
  let pages = 0;
  officeIndices.forEach((o, row) => {
    const rng = options.stochastic ? createRng(options.seed, o) : null;
    const view = {
      metrics: metrics.subarray(row * months * METRIC_COUNT, (row + 1) * months * METRIC_COUNT),
      stageWork: stageWork.subarray(row * STAGE_COUNT, (row + 1) * STAGE_COUNT),
      stageUtilisation: stageUtilisation.subarray(row * STAGE_COUNT, (row + 1) * STAGE_COUNT),
    };
    loadCapacities(line, input, o);
    const outcome =
      options.mode === 'record'
        ? simulateOfficeRecords(input, o, line, rng, difficulty, exponential, view)
        : simulateOfficeLots(input, o, line, rng, normals, view);
    goLiveMonth[row] = outcome.goLiveMonth;
    completionTime[row] = outcome.completionTime;
    records += input.officeRecords[o]!;
    pages += input.officePages[o]!;
    hooks.onOfficeDone?.(records);
  });
  return {
    months,
    officeIndices: Int32Array.from(officeIndices),
    metrics,
    goLiveMonth,
    completionTime,
    stageWork,
    stageUtilisation,
    records,
    pages,
  };
}

/** Splits offices over `workers` shares of nearly equal record counts (largest first, to the lightest share). */
export function splitOffices(input: EngineInput, workers: number): number[][] {
  const shares: number[][] = Array.from({ length: Math.max(1, workers) }, () => []);
  const load = new Float64Array(shares.length);
  const order = Array.from({ length: input.officeCount }, (_, o) => o).sort(
    (a, b) => input.officeRecords[b]! - input.officeRecords[a]! || a - b,
  );
  for (const o of order) {
    let lightest = 0;
    for (let w = 1; w < shares.length; w++) if (load[w]! < load[lightest]!) lightest = w;
    shares[lightest]!.push(o);
    load[lightest]! += input.officeRecords[o]!;
  }
  for (const share of shares) share.sort((a, b) => a - b);
  return shares.filter((share) => share.length > 0);
}
