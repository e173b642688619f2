/**
 * The app's runs, kept above the screens: leaving the Planner (or the Runs screen) and coming back shows
 * the run going on or its result, and a run is never cancelled by a screen going away. One run goes at a
 * time. Each screen reads its own slot: the Planner's per scenario, a re-run's per saved run.
 */
import type { DbError, RolloutDatabase, StorageStatus } from '@/db';
import { appDatabase, deleteRun, renameRun } from '@/db';
import type { Scenario } from '@/domain/scenario/scenario-schema';

import type { RunOutcome } from './engine-client';
import { startRun } from './engine-client';
import { ENGINE_VERSION } from './engine-version';
import type { RunHandle, RunProgress } from './run-handle';
import { isAbortError } from './run-handle';
import type { RunRequest } from './run-request';
import type { SavedRunDeps, SavedRunOptions, SaveReport } from './saved-runs';
import { currentStorageStatus, openRunStore, startSavedRun } from './saved-runs';

export type SaveState =
  | { readonly kind: 'saving' }
  | { readonly kind: 'saved'; readonly runId: string }
  | { readonly kind: 'not-saved'; readonly message: string };

export type SessionPhase =
  | { readonly phase: 'running'; readonly progress: RunProgress | null }
  | { readonly phase: 'done'; readonly outcome: RunOutcome }
  | { readonly phase: 'cancelled' }
  | { readonly phase: 'failed'; readonly message: string };

export interface SessionRun {
  readonly slot: string;
  /** Counts the runs started in this page: late news from a replaced run is dropped. */
  readonly token: number;
  readonly scenario: Scenario;
  readonly request: RunRequest;
  readonly state: SessionPhase;
  readonly save: SaveState;
}

export type SessionSnapshot = ReadonlyMap<string, SessionRun>;

export interface RunSession {
  /** Every slot's last run; a new object after each change (for `useSyncExternalStore`). */
  getSnapshot(): SessionSnapshot;
  subscribe(listener: () => void): () => void;
  /** Starts a saved run in `slot` (a run still going elsewhere is cancelled first); resolves with its outcome. */
  start(
    slot: string,
    scenario: Scenario,
    request: RunRequest,
    options?: SavedRunOptions,
  ): Promise<RunOutcome>;
  /** The run going on now, if any. */
  running(): SessionRun | null;
  cancel(): void;
  /** Settles once the last started run's end is stored (tests and the re-run check wait on it). */
  lastSave(): Promise<SaveReport | null>;
}

/** The Planner's slot for a scenario. */
export function plannerSlot(scenario: Scenario): string {
  return `planner:${scenario.id}`;
}

/** The Planner's slot for a saved scenario (its document's id may be a preset's: the row id tells them apart). */
export function savedScenarioSlot(rowId: string): string {
  return `planner:saved:${rowId}`;
}

/** The slot of a re-run of a saved run. */
export function rerunSlot(runId: string): string {
  return `rerun:${runId}`;
}

function saveState(report: SaveReport): SaveState {
  if (report.problem !== null) return { kind: 'not-saved', message: report.problem };
  return report.runId === null
    ? { kind: 'not-saved', message: 'This run is not saved' }
    : { kind: 'saved', runId: report.runId };
}

export function createRunSession(deps: SavedRunDeps): RunSession {
  let snapshot: SessionSnapshot = new Map();
  const listeners = new Set<() => void>();
  let current: { slot: string; handle: RunHandle<RunOutcome> } | null = null;
  let lastSave: Promise<SaveReport | null> = Promise.resolve(null);
  let tokens = 0;

  const update = (slot: string, change: (run: SessionRun) => SessionRun) => {
    const run = snapshot.get(slot);
    if (!run) return;
    const next = new Map(snapshot);
    next.set(slot, change(run));
    snapshot = next;
    for (const listener of listeners) listener();
  };

  return {
    getSnapshot: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    running() {
      if (!current) return null;
      return snapshot.get(current.slot) ?? null;
    },
    cancel() {
      current?.handle.cancel();
    },
    lastSave: () => lastSave,
    start(slot, scenario, request, options = {}) {
      current?.handle.cancel();
      const { handle, saved } = startSavedRun(deps, scenario, request, options);
      const mine = { slot, handle };
      current = mine;
      const token = ++tokens;
      const isCurrent = () => snapshot.get(slot)?.token === token;
      const next = new Map(snapshot);
      next.set(slot, {
        slot,
        token,
        scenario,
        request,
        state: { phase: 'running', progress: null },
        save: { kind: 'saving' },
      });
      snapshot = next;
      for (const listener of listeners) listener();
      handle.progress.subscribe((progress) => {
        if (isCurrent()) update(slot, (run) => ({ ...run, state: { phase: 'running', progress } }));
      });
      handle.result.then(
        (outcome) => {
          if (current === mine) current = null;
          if (isCurrent()) update(slot, (run) => ({ ...run, state: { phase: 'done', outcome } }));
        },
        (error: unknown) => {
          if (current === mine) current = null;
          if (!isCurrent()) return;
          const state: SessionPhase = isAbortError(error)
            ? { phase: 'cancelled' }
            : { phase: 'failed', message: error instanceof Error ? error.message : String(error) };
          update(slot, (run) => ({ ...run, state }));
        },
      );
      lastSave = saved.then((report) => {
        if (isCurrent()) update(slot, (run) => ({ ...run, save: saveState(report) }));
        return report;
      });
      return handle.result;
    },
  };
}

let startup: ReturnType<typeof openRunStore> | null = null;
let session: RunSession | null = null;

/**
 * Once, from src/main.tsx before the first render: marks runs a reload cut off as interrupted and asks for
 * persistent storage.
 */
export function startPersistence(now: number): void {
  startup ??= openRunStore(appDatabase(), now);
}

/** The answer to the start-up request for persistent storage, with the storage used now. */
export async function storageStatus(): Promise<StorageStatus> {
  const asked = await (startup?.storage ?? currentStorageStatus());
  const now = await currentStorageStatus();
  return { ...now, persistent: asked.persistent ?? now.persistent, persistence: asked.persistence };
}

/** The app's one run session, on the app's database. */
export function appRunSession(): RunSession {
  session ??= createRunSession({
    db: appDatabase(),
    now: () => Date.now(),
    engine: startRun,
    engineVersion: ENGINE_VERSION,
    ready: startup?.ready ?? Promise.resolve(null),
  });
  return session;
}

function problemText(error: DbError): string {
  return error.kind === 'invalid'
    ? `${error.message}: ${error.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`
    : error.message;
}

/** Renames a saved run; answers the problem in words, or null. */
export async function renameSavedRun(
  id: string,
  name: string,
  db: RolloutDatabase = appDatabase(),
): Promise<string | null> {
  const answer = await renameRun(db, id, name.trim());
  return answer.ok ? null : problemText(answer.error);
}

/** Deletes a saved run and its results; answers the problem in words, or null. */
export async function deleteSavedRun(
  id: string,
  db: RolloutDatabase = appDatabase(),
): Promise<string | null> {
  const answer = await deleteRun(db, id);
  return answer.ok ? null : problemText(answer.error);
}
