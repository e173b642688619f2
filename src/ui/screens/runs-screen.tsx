import { useEffect, useId, useState } from 'react';

import type { StoredRun, StorageStatus } from '@/db';
import { useRunList } from '@/db';
import { appRunSession, deleteSavedRun, renameSavedRun, storageStatus } from '@/app/run-session';

import { formatMoney } from '../economics/money';
import { formatDateTime, formatInteger } from '../format';
import { NAME_LIMIT, planLabel, startRerun, STATUS_WORDS } from './saved-run-words';
import { useRunSession } from './use-engine-run';
import { RunDetail } from './saved-run-detail';
import { WorkspaceBackupPanel } from './workspace-backup-panel';

const MODE_WORDS: Record<StoredRun['mode'], string> = { record: 'Record', lot: 'Lot' };

function money(value: number | null | undefined, currency: string): string {
  return value === null || value === undefined ? '–' : `${formatMoney(value)}\u00a0${currency}`;
}

/** "Storage is persistent · 12 MB used of 2,048 MB". */
function StorageLine({ refresh }: { readonly refresh: number }) {
  const [status, setStatus] = useState<StorageStatus | null>(null);
  useEffect(() => {
    let live = true;
    void storageStatus().then((answer) => {
      if (live) setStatus(answer);
    });
    return () => {
      live = false;
    };
  }, [refresh]);
  return (
    <p className={status?.persistent === false ? 'caveat' : 'muted'} data-testid="storage-status">
      {status ? `${status.persistence} · ${status.usage}` : 'Reading the storage status…'}
      {status?.persistent === false &&
        '. Until the browser keeps it, export what matters: it may delete the store when space runs short.'}
    </p>
  );
}

interface RenameProps {
  readonly run: StoredRun;
  readonly onDone: (problem: string | null) => void;
}

function RenameForm({ run, onDone }: RenameProps) {
  const [text, setText] = useState(run.name);
  const [problem, setProblem] = useState<string | null>(null);
  const id = useId();
  return (
    <form
      className="rename-form"
      onSubmit={(event) => {
        event.preventDefault();
        void renameSavedRun(run.id, text).then((answer) => {
          if (answer === null) onDone(null);
          else setProblem(answer);
        });
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onDone(null);
      }}
    >
      <label htmlFor={id}>New name</label>{' '}
      <input
        id={id}
        value={text}
        maxLength={NAME_LIMIT}
        // The form opens on the user's request: the field they asked for takes the focus.
        autoFocus
        onChange={(event) => setText(event.target.value)}
        aria-invalid={problem !== null}
        aria-describedby={problem ? `${id}-problem` : undefined}
      />{' '}
      <button type="submit">Save</button>{' '}
      <button type="button" onClick={() => onDone(null)}>
        Cancel
      </button>
      {problem && (
        <p className="field-error" id={`${id}-problem`}>
          {problem}
        </p>
      )}
    </form>
  );
}

interface RowProps {
  readonly run: StoredRun;
  readonly isOpen: boolean;
  readonly busy: boolean;
  readonly onOpen: () => void;
  readonly onRerun: () => void;
  readonly onMessage: (message: string | null) => void;
}

