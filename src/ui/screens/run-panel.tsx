import { useEffect, useId } from 'react';

import { provideBenchRunner } from '@/app/bench-hook';
import type { RunProgress } from '@/app/run-handle';
import type { SaveState } from '@/app/run-session';
import { plannerSlot, savedScenarioSlot } from '@/app/run-session';
import type { Scenario } from '@/domain/scenario/scenario-schema';

import { MonteCarloResults } from './monte-carlo-results';
import { formatPercent, formatSeconds } from './run-format';
import { RunForm } from './run-form';
import { RunResults } from './run-results';
import type { RunState } from './use-engine-run';
import { useEngineRun } from './use-engine-run';

interface Props {
  readonly scenario: Scenario;
  /** A saved scenario's row id: its runs get their own slot and are stored with it. */
  readonly savedId?: string;
}

function statusText(state: RunState): string {
  switch (state.phase) {
    case 'idle':
      return '';
    case 'running':
      return 'Running…';
    case 'cancelled':
      return 'Cancelled';
    case 'failed':
      return `Failed: ${state.message}`;
    case 'done':
      return `Done in ${formatSeconds(state.outcome.elapsedSeconds)}`;
  }
}

function ProgressRow({ progress }: { readonly progress: RunProgress | null }) {
  const id = useId();
  const fraction = progress?.fraction ?? 0;
  const left = progress ? `about ${formatSeconds(progress.remainingSeconds)} left` : 'starting workers';
  return (
    <div className="run-progress">
      <label htmlFor={id}>Progress</label>
      <progress
        id={id}
        data-testid="run-progress"
        max={1}
        value={fraction}
        aria-valuetext={`${formatPercent(fraction)}, ${left}`}
      />
      <span className="muted" aria-hidden="true">
        {formatPercent(fraction)} · {left}
      </span>
    </div>
  );
}

/** Where the run went: the Runs screen, or why it is not kept. */
function SaveLine({ save }: { readonly save: SaveState | null }) {
  if (save === null) return null;
  if (save.kind === 'saving') return null;
  if (save.kind === 'saved')
    return (
      <p className="muted" data-testid="run-saved">
        Saved in this browser: see <a href="#/runs">Runs</a>.
      </p>
    );
  return (
    <p className="run-status bad" role="alert" data-testid="run-saved">
      {save.message}
    </p>
  );
}

/** Run settings, progress and status, then the result of the last run (kept while other screens show). */
export function RunPanel({ scenario, savedId }: Props) {
  const { state, save, busyElsewhere, start, cancel } = useEngineRun(
    scenario,
    savedId === undefined ? plannerSlot(scenario) : savedScenarioSlot(savedId),
    savedId === undefined ? {} : { scenarioId: savedId },
  );
  const running = state.phase === 'running' || busyElsewhere !== null;
  const totalRecords = scenario.offices.reduce((sum, office) => sum + office.records, 0);

  // Only visible to the benchmark when the page was opened with ?bench (see src/app/bench-hook.ts).
  useEffect(() => provideBenchRunner(start), [start]);

  return (
    <section className="run-panel" aria-labelledby="run-panel-title">
      <h2 id="run-panel-title">Run the simulation</h2>
      <RunForm
        totalRecords={totalRecords}
        running={running}
        onRun={(request) => void start(request).catch(() => {})}
        onCancel={cancel}
      />
      {busyElsewhere && (
        <p className="run-note caveat" data-testid="run-elsewhere">
          A run of {busyElsewhere.scenario.name} is going; cancel it to start one here.
        </p>
      )}
      {state.phase === 'running' && <ProgressRow progress={state.progress} />}
      <p
        role="status"
        data-testid="run-status"
        className={state.phase === 'failed' ? 'run-status bad' : 'run-status'}
      >
        {statusText(state)}
      </p>
      {state.phase !== 'running' && <SaveLine save={save} />}
      {state.phase === 'done' && state.outcome.kind === 'single' && (
        <RunResults scenario={scenario} outcome={state.outcome} />
      )}
      {state.phase === 'done' && state.outcome.kind === 'monteCarlo' && (
        <MonteCarloResults scenario={scenario} outcome={state.outcome} />
      )}
    </section>
  );
}
