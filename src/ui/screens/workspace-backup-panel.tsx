import { useRef, useState } from 'react';

import type { BackupPreview } from '@/app/workspace-backup';
import { backUpWorkspace, readBackupFile, restoreBackup } from '@/app/workspace-backup';

import { downloadText } from '../download-file';
import { formatDateTime, formatInteger } from '../format';

type PanelState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'busy'; readonly message: string }
  | { readonly kind: 'done'; readonly message: string }
  | { readonly kind: 'problems'; readonly headline: string; readonly problems: readonly string[] }
  | BackupPreview;

function count(n: number, one: string, many: string): string {
  return `${formatInteger(n)} ${n === 1 ? one : many}`;
}

function names(list: readonly { readonly name: string }[]): string {
  const shown = list.slice(0, 5).map((row) => `“${row.name}”`);
  return list.length > shown.length
    ? `${shown.join(', ')} and ${list.length - shown.length} more`
    : shown.join(', ');
}

function RestorePreview({
  preview,
  onRestore,
  onCancel,
}: {
  readonly preview: BackupPreview;
  readonly onRestore: () => void;
  readonly onCancel: () => void;
}) {
  const { rows, replacedScenarios, replacedRuns, replacedSettings } = preview;
  const replaced = replacedScenarios.length + replacedRuns.length + replacedSettings.length;
  return (
    <section className="import-preview" aria-labelledby="restore-preview-title" data-testid="restore-preview">
      <h3 id="restore-preview-title">Restore “{preview.fileName}”: check before restoring</h3>
      <p data-testid="restore-summary">
        Backed up {formatDateTime(preview.exportedAt)}:{' '}
        {count(rows.scenarios.length, 'scenario', 'scenarios')}, {count(rows.runs.length, 'run', 'runs')} (
        {formatInteger(rows.runResults.length)} with results) and{' '}
        {count(rows.settings.length, 'setting', 'settings')}.
      </p>
      <p>
        Restoring adds all of them. Anything here with the same id is replaced by the backup’s copy;
        everything else in this browser is kept.
      </p>
      <p data-testid="restore-replaced">
        {replaced === 0
          ? 'Nothing here has the same id: nothing is replaced.'
          : [
              replacedScenarios.length > 0 &&
                `Replaced: ${count(replacedScenarios.length, 'scenario', 'scenarios')} (${names(replacedScenarios)})`,
              replacedRuns.length > 0 &&
                `${count(replacedRuns.length, 'run', 'runs')} (${names(replacedRuns)})`,
              replacedSettings.length > 0 && count(replacedSettings.length, 'setting', 'settings'),
            ]
              .filter(Boolean)
              .join('; ') + '.'}
      </p>
      <div className="run-form">
        <button type="button" data-testid="restore-confirm" onClick={onRestore}>
          Restore
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </section>
  );
}

/** "Back up my workspace" (one JSON file) and "Restore from a backup…" (checked, previewed, all or nothing). */
export function WorkspaceBackupPanel() {
  const input = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<PanelState>({ kind: 'idle' });
  const busy = state.kind === 'busy';

  const backUp = () => {
    setState({ kind: 'busy', message: 'Making the backup…' });
    void backUpWorkspace(Date.now()).then((answer) => {
      if (!answer.ok) {
        setState({ kind: 'problems', headline: answer.message, problems: [] });
        return;
      }
      downloadText(answer.file.fileName, answer.file.text, 'application/json');
      setState({
        kind: 'done',
        message: `Backed up ${count(answer.file.scenarios, 'scenario', 'scenarios')} and ${count(answer.file.runs, 'run', 'runs')} to “${answer.file.fileName}”.`,
      });
    });
  };

  const read = (file: File) => {
    setState({ kind: 'busy', message: `Reading “${file.name}”…` });
    void readBackupFile(file).then(setState);
  };

  const restore = (preview: BackupPreview) => {
    setState({ kind: 'busy', message: `Restoring “${preview.fileName}”…` });
    void restoreBackup(preview).then((answer) =>
      setState(
        answer.ok
          ? {
              kind: 'done',
              message: `Restored ${count(answer.counts.scenarios, 'scenario', 'scenarios')} and ${count(answer.counts.runs, 'run', 'runs')} from “${preview.fileName}”.`,
            }
          : { kind: 'problems', headline: answer.message, problems: answer.problems },
      ),
    );
  };

  return (
    <section className="workspace-backup" aria-labelledby="workspace-backup-title">
      <h2 id="workspace-backup-title">Workspace backup</h2>
      <div className="run-form">
        <button type="button" data-testid="backup-button" disabled={busy} onClick={backUp}>
          Back up my workspace
        </button>
        <button type="button" disabled={busy} onClick={() => input.current?.click()}>
          Restore from a backup…
        </button>
        <input
          ref={input}
          type="file"
          accept=".json,application/json"
          hidden
          data-testid="restore-file"
          aria-label="Workspace backup to restore"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) read(file);
          }}
        />
        <span className="muted">One file with every scenario, run, result and setting kept here.</span>
      </div>
      <div aria-live="polite">
        {state.kind === 'busy' && <p className="muted">{state.message}</p>}
        {state.kind === 'done' && <p data-testid="backup-status">{state.message}</p>}
      </div>
      {state.kind === 'problems' && (
        <div role="alert" className="import-problems" data-testid="restore-problems">
          <p>
            <strong>{state.headline}</strong>
          </p>
          {state.problems.length > 0 && (
            <ul>
              {state.problems.map((line, i) => (
                <li key={i}>{line}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      {state.kind === 'preview' && (
        <RestorePreview
          preview={state}
          onRestore={() => restore(state)}
          onCancel={() => setState({ kind: 'idle' })}
        />
      )}
    </section>
  );
}