function RunRow({ run, isOpen, busy, onOpen, onRerun, onMessage }: RowProps) {
  const [renaming, setRenaming] = useState(false);
  const { currency } = run.scenario;
  const summary = run.summary;
  const monteCarlo = run.replications > 1;
  return (
    <tr data-testid="run-row" data-run-id={run.id} aria-current={isOpen ? 'true' : undefined}>
      <th scope="row">
        {renaming ? (
          <RenameForm
            run={run}
            onDone={(problem) => {
              setRenaming(false);
              onMessage(problem);
            }}
          />
        ) : (
          <span data-testid="run-name">{run.name}</span>
        )}
      </th>
      <td>
        {run.scenario.name !== run.name && (
          <>
            {run.scenario.name}
            <br />
          </>
        )}
        <span className="muted">{planLabel(run)}</span>
      </td>
      <td>{formatDateTime(run.startedAt)}</td>
      <td>{MODE_WORDS[run.mode]}</td>
      <td className="num">{formatInteger(run.seed)}</td>
      <td className="num">{formatInteger(run.replications)}</td>
      <td data-testid="run-status-cell" title={run.error ?? undefined}>
        {STATUS_WORDS[run.status]}
        {run.status === 'failed' && run.error && <span className="run-error">{run.error}</span>}
      </td>
      <td data-testid="run-completion">
        {summary
          ? `${summary.completionMonth ?? 'not within the horizon'}${monteCarlo ? ' (P50)' : ''}`
          : '–'}
      </td>
      <td className="num nowrap" data-testid="run-cost">
        {money(summary?.cost, currency)}
        {summary && monteCarlo ? ' (P50)' : ''}
      </td>
      <td
        className="num nowrap"
        data-testid="run-npv"
        title={summary && summary.npv === null ? 'Monte Carlo runs carry no appraisal' : undefined}
      >
        {money(summary?.npv, currency)}
      </td>
      <td>
        <div className="run-actions">
          <button type="button" onClick={onOpen} aria-pressed={isOpen} aria-label={`Open ${run.name}`}>
            Open
          </button>
          <button
            type="button"
            onClick={() => setRenaming(true)}
            disabled={renaming}
            aria-label={`Rename ${run.name}`}
          >
            Rename
          </button>
          <button
            type="button"
            onClick={onRerun}
            disabled={busy}
            aria-label={`Re-run ${run.name} with seed ${run.seed}`}
          >
            Re-run
          </button>
          <button
            type="button"
            aria-label={`Delete ${run.name}`}
            onClick={() => {
              if (!window.confirm(`Delete the run "${run.name}" and its results? This cannot be undone.`))
                return;
              void deleteSavedRun(run.id).then(onMessage);
            }}
          >
            Delete
          </button>
        </div>
      </td>
    </tr>
  );
}

/** Every run kept in this browser: open, rename, delete, re-run with the same seed and check it. */
export function RunsScreen() {
  const runs = useRunList();
  const sessionRuns = useRunSession();
  const busy = [...sessionRuns.values()].some((r) => r.state.phase === 'running');
  const [openId, setOpenId] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const shown = openId !== null && runs?.some((run) => run.id === openId) ? openId : null;

  return (
    <section className="screen" aria-labelledby="screen-title">
      <h1 id="screen-title">Runs</h1>
      <p>
        Every run started in the Planner is kept in this browser with its scenario as it was run, its seed and
        its results. Re-running a run with its seed must give the identical result: the check says so.
      </p>
      <StorageLine refresh={runs?.length ?? 0} />
      <WorkspaceBackupPanel />
      {message && (
        <p role="alert" className="run-status bad">
          {message}
        </p>
      )}
      {runs === undefined && <p className="muted">Reading the saved runs…</p>}
      {runs?.length === 0 && (
        <p data-testid="runs-empty">
          No saved runs yet: run a simulation in the Planner and it appears here.
        </p>
      )}
      {runs !== undefined && runs.length > 0 && (
        <div className="table-scroll">
          <table className="data-table runs-table" data-testid="runs-table">
            <caption>
              {formatInteger(runs.length)} saved run{runs.length === 1 ? '' : 's'}, the latest first
            </caption>
            <thead>
              <tr>
                <th scope="col">Run</th>
                <th scope="col">Scenario, plan</th>
                <th scope="col">Started</th>
                <th scope="col">Mode</th>
                <th scope="col" className="num">
                  Seed
                </th>
                <th scope="col" className="num">
                  Replications
                </th>
                <th scope="col">Status</th>
                <th scope="col">Completion</th>
                <th scope="col" className="num">
                  Cost
                </th>
                <th scope="col" className="num">
                  NPV
                </th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {runs.map((run) => (
                <RunRow
                  key={run.id}
                  run={run}
                  isOpen={run.id === shown}
                  busy={busy}
                  onOpen={() => setOpenId(run.id === shown ? null : run.id)}
                  onRerun={() => {
                    setOpenId(run.id);
                    startRerun(appRunSession(), run);
                  }}
                  onMessage={setMessage}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {shown !== null && <RunDetail key={shown} id={shown} onClose={() => setOpenId(null)} />}
    </section>
  );
}
