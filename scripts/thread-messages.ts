/**
 * Messages between the Node main thread and `engine-thread.ts`. The scenario travels as plain JSON and each
 * thread compiles it itself (cheap); results come back as typed arrays whose buffers are transferred.
 */
import type { RunOptions, ShardResult } from '../workers/engine/engine-types';
import type { MonteCarloOptions, ReplicationBatch } from '../workers/engine/monte-carlo';
import type { Scenario } from '../src/domain/scenario/scenario-schema';

export type ThreadJob =
  | {
      readonly kind: 'shard';
      readonly scenario: Scenario;
      readonly indices: readonly number[];
      readonly options: RunOptions;
    }
  | {
      readonly kind: 'replications';
      readonly scenario: Scenario;
      readonly indices: readonly number[];
      readonly options: MonteCarloOptions;
    };

/** What the thread's heap looked like after the job (for the benchmark's memory figures). */
export interface ThreadMemory {
  readonly heapUsed: number;
  readonly heapTotal: number;
  readonly arrayBuffers: number;
}

export type ThreadReply =
  | { readonly kind: 'shard'; readonly result: ShardResult; readonly memory: ThreadMemory }
  | { readonly kind: 'replications'; readonly result: ReplicationBatch; readonly memory: ThreadMemory }
  | { readonly kind: 'error'; readonly message: string };
