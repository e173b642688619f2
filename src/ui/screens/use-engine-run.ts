import { useCallback, useEffect, useRef, useState } from 'react';

import type { RunOutcome } from '@/app/engine-client';
import { startRun } from '@/app/engine-client';
import type { RunHandle, RunProgress } from '@/app/run-handle';
import { isAbortError } from '@/app/run-handle';
import type { RunRequest } from '@/app/run-request';
import type { Scenario } from '@/domain/scenario/scenario-schema';

export type RunState =
  | { readonly phase: 'idle' }
  | { readonly phase: 'running'; readonly request: RunRequest; readonly progress: RunProgress | null }
  | { readonly phase: 'done'; readonly outcome: RunOutcome }
  | { readonly phase: 'cancelled' }
  | { readonly phase: 'failed'; readonly message: string };

export interface EngineRun {
  readonly state: RunState;
  /** Starts a run (cancelling one in progress); the promise is the run's result. */
  readonly start: (request: RunRequest) => Promise<RunOutcome>;
  readonly cancel: () => void;
}

/** One run at a time for a scenario: its state for the screen, cancelled when the screen goes away. */
export function useEngineRun(scenario: Scenario): EngineRun {
  const [state, setState] = useState<RunState>({ phase: 'idle' });
  const current = useRef<RunHandle<RunOutcome> | null>(null);

  useEffect(() => {
    const runs = current;
    return () => {
      runs.current?.cancel();
      runs.current = null;
    };
  }, []);

  const start = useCallback(
    (request: RunRequest) => {
      current.current?.cancel();
      const handle = startRun(scenario, request);
      current.current = handle;
      // Late news from a run that was replaced must not overwrite the newer run's state.
      const isCurrent = () => current.current === handle;
      setState({ phase: 'running', request, progress: null });
      handle.progress.subscribe((progress) => {
        if (isCurrent()) setState({ phase: 'running', request, progress });
      });
      handle.result.then(
        (outcome) => {
          if (!isCurrent()) return;
          current.current = null;
          setState({ phase: 'done', outcome });
        },
        (error: unknown) => {
          if (!isCurrent()) return;
          current.current = null;
          if (isAbortError(error)) setState({ phase: 'cancelled' });
          else setState({ phase: 'failed', message: error instanceof Error ? error.message : String(error) });
        },
      );
      return handle.result;
    },
    [scenario],
  );

  const cancel = useCallback(() => current.current?.cancel(), []);
  return { state, start, cancel };
}
