/**
 * A fixed set of engine threads (worker_threads) that stay alive between jobs, so the benchmark can time
 * the engine rather than thread start-up, and the CLI pays start-up once.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

import type { ThreadJob, ThreadMemory, ThreadReply } from './thread-messages';

export type ThreadSuccess = Exclude<ThreadReply, { kind: 'error' }>;

export interface EnginePool {
  readonly size: number;
  /** Runs job i on thread i mod size; resolves when every job is done, rejects on the first failure. */
  runAll(jobs: readonly ThreadJob[]): Promise<ThreadSuccess[]>;
  close(): Promise<void>;
}

/** The bundled thread entry: run-bundled.mjs writes it next to the bundle this code runs from. */
export function engineThreadPath(): string {
  const file = fileURLToPath(new URL('./engine-thread.mjs', import.meta.url));
  if (!existsSync(file))
    throw new Error(`engine thread bundle not found at ${file}; run through scripts/run-bundled.mjs`);
  return file;
}

interface Slot {
  readonly worker: Worker;
  pending: { resolve: (reply: ThreadSuccess) => void; reject: (error: Error) => void } | null;
  chain: Promise<unknown>;
}

function createSlot(file: string): Slot {
  const slot: Slot = { worker: new Worker(file), pending: null, chain: Promise.resolve() };
  const fail = (error: Error) => {
    const pending = slot.pending;
    slot.pending = null;
    pending?.reject(error);
  };
  slot.worker.on('message', (reply: ThreadReply) => {
    const pending = slot.pending;
    slot.pending = null;
    if (reply.kind === 'error') pending?.reject(new Error(`engine thread failed: ${reply.message}`));
    else pending?.resolve(reply);
  });
  slot.worker.on('error', fail);
  slot.worker.on('exit', (code) => fail(new Error(`engine thread exited with code ${code}`)));
  return slot;
}

function send(slot: Slot, job: ThreadJob): Promise<ThreadSuccess> {
  // One job at a time per thread: chain behind whatever the thread is doing.
  const next = slot.chain.then(
    () =>
      new Promise<ThreadSuccess>((resolve, reject) => {
        slot.pending = { resolve, reject };
        slot.worker.postMessage(job);
      }),
  );
  slot.chain = next.catch(() => undefined);
  return next;
}

export function createEnginePool(size: number): EnginePool {
  const file = engineThreadPath();
  const slots = Array.from({ length: size }, () => createSlot(file));
  return {
    size,
    runAll: (jobs) => Promise.all(jobs.map((job, i) => send(slots[i % size]!, job))),
    close: async () => {
      for (const slot of slots) slot.worker.removeAllListeners('exit');
      await Promise.all(slots.map((slot) => slot.worker.terminate()));
    },
  };
}

export function memoryOf(replies: readonly ThreadSuccess[]): ThreadMemory[] {
  return replies.map((reply) => reply.memory);
}
