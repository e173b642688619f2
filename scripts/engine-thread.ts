/**
 * worker_threads entry of the Node CLI and benchmark (bundled separately by run-bundled.mjs). Runs one job
 * at a time: a shard of offices or a batch of Monte Carlo replications, and posts the result back with its
 * buffers transferred, so nothing is copied.
 */
import { parentPort } from 'node:worker_threads';

import { typedArrayBuffers } from '../workers/engine-contract';
import { prepareEngineInput } from '../workers/engine/engine-input';
import { runReplications } from '../workers/engine/monte-carlo';
import { simulateShard } from '../workers/engine/simulate';
import type { ThreadJob, ThreadMemory, ThreadReply } from './thread-messages';

function memory(): ThreadMemory {
  // In a worker these figures describe this thread's own V8 isolate, not the whole process.
  const usage = process.memoryUsage();
  return {
    heapUsed: usage.heapUsed,
    heapTotal: usage.heapTotal,
    arrayBuffers: usage.arrayBuffers,
  };
}

function run(job: ThreadJob): { reply: ThreadReply; transfer: ArrayBuffer[] } {
  const input = prepareEngineInput(job.scenario);
  if (job.kind === 'shard') {
    const result = simulateShard(input, job.indices, job.options);
    return { reply: { kind: 'shard', result, memory: memory() }, transfer: typedArrayBuffers([result]) };
  }
  const result = runReplications(input, job.indices, job.options);
  return { reply: { kind: 'replications', result, memory: memory() }, transfer: typedArrayBuffers([result]) };
}

const port = parentPort;
if (!port) throw new Error('engine-thread.ts must run in a worker thread');
port.on('message', (job: ThreadJob) => {
  try {
    const { reply, transfer } = run(job);
    port.postMessage(reply, transfer);
  } catch (error) {
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    port.postMessage({ kind: 'error', message } satisfies ThreadReply);
  }
});
