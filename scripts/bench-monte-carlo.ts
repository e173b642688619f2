/**
 * Benchmark section (e): lot-mode Monte Carlo, in this process, on the engine pool, and as a whole CLI
 * process (node start-up, bundle load, thread start-up and all).
 */
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';

import type { MonteCarloSummary } from '../workers/engine/percentiles';
import { summarizeReplications } from '../workers/engine/percentiles';
import type { BenchContext } from './bench-engine';
import { median, repeat, round } from './bench-stats';
import type { EnginePool } from './engine-pool';
import { replicateParallel } from './parallel-engine';
import { repoRoot } from './repo-root';

export interface MonteCarloFigures {
  readonly replications: number;
  readonly inProcessSeconds: number[];
  readonly inProcessMedianSeconds: number;
  readonly threads: number;
  readonly threadSeconds: number[];
  readonly threadMedianSeconds: number;
  readonly cliCommand: string;
  readonly cliSeconds: number[];
  readonly cliMedianSeconds: number;
}

const WARM_UP_REPLICATIONS = 50;

function cliRuns(replications: number, runs: number): { command: string; seconds: number[] } {
  const args = ['scripts/run-bundled.mjs', 'simulate', '--preset', 'korea'];
  args.push('--replications', String(replications), '--mode', 'lot');
  const seconds: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const child = spawnSync(process.execPath, args, { cwd: repoRoot(), encoding: 'utf8' });
    seconds.push((performance.now() - start) / 1000);
    if (child.status !== 0) throw new Error(`CLI run failed (${child.status}): ${child.stderr}`);
  }
  return { command: `node ${args.join(' ')}`, seconds };
}

export async function benchMonteCarlo(
  ctx: BenchContext,
  pool: EnginePool | null,
  replications: number,
  runs: { inProcess: number; threads: number; cli: number },
): Promise<{ figures: MonteCarloFigures; oneThread: MonteCarloSummary; threads: MonteCarloSummary }> {
  const options = { seed: ctx.options.seed, mode: 'lot' as const };
  const run = (p: EnginePool | null, count: number) =>
    replicateParallel(ctx.scenario, ctx.input, count, options, p);
  await run(null, WARM_UP_REPLICATIONS);
  const local = await repeat(0, runs.inProcess, () => run(null, replications));
  await run(pool, WARM_UP_REPLICATIONS);
  const pooled = await repeat(0, runs.threads, () => run(pool, replications));
  const cli = cliRuns(replications, runs.cli);
  return {
    figures: {
      replications,
      inProcessSeconds: local.seconds.map((s) => round(s)),
      inProcessMedianSeconds: round(median(local.seconds)),
      threads: pooled.last.threads,
      threadSeconds: pooled.seconds.map((s) => round(s)),
      threadMedianSeconds: round(median(pooled.seconds)),
      cliCommand: cli.command,
      cliSeconds: cli.seconds.map((s) => round(s)),
      cliMedianSeconds: round(median(cli.seconds)),
    },
    oneThread: summarizeReplications(local.last.value),
    threads: summarizeReplications(pooled.last.value),
  };
}
