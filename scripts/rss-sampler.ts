/**
 * Samples the process's resident set size every 50 ms from a separate thread, so the peak is caught even
 * while the main thread is busy in a synchronous engine run. RSS is per process: it covers every thread.
 */
import { Worker } from 'node:worker_threads';

const SAMPLER = `
const { workerData } = require('node:worker_threads');
const peak = new Int32Array(workerData);
setInterval(() => {
  const kib = Math.round(process.memoryUsage.rss() / 1024);
  if (kib > Atomics.load(peak, 0)) Atomics.store(peak, 0, kib);
}, 50);
`;

export interface RssSampler {
  /** Forgets the peak so far. */
  reset(): void;
  /** Peak RSS since the last reset, in MiB. */
  peakMib(): number;
  stop(): Promise<void>;
}

export function startRssSampler(): RssSampler {
  const shared = new SharedArrayBuffer(4);
  const peak = new Int32Array(shared);
  const worker = new Worker(SAMPLER, { eval: true, workerData: shared });
  worker.unref();
  const current = () => Math.round(process.memoryUsage.rss() / 1024);
  return {
    reset: () => Atomics.store(peak, 0, current()),
    peakMib: () => Math.max(Atomics.load(peak, 0), current()) / 1024,
    stop: async () => {
      await worker.terminate();
    },
  };
}
