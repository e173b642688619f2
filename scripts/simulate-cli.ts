/**
 * `npm run simulate -- …`: simulates a preset or a scenario file from the command line, prints a summary
 * and optionally writes the full result as JSON. Runs from an esbuild bundle (scripts/run-bundled.mjs).
 * Exit codes: 0 done, 1 the simulation or writing the result failed, 2 bad arguments or scenario (an --out
 * that cannot be written is refused before anything is simulated).
 */
import type { Stats } from 'node:fs';
import { accessSync, constants, statSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';

import { prepareEngineInput } from '../workers/engine/engine-input';
import type { RunOptions } from '../workers/engine/engine-types';
import { summarizeReplications } from '../workers/engine/percentiles';
import { deriveSeed } from '../workers/engine/rng';
import { buildResultDocument } from './build-result';
import { scenarioFileText } from '../src/domain/scenario/scenario-file';
import type { CliOptions, ExportOptions } from './cli-args';
import { parseCliArgs, USAGE } from './cli-args';
import { summaryLines } from './cli-summary';
import { sensitivitySection } from './economics-sensitivity';
import { createEnginePool } from './engine-pool';
import type { EnginePool } from './engine-pool';
import { loadScenario } from './load-scenario';
import { replicateParallel, simulateParallel } from './parallel-engine';

/** The file-system calls the output check makes (replaceable in tests, e.g. by one that refuses writing). */
export interface OutputFs {
  stat(path: string): Stats;
  /** Throws when `path` (a file or a folder) cannot be written. */
  checkWritable(path: string): void;
}

const nodeFs: OutputFs = {
  stat: (path) => statSync(path),
  checkWritable: (path) => accessSync(path, constants.W_OK),
};

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EROFS') return 'the file system is read-only';
  if (code === 'ENOENT') return 'does not exist';
  if (code === 'ENOTDIR') return 'part of the path is a file, not a folder';
  return error instanceof Error ? error.message : String(error);
}

/**
 * Why the result could not be written to `out`, checked before anything is simulated (so a long run never
 * ends in EISDIR or EACCES), or null when it can: `out` must name a file (new, or one that can be
 * overwritten) in an existing folder that can be written.
 */
export function outputProblem(
  out: string | null,
  fs: OutputFs = nodeFs,
  flag = '--out',
  example = 'result.json',
): string | null {
  if (out === null) return null;
  const path = resolve(out);
  const folder = dirname(path);
  if (/[\\/]$/.test(out))
    return `${flag} "${out}" names a folder; give a file name, e.g. "${join(out, example)}"`;
  let existing: Stats | null = null;
  try {
    existing = fs.stat(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException | null)?.code !== 'ENOENT')
      return `${flag} "${out}": ${reason(error)}`;
  }
  if (existing?.isDirectory())
    return `${flag} "${out}" is a folder; give a file name, e.g. "${join(out, example)}"`;
  if (existing === null) {
    let parent: Stats;
    try {
      parent = fs.stat(folder);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException | null)?.code;
      return `${flag} "${out}": folder "${folder}" ${code === 'ENOENT' ? 'does not exist' : `cannot be read: ${reason(error)}`}`;
    }
    if (!parent.isDirectory()) return `${flag} "${out}": "${folder}" is a file, not a folder`;
  }
  try {
    fs.checkWritable(existing === null ? folder : path);
  } catch (error) {
    return existing === null
      ? `${flag} "${out}": cannot create a file in folder "${folder}": ${reason(error)}`
      : `${flag} "${out}": the file cannot be written: ${reason(error)}`;
  }
  return null;
}

/**
 * `--export-scenario FILE`: writes the preset's scenario as the app exports it (format
 * registry-rollout-lab/scenario, pretty-printed), which `--scenario FILE` runs back. Simulates nothing.
 */
export async function exportScenario(options: ExportOptions, fs: OutputFs = nodeFs): Promise<number> {
  const problem = outputProblem(options.path, fs, '--export-scenario', 'scenario.json');
  if (problem !== null) {
    console.error(`simulate: ${problem}`);
    return 2;
  }
  const loaded = await loadScenario(options.source);
  if (!loaded.ok) {
    for (const line of loaded.lines) console.error(line);
    return 2;
  }
  await writeFile(options.path, scenarioFileText(loaded.scenario));
  console.log(
    `Scenario written ${options.path} (${loaded.scenario.name}, ${loaded.scenario.offices.length} offices)`,
  );
  return 0;
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
  if (parsed.kind === 'export') {
    try {
      return await exportScenario(parsed.options);
    } catch (error) {
      console.error(
        `simulate: failed to write the scenario: ${error instanceof Error ? error.message : String(error)}`,
      );
      return 1;
    }
  }
  const problem = parsed.kind === 'error' ? parsed.message : outputProblem(parsed.options.out);
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
