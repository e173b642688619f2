/**
 * `npm run bench [-- --quick]`: Node benchmark of the engine on the Korean preset (performance.md 3.3):
 * calibration, record mode on 1 thread and on every thread, memory, lot-mode Monte Carlo, determinism.
 * Prints a table and writes bench/results.json (--quick: fewer runs, written to bench/tmp/ instead).
 * Exit code 1 only if results differ between thread counts; timing targets are reported, never enforced.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';

import { buildPresetScenario } from '../src/domain/presets/presets';
import { prepareEngineInput } from '../workers/engine/engine-input';
import { calibrate } from './bench-calibration';
import { checkBandsMatch, checkReplicationZero, checkRunsMatch } from './bench-checks';
import type { BenchContext } from './bench-engine';
import { benchOneThread, benchThreads } from './bench-engine';
import { benchMonteCarlo } from './bench-monte-carlo';
import { benchRows, efficiency, formatTable } from './bench-report';
import { createEnginePool } from './engine-pool';
import { ENGINE_VERSION } from './engine-version';
import { repoRoot } from './repo-root';
import { startRssSampler } from './rss-sampler';

const FULL = { calibration: 5, oneThread: 5, threads: 7, mcInProcess: 3, mcThreads: 5, cli: 3 };
const QUICK = { calibration: 1, oneThread: 1, threads: 2, mcInProcess: 1, mcThreads: 1, cli: 1 };
const MC_REPLICATIONS = 1000;

function machine() {
  const cores = cpus();
  return {
    cpuModel: cores[0]?.model ?? 'unknown',
    cpuCount: cores.length,
    availableParallelism: availableParallelism(),
    totalMemoryGib: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    v8: process.versions.v8,
    platform: `${process.platform} ${process.arch}`,
    loadAverageAtStart: loadavg().map((l) => Math.round(l * 100) / 100),
  };
}

export async function main(argv: string[]): Promise<number> {
  const unknown = argv.filter((a) => a !== '--quick');
  if (unknown.length > 0) {
    console.error(`bench: unknown argument "${unknown[0]}"; usage: npm run bench [-- --quick]`);
    return 2;
  }
  const quick = argv.includes('--quick');
  const runs = quick ? QUICK : FULL;
  const host = machine();
  console.log(`Machine: ${host.cpuModel} × ${host.cpuCount} (available ${host.availableParallelism}),`);
  console.log(`         Node ${host.node} (V8 ${host.v8}), load ${host.loadAverageAtStart.join(' ')}`);
  const scenario = buildPresetScenario('korea');
  const input = prepareEngineInput(scenario);
  const records = input.officeRecords.reduce((sum, r) => sum + r, 0);
  const sampler = startRssSampler();
  const ctx: BenchContext = {
    scenario,
    input,
    options: { seed: 1, mode: 'record', stochastic: true },
    records,
    sampler,
  };
  const threads = availableParallelism();
  const pool = threads > 1 ? createEnginePool(threads) : null;
  try {
    console.log(`Korean preset: ${records.toLocaleString('en-US')} records; running…`);
    const calibration = calibrate(runs.calibration);
    const one = await benchOneThread(ctx, 1, runs.oneThread);
    const many = pool ? await benchThreads(ctx, pool, 1, runs.threads) : one;
    const mc = await benchMonteCarlo(ctx, pool, MC_REPLICATIONS, {
      inProcess: runs.mcInProcess,
      threads: runs.mcThreads,
      cli: runs.cli,
    });
    const checks = [
      checkRunsMatch(one.result, many.result, many.figures.threads),
      checkBandsMatch(mc.oneThread, mc.threads, mc.figures.threads),
      checkReplicationZero(input, ctx.options.seed),
    ];
    const figures = {
      calibration,
      oneThread: one.figures,
      threads: many.figures,
      monteCarlo: mc.figures,
      checks,
    };
    const rows = benchRows(figures);
    console.log('');
    for (const line of formatTable(rows)) console.log(line);
    const report = {
      format: 'registry-rollout-lab/bench',
      formatVersion: 1,
      engineVersion: ENGINE_VERSION,
      date: new Date().toISOString(),
      quick,
      machine: { ...host, loadAverageAtEnd: loadavg().map((l) => Math.round(l * 100) / 100) },
      scenario: { id: scenario.id, records, options: ctx.options },
      ...figures,
      efficiency: efficiency(figures),
      threadMemory: 'threadMemory' in many ? many.threadMemory : [],
      processMaxRssMib: Math.round(process.resourceUsage().maxRSS / 1024),
      targets: rows.filter((r) => r.pass !== null),
    };
    const folder = join(repoRoot(), 'bench', quick ? 'tmp' : '');
    await mkdir(folder, { recursive: true });
    const file = join(folder, quick ? 'results-quick.json' : 'results.json');
    await writeFile(file, `${JSON.stringify(report, null, 2)}\n`);
    console.log(`\nWritten ${file}`);
    return checks.every((c) => c.ok) ? 0 : 1;
  } finally {
    await pool?.close();
    await sampler.stop();
  }
}
