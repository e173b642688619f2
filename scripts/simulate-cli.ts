/**
 * `npm run simulate -- …`: simulates a preset or a scenario file from the command line, prints a summary
 * and optionally writes the full result as JSON. Runs from an esbuild bundle (scripts/run-bundled.mjs).
 * Exit codes: 0 done, 1 the simulation or writing the result failed, 2 bad arguments or scenario.
 */
import { existsSync, statSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';

import { prepareEngineInput } from '../workers/engine/engine-input';
import type { RunOptions } from '../workers/engine/engine-types';
import { summarizeReplications } from '../workers/engine/percentiles';
import { deriveSeed } from '../workers/engine/rng';
import { buildResultDocument } from './build-result';
import type { CliOptions } from './cli-args';
import { parseCliArgs, USAGE } from './cli-args';
import { summaryLines } from './cli-summary';
import { sensitivitySection } from './economics-sensitivity';
import { createEnginePool } from './engine-pool';
import type { EnginePool } from './engine-pool';
import { loadScenario } from './load-scenario';
import { replicateParallel, simulateParallel } from './parallel-engine';

function outFolderProblem(out: string | null): string | null {
  if (out === null) return null;
  const folder = dirname(resolve(out));
  if (!existsSync(folder) || !statSync(folder).isDirectory())
    return `--out: folder "${folder}" does not exist, got "${out}"`;
  return null;
}

async function simulate(options: CliOptions, started: number): Promise<number> {
  const loaded = await loadScenario(options.source);
  if (!loaded.ok) {
    for (const line of loaded.lines) console.error(line);
    return 2;
  }
  const { scenario } = loaded;
  const input = prepareEngineInput(scenario);
  const monteCarlo = options.replications > 1;
  const jobs = monteCarlo ? options.replications : input.officeCount;
  const threads = Math.min(options.workers, jobs);
  const pool: EnginePool | null = threads > 1 ? createEnginePool(threads) : null;
  try {
    // With Monte Carlo, the detailed run is replication 0 (same derived seed), so it is one of the outcomes.
    const baseSeed = monteCarlo ? deriveSeed(options.engineSeed, 0) : options.engineSeed;
    const runOptions: RunOptions = { seed: baseSeed, mode: options.mode, stochastic: options.stochastic };
    const batches = monteCarlo
      ? await replicateParallel(
          scenario,
          input,
          options.replications,
          { seed: options.engineSeed, mode: options.mode },
          pool,
        )
      : null;
    const single = await simulateParallel(scenario, input, runOptions, pool);
    const sensitivity = options.sensitivity ? sensitivitySection(scenario) : null;
    const doc = buildResultDocument({
      scenario,
      input,
      options: runOptions,
      seed: options.seed,
      workers: Math.max(single.threads, batches?.threads ?? 1),
      replications: options.replications,
      wallSeconds: (performance.now() - started) / 1000,
      result: single.value,
      monteCarlo: batches ? summarizeReplications(batches.value) : null,
      sensitivity,
    });
    for (const line of summaryLines(doc)) console.log(line);
    if (options.out !== null) {
      await writeFile(options.out, `${JSON.stringify(doc, null, 2)}\n`);
      console.log(`Result written   ${options.out}`);
    }
    return 0;
  } finally {
    await pool?.close();
  }
}

export async function main(argv: string[]): Promise<number> {
  const started = performance.now();
  const parsed = parseCliArgs(argv, availableParallelism());
  if (parsed.kind === 'help') {
    console.log(USAGE);
    return 0;
  }
  const problem = parsed.kind === 'error' ? parsed.message : outFolderProblem(parsed.options.out);
  if (problem !== null || parsed.kind !== 'run') {
    console.error(`simulate: ${problem}\n\n${USAGE}`);
    return 2;
  }
  try {
    return await simulate(parsed.options, started);
  } catch (error) {
    console.error(
      `simulate: failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
    return 1;
  }
}
