/** Words and actions the Runs screen's list and its opened run share. */
import type { StoredRun } from '@/db';
import type { RunSession } from '@/app/run-session';
import { rerunSlot } from '@/app/run-session';
import { rerunRequest } from '@/app/saved-runs';

/** Longest run name the store accepts. */
export const NAME_LIMIT = 120;

export const STATUS_WORDS: Record<StoredRun['status'], string> = {
  running: 'Running',
  done: 'Done',
  failed: 'Failed',
  interrupted: 'Interrupted',
  cancelled: 'Cancelled',
};

export function planLabel(run: StoredRun): string {
  return run.scenario.rollout.variant?.label ?? 'Custom plan';
}

/** Starts a re-run of a saved run with its own seed, saved under a new name. */
export function startRerun(session: RunSession, run: StoredRun): void {
  const name = `${run.name.slice(0, NAME_LIMIT - 10)} (re-run)`;
  void session
    .start(rerunSlot(run.id), run.scenario, rerunRequest(run), { name, scenarioId: run.scenarioId })
    .catch(() => {});
}
