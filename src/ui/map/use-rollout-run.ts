/**
 * Runs the engine for map playback through the run service: one lot-mode run (office × month detail for
 * the slider), then a lot-mode Monte Carlo for each office's P10/P50/P90 go-live. Both run in the engine
 * workers; this thread only turns the result into playback frames (once, ~1 ms for 209 × 360).
 */
import { useEffect, useState } from 'react';

import { startRun } from '@/app/engine-client';
import type { RunOutcome } from '@/app/engine-client';
import type { RunHandle } from '@/app/run-handle';
import { isAbortError } from '@/app/run-handle';
import type { Scenario } from '@/domain/scenario/scenario-schema';
import { buildRolloutFrames } from '@/map/rollout-frames';
import type { RolloutFrames } from '@/map/rollout-frames';

import type { SimulationResult } from '@/app/engine-results';

export const PLAYBACK_SEED = 1;
export const MONTE_CARLO_REPLICATIONS = 200;

export interface RolloutRun {
  readonly phase: 'waiting' | 'running' | 'done' | 'failed';
  readonly frames: RolloutFrames | null;
  readonly result: SimulationResult | null;
  /** [office * 3 + (0 p10 | 1 p50 | 2 p90)] go-live months, once the Monte Carlo run has finished. */
  readonly goLiveBands: Int32Array | null;
  readonly message?: string;
}

/** Starts when `enabled` turns true (after the map's first draw, so the run does not slow it). */
export function useRolloutRun(scenario: Scenario | null, enabled: boolean): RolloutRun {
  const [run, setRun] = useState<RolloutRun>({
    phase: 'waiting',
    frames: null,
    result: null,
    goLiveBands: null,
  });

  useEffect(() => {
    if (!enabled || !scenario) return;
    let handle: RunHandle<RunOutcome> | null = null;
    let cancelled = false;
    const fail = (error: unknown) => {
      if (cancelled || isAbortError(error)) return;
      setRun((r) => ({
        ...r,
        phase: 'failed',
        message: error instanceof Error ? error.message : String(error),
      }));
    };
    setRun({ phase: 'running', frames: null, result: null, goLiveBands: null });
    handle = startRun(scenario, { seed: PLAYBACK_SEED, mode: 'lot', stochastic: true, replications: 1 });
    handle.result
      .then((outcome) => {
        if (cancelled || outcome.kind !== 'single') return;
        const records = scenario.offices.map((o) => o.records);
        const frames = buildRolloutFrames(outcome.result, records);
        setRun({ phase: 'done', frames, result: outcome.result, goLiveBands: null });
        handle = startRun(scenario, {
          seed: PLAYBACK_SEED,
          mode: 'lot',
          stochastic: true,
          replications: MONTE_CARLO_REPLICATIONS,
        });
        return handle.result.then((mc) => {
          if (!cancelled && mc.kind === 'monteCarlo')
            setRun((r) => ({ ...r, goLiveBands: mc.summary.officeGoLive }));
        });
      })
      .catch(fail);
    return () => {
      cancelled = true;
      handle?.cancel();
    };
  }, [scenario, enabled]);

  return run;
}
