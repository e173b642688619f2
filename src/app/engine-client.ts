/**
 * The run service: starts a simulation on fresh engine workers and gives back a {@link RunHandle}.
 *
 * A run compiles the scenario once (`prepareEngineInput`, ~20 KB of typed arrays), spawns one module worker
 * per share, and splits the offices (or the Monte Carlo replications) between them. Their typed-array
 * results come back transferred and go, transferred again, to the first worker to be merged (or
 * summarised into percentiles), so the main thread only routes buffers. Workers live for one run: they are
 * terminated when it finishes, fails or is cancelled, which is also the only way to stop a kernel in the
 * middle of a loop.
 */
import { proxy, transfer, wrap } from 'comlink';

import type { Scenario } from '@/domain/scenario/scenario-schema';

import type { EngineWorkerApi } from '../../workers/engine-contract';
import { typedArrayBuffers } from '../../workers/engine-contract';
import type { EngineInput } from '../../workers/engine/engine-input';
import { prepareEngineInput } from '../../workers/engine/engine-input';
import type { SimulationResult } from '../../workers/engine/engine-types';
import { pagesScanned, recordsCompleted } from '../../workers/engine/merge';
import type { MonteCarloSummary } from '../../workers/engine/percentiles';
import { splitOffices } from '../../workers/engine/simulate';
import type { RunControl, RunHandle } from './run-handle';
import { createRunControl } from './run-handle';
import type { RunRequest } from './run-request';
import { defaultWorkerCount, estimateRunSeconds } from './run-request';

interface OutcomeBase {
  readonly request: RunRequest;
  /** Absolute month index (year × 12 + month − 1) of the scenario's month 0. */
  readonly firstMonth: number;
  readonly workers: number;
  /** Start → outcome ready, seconds. */
  readonly elapsedSeconds: number;
  /** Last worker share in → outcome ready (the merge or summary runs in the first worker), milliseconds. */
  readonly mergeMs: number;
  /** Synchronous main-thread work of the run service in that time, milliseconds. */
  readonly mainThreadMs: number;
}

export interface SingleRunOutcome extends OutcomeBase {
  readonly kind: 'single';
  readonly result: SimulationResult;
  /** Records replicated and pages scanned within the horizon. */
  readonly recordsCompleted: number;
  readonly pagesScanned: number;
}

export interface MonteCarloOutcome extends OutcomeBase {
  readonly kind: 'monteCarlo';
  readonly summary: MonteCarloSummary;
}

export type RunOutcome = SingleRunOutcome | MonteCarloOutcome;

type Control = RunControl<RunOutcome>;

function spawnEngineWorker(index: number, control: Control): Worker {
  const worker = new Worker(new URL('../../workers/engine.worker.ts', import.meta.url), {
    type: 'module',
    name: `engine-${index + 1}`,
  });
  worker.addEventListener('error', (event) => {
    // Handled here: the run fails with this message instead of an uncaught error in the console.
    event.preventDefault();
    const why = event.message || 'its script could not be loaded, or it crashed';
    control.fail(new Error(`Engine worker ${index + 1} stopped: ${why}`));
  });
  worker.addEventListener('messageerror', () => {
    control.fail(new Error(`Engine worker ${index + 1} sent a message that could not be read`));
  });
  return worker;
}

function engineFailure(error: unknown): Error {
  const message = error instanceof Error ? error.message : String(error);
  return new Error(`The engine failed: ${message}`);
}

/** Offices (single run) or replication indices (Monte Carlo) for each of at most `count` workers. */
function splitWork(input: EngineInput, request: RunRequest, count: number): number[][] {
  if (request.replications <= 1) return splitOffices(input, count);
  const all = Array.from({ length: request.replications }, (_, r) => r);
  const size = Math.ceil(all.length / count);
  return Array.from({ length: count }, (_, w) => all.slice(w * size, (w + 1) * size)).filter((s) => s.length);
}

