/**
 * Engine worker: a thin Comlink entry over the pure engine (workers/engine). It implements the contract in
 * `engine-contract.ts`, throttles progress, and hands results back by transferring their buffers, so the
 * main thread receives them in well under a millisecond and nothing is copied per record.
 */
import { expose, transfer } from 'comlink';

import { mergeShards } from './engine/merge';
import { runReplications } from './engine/monte-carlo';
import { summarizeReplications } from './engine/percentiles';
import { simulateShard } from './engine/simulate';
import type { EngineWorkerApi, ProgressCallback } from './engine-contract';
import { PROGRESS_INTERVAL_MS, typedArrayBuffers } from './engine-contract';

/** Forwards at most one progress report per interval; the engine calls back after every office. */
function throttled(onProgress: ProgressCallback): ProgressCallback {
  let last = performance.now();
  return (done) => {
    const now = performance.now();
    if (now - last < PROGRESS_INTERVAL_MS) return;
    last = now;
    // A Comlink proxy call returns a promise; the worker never waits for the main thread's answer.
    void onProgress(done);
  };
}

/** Marks every typed-array buffer of a result for transfer. */
function transferBuffers<T extends object>(result: T): T {
  return transfer(result, typedArrayBuffers([result]));
}

const api = {
  simulateShard(input, officeIndices, options, onProgress) {
    const onOfficeDone = throttled(onProgress);
    return transferBuffers(simulateShard(input, officeIndices, options, { onOfficeDone }));
  },
  runReplications(input, replications, options, onProgress) {
    const onReplicationDone = throttled(onProgress);
    return transferBuffers(runReplications(input, replications, options, { onReplicationDone }));
  },
  mergeShards(input, shards) {
    return transferBuffers(mergeShards(input, shards));
  },
  summarizeReplications(batches) {
    return transferBuffers(summarizeReplications(batches));
  },
} satisfies EngineWorkerApi;

expose(api);
