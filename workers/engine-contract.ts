/**
 * The worker contract: every call the main thread makes into an engine worker, with its inputs and its
 * output, in one place (maplibre's `RequestResponseMessageMap` is the model). `workers/engine.worker.ts`
 * implements it with `satisfies EngineWorkerApi`; `src/app/engine-client.ts` calls it through
 * `Comlink.wrap<EngineWorkerApi>`, so a change here breaks both ends at compile time.
 *
 * Rules of the boundary: inputs are plain data (structured clone, or transferred when the sender no longer
 * needs them), outputs are typed arrays whose buffers are transferred (never one object per record or per
 * office), and progress comes back through a `Comlink.proxy` callback at most once every
 * {@link PROGRESS_INTERVAL_MS}.
 */
import type { EngineInput } from './engine/engine-input';
import type { RunOptions, ShardResult, SimulationResult } from './engine/engine-types';
import type { MonteCarloOptions, ReplicationBatch } from './engine/monte-carlo';
import type { MonteCarloSummary } from './engine/percentiles';

/**
 * Progress of one call: records simulated so far in this worker's share (`simulateShard`) or replications
 * finished so far (`runReplications`). Counts only grow; the last report may come before the final item.
 */
export type ProgressCallback = (done: number) => void;

/** Call name → [argument list, result]. */
export interface EngineMessageMap {
  /** Simulates the listed offices (scenario office indices) of one run. */
  simulateShard: [
    args: [input: EngineInput, officeIndices: number[], options: RunOptions, onProgress: ProgressCallback],
    result: ShardResult,
  ];
  /** Runs the listed Monte Carlo replications (replication indices 0…N−1) of the whole scenario. */
  runReplications: [
    args: [
      input: EngineInput,
      replications: number[],
      options: MonteCarloOptions,
      onProgress: ProgressCallback,
    ],
    result: ReplicationBatch,
  ];
  /**
   * Puts every shard of a run together (transferred in, transferred back). Done in a worker because it
   * reads 0.5 M doubles: on the main thread that is 15–20 ms of blocked UI.
   */
  mergeShards: [args: [input: EngineInput, shards: ShardResult[]], result: SimulationResult];
  /** P10/P50/P90 of every batch of a Monte Carlo run: ~570 sorts, a 70–80 ms long task on the main thread. */
  summarizeReplications: [args: [batches: ReplicationBatch[]], result: MonteCarloSummary];
}

export type EngineCallName = keyof EngineMessageMap;

/** The object an engine worker exposes: one synchronous method per call of the map. */
export type EngineWorkerApi = {
  [Name in EngineCallName]: (...args: EngineMessageMap[Name][0]) => EngineMessageMap[Name][1];
};

/**
 * Minimum time between two progress calls from one worker, in milliseconds. 250 ms keeps each worker
 * within the UI budget of ≤ 4 progress messages per second (docs/performance.md, target U1).
 */
export const PROGRESS_INTERVAL_MS = 250;

/**
 * The buffers behind the typed arrays held directly by these objects, each once (a buffer listed twice
 * makes `postMessage` throw): the transfer list for results and for shards sent back to be merged.
 */
export function typedArrayBuffers(objects: readonly object[]): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const object of objects)
    for (const value of Object.values(object))
      if (ArrayBuffer.isView(value) && value.buffer instanceof ArrayBuffer) buffers.add(value.buffer);
  return [...buffers];
}