export function startRun(scenario: Scenario, request: RunRequest): RunHandle<RunOutcome> {
  const workers: Worker[] = [];
  const control = createRunControl<RunOutcome>(() => workers.forEach((worker) => worker.terminate()));
  try {
    launch(scenario, request, control, workers);
  } catch (error) {
    control.fail(engineFailure(error));
  }
  return control.handle;
}

function launch(scenario: Scenario, request: RunRequest, control: Control, workers: Worker[]): void {
  const input = prepareEngineInput(scenario);
  const monteCarlo = request.replications > 1;
  const units = monteCarlo ? request.replications : input.officeCount;
  const split = splitWork(
    input,
    request,
    Math.max(1, Math.min(request.workers ?? defaultWorkerCount(), units)),
  );
  const recordsPerRun = input.officeRecords.reduce((sum, records) => sum + records, 0);
  control.plan({
    workers: split.length,
    recordsTotal: recordsPerRun * request.replications,
    estimatedSeconds: estimateRunSeconds(request, recordsPerRun, split.length),
  });
  for (let w = 0; w < split.length; w++) workers.push(spawnEngineWorker(w, control));
  const engines = workers.map((worker) => wrap<EngineWorkerApi>(worker));
  const base = { request, firstMonth: input.firstMonth, workers: split.length };
  const first = engines[0]!;
  // Delivery cost on this thread: the synchronous work the run service does once the last share is in
  // (posting the shares to be combined, then building and handing over the outcome).
  let lastShareAt = 0;
  let mainThreadMs = 0;
  let chunkAt = 0;
  const onThisThread = <T>(work: () => T): T => {
    chunkAt = performance.now();
    try {
      return work();
    } finally {
      mainThreadMs += performance.now() - chunkAt;
    }
  };
  const timings = () => {
    const now = performance.now();
    return {
      elapsedSeconds: (now - control.startedAt) / 1000,
      mergeMs: now - lastShareAt,
      mainThreadMs: mainThreadMs + (now - chunkAt),
    };
  };
  // Every share back → one combining call in the first worker (shares transferred) → the outcome.
  const finish = <Share extends object, Combined>(
    calls: Promise<Share>[],
    combine: (shares: Share[]) => Promise<Combined>,
    outcome: (combined: Combined) => RunOutcome,
  ) =>
    Promise.all(calls)
      .then((shares) => {
        lastShareAt = performance.now();
        return onThisThread(() => combine(transfer(shares, typedArrayBuffers(shares))));
      })
      .then((combined) => {
        if (!control.settled()) onThisThread(() => control.complete(outcome(combined)));
      })
      .catch((error: unknown) => control.fail(engineFailure(error)));

  if (monteCarlo) {
    const options = { seed: request.seed, mode: request.mode };
    void finish(
      engines.map((engine, w) =>
        engine.runReplications(
          input,
          split[w]!,
          options,
          proxy((done: number) => control.report(w, done * recordsPerRun)),
        ),
      ),
      // Percentiles sort every office's and month's column: a 70–80 ms long task on this thread.
      (batches) => first.summarizeReplications(batches),
      (summary) => ({ ...base, kind: 'monteCarlo', summary, ...timings() }),
    );
  } else {
    const options = { seed: request.seed, mode: request.mode, stochastic: request.stochastic };
    void finish(
      engines.map((engine, w) =>
        engine.simulateShard(
          input,
          split[w]!,
          options,
          proxy((done: number) => control.report(w, done)),
        ),
      ),
      (shards) => first.mergeShards(input, shards),
      (result) => ({
        ...base,
        kind: 'single',
        result,
        recordsCompleted: recordsCompleted(result),
        pagesScanned: pagesScanned(result),
        ...timings(),
      }),
    );
  }
}

// The screen names stages and "never" through the run service, not by reaching into the engine.
export { NEVER, STAGE_LABELS, STAGES } from '../../workers/engine/engine-types';
export type { StageName } from '../../workers/engine/engine-types';
