/** One-thread entry point: the whole scenario, all offices, in this thread (CLI, tests, benchmarks). */
import type { EngineInput } from './engine-input';
import type { RunOptions, SimulationResult } from './engine-types';
import { mergeShards } from './merge';
import { simulateShard } from './simulate';

export function simulateAll(input: EngineInput, options: RunOptions): SimulationResult {
  const all = Array.from({ length: input.officeCount }, (_, o) => o);
  return mergeShards(input, [simulateShard(input, all, options)]);
}
