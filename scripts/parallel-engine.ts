/**
 * Runs the engine on one thread (in this process) or on a pool of engine threads. The engine's streams are
 * keyed by office and replication, so both paths give identical results.
 */
import type { Scenario } from '../src/domain/scenario/scenario-schema';
import type { EngineInput } from '../workers/engine/engine-input';
import type { RunOptions, SimulationResult } from '../workers/engine/engine-types';
import { mergeShards } from '../workers/engine/merge';
import type { MonteCarloOptions, ReplicationBatch } from '../workers/engine/monte-carlo';
import { runReplications } from '../workers/engine/monte-carlo';
import { simulateShard, splitOffices } from '../workers/engine/simulate';
import type { EnginePool } from './engine-pool';
import { memoryOf } from './engine-pool';
import type { ThreadMemory } from './thread-messages';

export interface Parallel<T> {
  readonly value: T;
  /** Threads that did the work (1 when run in this process). */
  readonly threads: number;
  /** Per-thread heap figures; empty when run in this process. */
  readonly threadMemory: ThreadMemory[];
}

function wrongReply(kind: string): never {
  throw new Error(`engine thread answered with a ${kind} result to a different job`);
}

/** One replication of the whole scenario, offices split over the pool's threads (or none: in-process). */
export async function simulateParallel(
  scenario: Scenario,
  input: EngineInput,
  options: RunOptions,
  pool: EnginePool | null,
): Promise<Parallel<SimulationResult>> {
  const shares = splitOffices(input, pool?.size ?? 1);
  if (!pool || shares.length < 2) {
    const shard = simulateShard(input, shares.flat(), options);
    return { value: mergeShards(input, [shard]), threads: 1, threadMemory: [] };
  }
  const replies = await pool.runAll(
    shares.map((indices) => ({ kind: 'shard' as const, scenario, indices, options })),
  );
  const shards = replies.map((r) => (r.kind === 'shard' ? r.result : wrongReply(r.kind)));
  return { value: mergeShards(input, shards), threads: shares.length, threadMemory: memoryOf(replies) };
}

/** Splits 0..count−1 into at most `parts` contiguous runs of nearly equal length. */
export function splitRange(count: number, parts: number): number[][] {
  const n = Math.max(1, Math.min(parts, count));
  return Array.from({ length: n }, (_, k) => {
    const from = Math.floor((k * count) / n);
    const to = Math.floor(((k + 1) * count) / n);
    return Array.from({ length: to - from }, (_, i) => from + i);
  });
}

/** Monte Carlo replications 0..count−1, split over the pool's threads (or run in-process). */
export async function replicateParallel(
  scenario: Scenario,
  input: EngineInput,
  count: number,
  options: MonteCarloOptions,
  pool: EnginePool | null,
): Promise<Parallel<ReplicationBatch[]>> {
  const chunks = splitRange(count, pool?.size ?? 1);
  if (!pool || chunks.length < 2)
    return { value: [runReplications(input, chunks.flat(), options)], threads: 1, threadMemory: [] };
  const replies = await pool.runAll(
    chunks.map((indices) => ({ kind: 'replications' as const, scenario, indices, options })),
  );
  return {
    value: replies.map((r) => (r.kind === 'replications' ? r.result : wrongReply(r.kind))),
    threads: chunks.length,
    threadMemory: memoryOf(replies),
  };
}
