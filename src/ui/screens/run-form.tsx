import { useId, useState } from 'react';

import type { RunRequest } from '@/app/run-request';
import {
  checkReplications,
  checkSeed,
  defaultWorkerCount,
  estimateRunSeconds,
  parseWholeNumber,
} from '@/app/run-request';

import { formatSeconds } from './run-format';

interface Props {
  readonly totalRecords: number;
  readonly running: boolean;
  readonly onRun: (request: RunRequest) => void;
  readonly onCancel: () => void;
}

/** Run settings with inline checks: a bad seed or replication count names the field and its range. */
export function RunForm({ totalRecords, running, onRun, onCancel }: Props) {
  const id = useId();
  const [mode, setMode] = useState<RunRequest['mode']>('record');
  const [seedText, setSeedText] = useState('1');
  const [replicationsText, setReplicationsText] = useState('1');
  const [stochastic, setStochastic] = useState(true);

  const seed = parseWholeNumber(seedText);
  const replications = parseWholeNumber(replicationsText);
  const seedProblem = checkSeed(seed);
  const replicationsProblem = checkReplications(replications);
  const valid = seedProblem === null && replicationsProblem === null;
  const monteCarlo = valid && (replications as number) > 1;
  const request: RunRequest | null = valid
    ? {
        seed: seed as number,
        mode,
        stochastic: monteCarlo || stochastic,
        replications: replications as number,
      }
    : null;
  const estimate = request ? estimateRunSeconds(request, totalRecords, defaultWorkerCount()) : 0;

  return (
    <form
      className="run-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (request && !running) onRun(request);
      }}
    >
      <label>
        Mode{' '}
        <select
          value={mode}
          onChange={(e) => setMode(e.target.value as RunRequest['mode'])}
          disabled={running}
        >
          <option value="record">record (every record)</option>
          <option value="lot">lot (QA lots, fast)</option>
        </select>
      </label>
      <label>
        Seed{' '}
        <input
          inputMode="numeric"
          size={11}
          value={seedText}
          onChange={(e) => setSeedText(e.target.value)}
          aria-invalid={seedProblem !== null}
          aria-describedby={seedProblem ? `${id}-seed` : undefined}
          disabled={running}
        />
      </label>
      <label>
        Replications{' '}
        <input
          inputMode="numeric"
          size={5}
          value={replicationsText}
          onChange={(e) => setReplicationsText(e.target.value)}
          aria-invalid={replicationsProblem !== null}
          aria-describedby={replicationsProblem ? `${id}-replications` : undefined}
          disabled={running}
        />
      </label>
      <label title="Draw durations, page counts and defects at random (Monte Carlo always does)">
        <input
          type="checkbox"
          checked={monteCarlo || stochastic}
          onChange={(e) => setStochastic(e.target.checked)}
          disabled={running || monteCarlo}
        />{' '}
        Variability
      </label>
      <button type="submit" data-testid="run-button" disabled={!request || running}>
        Run
      </button>
      <button type="button" data-testid="cancel-button" onClick={onCancel} disabled={!running}>
        Cancel
      </button>
      {seedProblem && (
        <p className="field-error" id={`${id}-seed`}>
          {seedProblem}
        </p>
      )}
      {replicationsProblem && (
        <p className="field-error" id={`${id}-replications`}>
          {replicationsProblem}
        </p>
      )}
      {monteCarlo && (
        <p className={mode === 'record' ? 'run-note caveat' : 'run-note muted'}>
          Monte Carlo: {replications as number} replications, P10/P50/P90 of completion and cost, about{' '}
          {formatSeconds(estimate)}.
          {mode === 'record' &&
            ' Record mode simulates every record in every replication; lot mode is recommended.'}
        </p>
      )}
    </form>
  );
}
