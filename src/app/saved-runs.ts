/**
 * Runs kept in the browser's store (README "Life of a run"): a run is stored as 'running' before its
 * workers start, and finished once — 'done' with its outcome and summary, 'failed' with the message,
 * 'cancelled'. A full store never costs the user the result on screen: the outcome is handed over first and
 * the save's own answer follows (`saved`). Start-up marks runs a reload cut off as 'interrupted' before any
 * run of this page is stored. Time comes in as `now`; the store as a `RolloutDatabase`.
 */
import type { RolloutDatabase, RunFinish, RunSummary, RunTimings, StorageStatus, StoredRun } from '@/db';
import {
  finishRun,
  markInterruptedRuns,
  readStorageStatus,
  requestPersistentStorage,
  startRun as storeRun,
} from '@/db';
import { economicsOfRun } from '@/domain/economics';
import { yearMonthFromIndex } from '@/domain/scenario/field-schemas';
import type { Scenario } from '@/domain/scenario/scenario-schema';

import type { RunOutcome } from './engine-client';
import { nationalCostByMonth, NEVER } from './engine-results';
import type { ProgressListener, RunHandle, RunProgress } from './run-handle';
import { abortError, isAbortError } from './run-handle';
import type { RunRequest } from './run-request';

export interface SavedRunDeps {
  readonly db: RolloutDatabase;
  /** Milliseconds since the epoch (the app passes `Date.now`). */
  readonly now: () => number;
  /** Starts the engine (the app passes `startRun` of `engine-client.ts`). */
  readonly engine: (scenario: Scenario, request: RunRequest) => RunHandle<RunOutcome>;
  readonly engineVersion: string;
  /** The start-up sweep: no run is stored before it ends, so it never marks a run of this page. */
  readonly ready: Promise<unknown>;
}

export interface SavedRunOptions {
  /** Shown in the Runs list; the scenario's name by default. */
  readonly name?: string;
  readonly scenarioId?: string | null;
}

/** How the run ended up in the store. */
export interface SaveReport {
  /** The stored run's id; null when even its start could not be stored. */
  readonly runId: string | null;
  /** null: stored as it ended. Otherwise what went wrong, in words for the screen. */
  readonly problem: string | null;
}

