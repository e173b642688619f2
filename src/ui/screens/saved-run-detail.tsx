/** One saved run opened on the Runs screen: its result, its exports and re-running it with its seed. */
import { useEffect, useMemo, useRef } from 'react';

import { useRun, useRunResults } from '@/db';
import { appRunSession, rerunSlot } from '@/app/run-session';
import type { RunOutcome } from '@/app/engine-client';
import type { ExportedRun } from '@/app/results-export';
import { nationalCsv, officesCsv, resultJson } from '@/app/results-export';
import { asRunOutcome, compareRunOutcomes } from '@/app/saved-runs';

import { downloadText } from '../download-file';

import { formatDateTime, formatInteger } from '../format';
import { MonteCarloResults } from './monte-carlo-results';
import { formatPercent, formatSeconds } from './run-format';
import { RunResults } from './run-results';
import { planLabel, startRerun, STATUS_WORDS } from './saved-run-words';
import { useRunSession } from './use-engine-run';

/** Downloads of an opened run: national and per-office CSV, and the CLI's result JSON (single runs). */
function ResultExports({ run, outcome }: { readonly run: ExportedRun; readonly outcome: RunOutcome }) {
  const json = outcome.kind === 'single';
  return (
    <div className="run-form" role="group" aria-label="Export the results" data-testid="result-exports">
      <button
        type="button"
        data-testid="export-national-csv"
        onClick={() => {
          const file = nationalCsv(run, outcome);
          downloadText(file.fileName, file.text, file.mimeType);
        }}
      >
        National monthly CSV
      </button>
      <button
        type="button"
        data-testid="export-offices-csv"
        onClick={() => {
          const file = officesCsv(run, outcome);
          downloadText(file.fileName, file.text, file.mimeType);
        }}
      >
        Per-office CSV
      </button>
      <button
        type="button"
        data-testid="export-result-json"
        disabled={!json}
        title={
          json ? undefined : 'A Monte Carlo run keeps no detailed replication, which the result format needs'
        }
        onClick={() => {
          const file = resultJson(run, outcome);
          if (file) downloadText(file.fileName, file.text, file.mimeType);
        }}
      >
        Result JSON (CLI format)
      </button>
    </div>
  );
}

/** A saved run's results with the Planner's components, and its re-run checked against them. */
export function RunDetail({ id, onClose }: { readonly id: string; readonly onClose: () => void }) {
  const run = useRun(id);
  const stored = useRunResults(id);
  const saved = useMemo(() => asRunOutcome(stored), [stored]);
  const sessionRuns = useRunSession();
  const rerun = sessionRuns.get(rerunSlot(id));
  const busy = [...sessionRuns.values()].some((r) => r.state.phase === 'running');
  const heading = useRef<HTMLHeadingElement>(null);
  const loaded = run !== undefined && run !== null;
  // Opening a run moves the focus to it, so a keyboard user lands on what they asked for.
  useEffect(() => {
    if (loaded) heading.current?.focus();
  }, [loaded]);
  const verdict = useMemo(
    () => (saved && rerun?.state.phase === 'done' ? compareRunOutcomes(saved, rerun.state.outcome) : null),
    [saved, rerun],
  );

  if (run === undefined) return <p className="muted">Reading the run…</p>;
  if (run === null) return <p className="muted">This run is no longer stored.</p>;
  const progress = rerun?.state.phase === 'running' ? rerun.state.progress : null;
  return (
    <section className="run-detail" aria-labelledby="run-detail-title" data-testid="run-detail">
      <h2 id="run-detail-title" ref={heading} tabIndex={-1}>
        {run.name}
      </h2>
      <p>
        {run.scenario.name} · {planLabel(run)} · started {formatDateTime(run.startedAt)}
        {run.finishedAt !== null && `, ended ${formatDateTime(run.finishedAt)}`} · engine {run.engineVersion}{' '}
        · {STATUS_WORDS[run.status]}
        {run.error && `: ${run.error}`}
      </p>
      <div className="run-form">
        <button
          type="button"
          data-testid="rerun-button"
          disabled={busy}
          onClick={() => startRerun(appRunSession(), run)}
        >
          Re-run with seed {formatInteger(run.seed)}
        </button>
        <button type="button" onClick={() => appRunSession().cancel()} disabled={!busy}>
          Cancel
        </button>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
      <p role="status" data-testid="rerun-status" className="run-status">
        {rerun?.state.phase === 'running' &&
          `Re-running… ${progress ? `${formatPercent(progress.fraction)}, about ${formatSeconds(progress.remainingSeconds)} left` : 'starting workers'}`}
        {rerun?.state.phase === 'failed' && `The re-run failed: ${rerun.state.message}`}
        {rerun?.state.phase === 'cancelled' && 'The re-run was cancelled'}
        {rerun?.state.phase === 'done' &&
          saved === null &&
          'Re-run done; the saved run has no results to compare'}
      </p>
      {verdict && (
        <p
          className={verdict.identical ? 'verdict good' : 'verdict bad'}
          data-testid="rerun-verdict"
          role="status"
        >
          {verdict.identical
            ? 'Identical to the saved run: every figure and every office-by-month value is the same.'
            : `Differs from the saved run: ${verdict.differences.join('; ')}.`}
        </p>
      )}
      {stored === undefined && <p className="muted">Reading the results…</p>}
      {stored !== undefined && saved === null && (
        <p className="muted">
          {run.status === 'done'
            ? 'The stored results could not be read.'
            : 'This run has no results: only finished runs keep them.'}
        </p>
      )}
      {saved && <ResultExports run={run} outcome={saved} />}
      {saved?.kind === 'single' && <RunResults scenario={run.scenario} outcome={saved} />}
      {saved?.kind === 'monteCarlo' && <MonteCarloResults scenario={run.scenario} outcome={saved} />}
    </section>
  );
}
