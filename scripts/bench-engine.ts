/**
 * Benchmark sections (b) and (c): the full record-mode run of a scenario on one thread in this process, and
 * on every thread of an engine pool. Wall time includes merging the shards into the national result.
 */
import { getHeapStatistics } from 'node:v8';

import type { Scenario } from '../src/domain/scenario/scenario-schema';
import type { EngineInput } from '../workers/engine/engine-input';
import type { RunOptions, SimulationResult } from '../workers/engine/engine-types';
import { best, median, repeat, round } from './bench-stats';
import type { EnginePool } from './engine-pool';
import { simulateParallel } from './parallel-engine';
import type { RssSampler } from './rss-sampler';
import type { ThreadMemory } from './thread-messages';

export interface BenchContext {
  readonly scenario: Scenario;
  readonly input: EngineInput;
  readonly options: RunOptions;
  readonly records: number;
  readonly sampler: RssSampler;
}

export interface EngineFigures {
  readonly threads: number;
  readonly seconds: number[];
  readonly medianSeconds: number;
  readonly bestSeconds: number;
  /** Records per second per thread, from the median. */
  readonly recordsPerSecondPerCore: number;
  /** Peak resident set size of the whole process during the timed runs. */
  readonly peakRssMib: number;
  /** V8 heap in use after the last run: the main thread's, or each engine thread's. */
  readonly heapUsedMib: number[];
}

const MIB = 1024 * 1024;

function figures(ctx: BenchContext, threads: number, seconds: number[], heaps: number[]): EngineFigures {
  const middle = median(seconds);
  return {
    threads,
    seconds: seconds.map((s) => round(s)),
    medianSeconds: round(middle),
    bestSeconds: round(best(seconds)),
    recordsPerSecondPerCore: Math.round(ctx.records / middle / threads),
    peakRssMib: round(ctx.sampler.peakMib(), 1),
    heapUsedMib: heaps.map((h) => round(h / MIB, 1)),
  };
}

/** (b) One thread, in this process: `warmUps` untimed runs, then `runs` timed. */
export async function benchOneThread(
  ctx: BenchContext,
  warmUps: number,
  runs: number,
): Promise<{ figures: EngineFigures; result: SimulationResult }> {
  ctx.sampler.reset();
  const timed = await repeat(warmUps, runs, () =>
    simulateParallel(ctx.scenario, ctx.input, ctx.options, null),
  );
  const heap = getHeapStatistics().used_heap_size;
  return { figures: figures(ctx, 1, timed.seconds, [heap]), result: timed.last.value };
}

/** (c) Offices split over every thread of the pool (started beforehand, so thread start-up is not timed). */
export async function benchThreads(
  ctx: BenchContext,
  pool: EnginePool,
  warmUps: number,
  runs: number,
): Promise<{ figures: EngineFigures; result: SimulationResult; threadMemory: ThreadMemory[] }> {
  ctx.sampler.reset();
  const timed = await repeat(warmUps, runs, () =>
    simulateParallel(ctx.scenario, ctx.input, ctx.options, pool),
  );
  const heaps = timed.last.threadMemory.map((m) => m.heapUsed);
  return {
    figures: figures(ctx, timed.last.threads, timed.seconds, heaps),
    result: timed.last.value,
    threadMemory: timed.last.threadMemory,
  };
}