export interface SavedRun {
  /** The engine run's handle: the outcome arrives before its save is done. */
  readonly handle: RunHandle<RunOutcome>;
  /** Settles (never rejects) once the store holds how the run ended. */
  readonly saved: Promise<SaveReport>;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** What the Runs list shows of an outcome: completion month (P50 in Monte Carlo), cost, NPV. */
export function runSummary(scenario: Scenario, outcome: RunOutcome): RunSummary {
  const month = (index: number) => (index === NEVER ? null : yearMonthFromIndex(outcome.firstMonth + index));
  if (outcome.kind === 'monteCarlo') {
    const { completionMonth, cost } = outcome.summary;
    return { completionMonth: month(completionMonth.p50), cost: cost.p50, npv: null };
  }
  const { result } = outcome;
  let npv: number | null = null;
  try {
    const value = economicsOfRun(scenario, result.goLiveMonth, nationalCostByMonth(result)).npv;
    npv = Number.isFinite(value) ? value : null;
  } catch {
    npv = null;
  }
  return { completionMonth: month(result.completionMonth), cost: result.totals.cost, npv };
}

function outcomeTimings(outcome: RunOutcome): RunTimings {
  return {
    elapsedSeconds: outcome.elapsedSeconds,
    mergeMs: outcome.mergeMs,
    mainThreadMs: outcome.mainThreadMs,
    workers: outcome.workers,
  };
}

/**
 * Starts a run that is kept: stored as 'running' (snapshot, seed, mode, replications, variability, engine
 * version), then the engine starts; its end is stored as it happens. Cancelling before the engine started
 * never starts it.
 */
export function startSavedRun(
  deps: SavedRunDeps,
  scenario: Scenario,
  request: RunRequest,
  options: SavedRunOptions = {},
): SavedRun {
  const listeners = new Set<ProgressListener>();
  let latest: RunProgress | null = null;
  let engine: RunHandle<RunOutcome> | null = null;
  let settled = false;
  let resolve!: (outcome: RunOutcome) => void;
  let reject!: (error: unknown) => void;
  const result = new Promise<RunOutcome>((ok, fail) => {
    resolve = ok;
    reject = fail;
  });
  const settle = (finish: () => void) => {
    if (settled) return;
    settled = true;
    finish();
    listeners.clear();
  };
  const handle: RunHandle<RunOutcome> = {
    result,
    progress: {
      subscribe(listener) {
        if (settled) return () => {};
        listeners.add(listener);
        if (latest) listener(latest);
        return () => listeners.delete(listener);
      },
    },
    cancel() {
      if (settled) return;
      if (engine) engine.cancel();
      else settle(() => reject(abortError()));
    },
  };

  const saved = (async (): Promise<SaveReport> => {
    await deps.ready.catch(() => undefined);
    if (settled) return { runId: null, problem: null };
    const started = await storeRun(deps.db, {
      scenarioId: options.scenarioId ?? null,
      scenario,
      seed: request.seed,
      mode: request.mode,
      replications: request.replications,
      variability: request.replications > 1 || request.stochastic,
      engineVersion: deps.engineVersion,
      now: deps.now(),
      ...(options.name === undefined ? {} : { name: options.name }),
    }).catch((error: unknown) => ({ ok: false as const, error: { message: messageOf(error) } }));
    const runId = started.ok ? started.value.id : null;
    const startProblem = started.ok ? null : `This run is not saved: ${started.error.message}`;
    const end = async (finish: RunFinish): Promise<string | null> => {
      if (runId === null) return startProblem;
      const answer = await finishRun(deps.db, runId, finish, deps.now());
      return answer.ok ? null : answer.error.message;
    };
    if (settled) {
      // Cancelled while the start was being stored: the workers never start.
      return { runId, problem: await end({ status: 'cancelled' }) };
    }
    engine = deps.engine(scenario, request);
    engine.progress.subscribe((progress) => {
      latest = progress;
      for (const listener of listeners) listener(progress);
    });
    let outcome: RunOutcome;
    try {
      outcome = await engine.result;
    } catch (error) {
      settle(() => reject(error));
      const problem = await end(
        isAbortError(error) ? { status: 'cancelled' } : { status: 'failed', error: messageOf(error) },
      );
      return { runId, problem };
    }
    settle(() => resolve(outcome));
    if (runId === null) return { runId, problem: startProblem };
    const problem = await end({
      status: 'done',
      results: outcome,
      summary: runSummary(scenario, outcome),
      timings: outcomeTimings(outcome),
    });
    if (problem === null) return { runId, problem: null };
    // The results did not fit (or the store failed): the run is recorded as failed, with the reason.
    await end({ status: 'failed', error: `The result was not saved: ${problem}` });
    return { runId, problem: `The result is shown but was not saved: ${problem}` };
  })();
  return { handle, saved };
}

export interface StoreStartup {
  /** Runs marked interrupted, or null if the sweep failed. */
  readonly ready: Promise<number | null>;
  /** The answer to `navigator.storage.persist()` and the storage used. */
  readonly storage: Promise<StorageStatus>;
}

/** Once at start-up: runs a reload cut off become 'interrupted'; persistent storage is asked for. */
export function openRunStore(
  db: RolloutDatabase,
  now: number,
  requestStorage: () => Promise<StorageStatus> = requestPersistentStorage,
): StoreStartup {
  const ready = markInterruptedRuns(db, now).then(
    (answer) => (answer.ok ? answer.value : null),
    () => null,
  );
  return { ready, storage: requestStorage() };
}

/** The storage status now (usage changes as runs are saved). */
export function currentStorageStatus(): Promise<StorageStatus> {
  return readStorageStatus();
}

/** A stored run's results read back as a run outcome, or null if they are not one. */
export function asRunOutcome(value: unknown): RunOutcome | null {
  if (typeof value !== 'object' || value === null) return null;
  const o = value as Partial<RunOutcome> & { result?: unknown; summary?: unknown };
  if (o.kind === 'single' && typeof o.result === 'object' && o.result !== null) return value as RunOutcome;
  if (o.kind === 'monteCarlo' && typeof o.summary === 'object' && o.summary !== null)
    return value as RunOutcome;
  return null;
}

export type RunComparison =
  { readonly identical: true } | { readonly identical: false; readonly differences: readonly string[] };

const SHOWN_DIFFERENCES = 3;

function same(a: unknown, b: unknown): boolean {
  return a === b || (typeof a === 'number' && typeof b === 'number' && Number.isNaN(a) && Number.isNaN(b));
}

function show(value: unknown): string {
  return typeof value === 'number' ? String(value) : (JSON.stringify(value) ?? String(value));
}

function compareValue(saved: unknown, fresh: unknown, path: string, out: string[]): void {
  if (ArrayBuffer.isView(saved) || ArrayBuffer.isView(fresh)) {
    const a = saved as unknown as ArrayLike<unknown> & object;
    const b = fresh as unknown as ArrayLike<unknown> & object;
    if (!ArrayBuffer.isView(saved) || !ArrayBuffer.isView(fresh) || a.constructor !== b.constructor) {
      out.push(`${path}: not the same kind of array`);
      return;
    }
    if (a.length !== b.length) {
      out.push(`${path}: ${a.length} values saved, ${b.length} now`);
      return;
    }
    let count = 0;
    let first = -1;
    for (let i = 0; i < a.length; i++)
      if (!same(a[i], b[i])) {
        count += 1;
        if (first < 0) first = i;
      }
    if (count > 0)
      out.push(
        `${path}[${first}] is ${show(a[first])} saved and ${show(b[first])} now` +
          (count > 1 ? ` (${count} values differ)` : ''),
      );
    return;
  }
  if (typeof saved === 'object' && saved !== null && typeof fresh === 'object' && fresh !== null) {
    const keys = new Set([...Object.keys(saved), ...Object.keys(fresh)]);
    for (const key of [...keys].sort())
      compareValue(
        (saved as Record<string, unknown>)[key],
        (fresh as Record<string, unknown>)[key],
        path ? `${path}.${key}` : key,
        out,
      );
    return;
  }
  if (!same(saved, fresh)) out.push(`${path} is ${show(saved)} saved and ${show(fresh)} now`);
}

/**
 * Compares what the engine produced (every typed array value by value, every total), not how the run went
 * (elapsed time, worker count): a re-run with the same seed must be identical.
 */
export function compareRunOutcomes(saved: RunOutcome, fresh: RunOutcome): RunComparison {
  const out: string[] = [];
  if (saved.kind !== fresh.kind) out.push(`the saved run is ${saved.kind}, the new one ${fresh.kind}`);
  else {
    compareValue(saved.firstMonth, fresh.firstMonth, 'firstMonth', out);
    if (saved.kind === 'single' && fresh.kind === 'single') compareValue(saved.result, fresh.result, '', out);
    if (saved.kind === 'monteCarlo' && fresh.kind === 'monteCarlo')
      compareValue(saved.summary, fresh.summary, '', out);
  }
  if (out.length === 0) return { identical: true };
  const shown = out.slice(0, SHOWN_DIFFERENCES);
  if (out.length > shown.length) shown.push(`and ${out.length - shown.length} more`);
  return { identical: false, differences: shown };
}

/** The request that reproduces a stored run (same seed, mode, replications and variability). */
export function rerunRequest(run: StoredRun): RunRequest {
  return { seed: run.seed, mode: run.mode, replications: run.replications, stochastic: run.variability };
}
