import { useCallback, useSyncExternalStore } from 'react';

import type { RunOutcome } from '@/app/engine-client';
import type { RunProgress } from '@/app/run-handle';
import type { RunRequest } from '@/app/run-request';
import type { SaveState, SessionRun } from '@/app/run-session';
import { appRunSession } from '@/app/run-session';
import type { Scenario } from '@/domain/scenario/scenario-schema';

export type RunState =
  | { readonly phase: 'idle' }
  | { readonly phase: 'running'; readonly request: RunRequest; readonly progress: RunProgress | null }
  | { readonly phase: 'done'; readonly outcome: RunOutcome }
  | { readonly phase: 'cancelled' }
  | { readonly phase: 'failed'; readonly message: string };

export interface EngineRun {
  readonly state: RunState;
  /** How the last run was saved (null before any run in this slot). */
  readonly save: SaveState | null;
  /** A run is going in another slot (another scenario, or a re-run on the Runs screen). */
  readonly busyElsewhere: SessionRun | null;
  /** Starts a saved run; the promise is the run's result. */
  readonly start: (request: RunRequest) => Promise<RunOutcome>;
  readonly cancel: () => void;
}

const session = appRunSession;

/** The app's runs, as React state. */
export function useRunSession() {
  const runs = session();
  return useSyncExternalStore(runs.subscribe, runs.getSnapshot);
}

function stateOf(run: SessionRun | undefined): RunState {
  if (!run) return { phase: 'idle' };
  return run.state.phase === 'running'
    ? { phase: 'running', request: run.request, progress: run.state.progress }
    : run.state;
}

/**
 * One slot's run (the Planner's for a scenario, a saved run's re-run): kept by the app's run session, so
 * leaving the screen neither cancels it nor loses its result.
 */
export function useEngineRun(
  scenario: Scenario,
  slot: string,
  options: { readonly name?: string; readonly scenarioId?: string } = {},
): EngineRun {
  const snapshot = useRunSession();
  const run = snapshot.get(slot);
  const going = [...snapshot.values()].find((r) => r.state.phase === 'running' && r.slot !== slot) ?? null;
  const { name, scenarioId } = options;
  const start = useCallback(
    (request: RunRequest) =>
      session().start(slot, scenario, request, {
        ...(name === undefined ? {} : { name }),
        ...(scenarioId === undefined ? {} : { scenarioId }),
      }),
    [scenario, slot, name, scenarioId],
  );
  const cancel = useCallback(() => session().cancel(), []);
  return { state: stateOf(run), save: run?.save ?? null, busyElsewhere: going, start, cancel };
}
