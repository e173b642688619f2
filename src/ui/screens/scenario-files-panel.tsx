import { useCallback, useRef, useState } from 'react';
import type { DragEvent } from 'react';

import { formatScenarioLocation } from '@/app/app-location';
import type { ScenarioFileLike, ScenarioFileReading, ScenarioPreview } from '@/app/scenario-files';
import { readScenarioFile, saveImportedScenario, scenarioDownload } from '@/app/scenario-files';
import type { StoredScenario } from '@/db';
import { useScenarioList } from '@/db';
import { describeChange } from '@/domain/scenario/scenario-file';
import type { Scenario } from '@/domain/scenario/scenario-schema';

import { downloadText } from '../download-file';
import { formatDateTime, formatInteger } from '../format';

const SOURCE_WORDS: Readonly<Record<StoredScenario['source'], string>> = {
  preset: 'from a preset',
  import: 'imported',
  duplicate: 'duplicated',
  share: 'from a share link',
};

const COUNTRY_WORDS: Readonly<Record<Scenario['country'], string>> = { KOR: 'Korea', UZB: 'Uzbekistan' };

export type ImportState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'reading'; readonly fileName: string }
  | ScenarioFileReading
  | { readonly kind: 'saving'; readonly preview: ScenarioPreview }
  | { readonly kind: 'saved'; readonly id: string; readonly name: string; readonly fileName: string }
  | { readonly kind: 'save-failed'; readonly message: string; readonly problems: readonly string[] };

export interface ScenarioImport {
  readonly state: ImportState;
  readonly importFile: (file: ScenarioFileLike) => void;
  readonly save: (preview: ScenarioPreview) => void;
  readonly cancel: () => void;
  /** Handlers that make an element a drop target for a scenario file. */
  readonly dropTarget: {
    readonly onDragOver: (event: DragEvent) => void;
    readonly onDrop: (event: DragEvent) => void;
  };
}

/** The Planner's import: read a file (picked or dropped), preview it, save it only when confirmed. */
export function useScenarioImport(): ScenarioImport {
  const [state, setState] = useState<ImportState>({ kind: 'idle' });
  const latest = useRef(0);
  const importFile = useCallback((file: ScenarioFileLike) => {
    const ticket = ++latest.current;
    setState({ kind: 'reading', fileName: file.name });
    void readScenarioFile(file).then((reading) => {
      if (latest.current === ticket) setState(reading);
    });
  }, []);
  const save = useCallback((preview: ScenarioPreview) => {
    const ticket = ++latest.current;
    setState({ kind: 'saving', preview });
    void saveImportedScenario(preview, Date.now()).then((answer) => {
      if (latest.current !== ticket) return;
      setState(
        answer.ok
          ? { kind: 'saved', id: answer.id, name: preview.scenario.name, fileName: preview.fileName }
          : { kind: 'save-failed', message: answer.message, problems: answer.problems },
      );
    });
  }, []);
  const cancel = useCallback(() => {
    latest.current++;
    setState({ kind: 'idle' });
  }, []);
  const dropTarget = {
    onDragOver: (event: DragEvent) => {
      if (event.dataTransfer.types.includes('Files')) event.preventDefault();
    },
    onDrop: (event: DragEvent) => {
      const file = event.dataTransfer.files[0];
      if (!file) return;
      event.preventDefault();
      importFile(file);
    },
  };
  return { state, importFile, save, cancel, dropTarget };
}

function downloadScenario(scenario: Scenario): void {
  const { fileName, text } = scenarioDownload(scenario);
  downloadText(fileName, text, 'application/json');
}

function Preview({
  preview,
  onSave,
  onCancel,
  saving,
}: {
  readonly preview: ScenarioPreview;
  readonly onSave: () => void;
  readonly onCancel: () => void;
  readonly saving: boolean;
}) {
  const { scenario, diff } = preview;
  const same = diff.parameters.length === 0 && diff.other.length === 0;
  return (
    <section className="import-preview" aria-labelledby="import-preview-title" data-testid="import-preview">
      <h3 id="import-preview-title">Import “{preview.fileName}”: check before saving</h3>
      <dl className="import-facts">
        <dt>Name</dt>
        <dd>{scenario.name}</dd>
        <dt>Country</dt>
        <dd>{COUNTRY_WORDS[scenario.country]}</dd>
        <dt>Offices</dt>
        <dd>{formatInteger(preview.offices)}</dd>
        <dt>Records</dt>
        <dd>{formatInteger(preview.records)}</dd>
        <dt>Pages</dt>
        <dd>{formatInteger(preview.pages)}</dd>
        <dt>Waves</dt>
        <dd>{formatInteger(preview.waves)}</dd>
      </dl>
      {same ? (
        <p data-testid="import-diff">Same as the preset {preview.presetName}.</p>
      ) : (
        <div data-testid="import-diff">
          <p>Differs from the preset {preview.presetName}:</p>
          <ul>
            {diff.parameters.map((change) => (
              <li key={change.key}>{describeChange(change)}</li>
            ))}
            {diff.other.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="import-actions">
        <button type="button" onClick={onSave} disabled={saving}>
          Save to my scenarios
        </button>
        <button type="button" onClick={onCancel} disabled={saving}>
          Cancel
        </button>
      </div>
    </section>
  );
}

function Problems({
  headline,
  problems,
}: {
  readonly headline: string;
  readonly problems: readonly string[];
}) {
  return (
    <div role="alert" className="import-problems" data-testid="import-problems">
      <p>
        <strong>{headline}</strong>
      </p>
      {problems.length > 0 && (
        <ul>
          {problems.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** "My scenarios": every saved scenario, each opened in the Planner by its address. */
function MyScenarios({ current }: { readonly current?: string }) {
  const rows = useScenarioList();
  if (rows === undefined) return null;
  return (
    <section aria-labelledby="my-scenarios-title" className="my-scenarios">
      <h3 id="my-scenarios-title">My scenarios</h3>
      {rows.length === 0 ? (
        <p className="muted" data-testid="my-scenarios-empty">
          None saved yet: import a scenario file to keep it here.
        </p>
      ) : (
        <ul data-testid="my-scenarios">
          {rows.map((row) => (
            <li key={row.id}>
              <strong>{row.name}</strong> · {COUNTRY_WORDS[row.country as Scenario['country']] ?? row.country}{' '}
              · {SOURCE_WORDS[row.source]} · {formatDateTime(row.updatedAt)}{' '}
              {row.id === current ? (
                <span className="muted">(open)</span>
              ) : (
                <a href={formatScenarioLocation(row.id)} aria-label={`Open ${row.name}`}>
                  Open
                </a>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

interface Props {
  readonly scenario: Scenario;
  readonly importer: ScenarioImport;
  /** The saved scenario open in the Planner, if any. */
  readonly savedId?: string;
}

/** Export the Planner's scenario; import one from a file (picked or dropped on the Planner); saved ones. */
export function ScenarioFilesPanel({ scenario, importer, savedId }: Props) {
  const input = useRef<HTMLInputElement>(null);
  const { state } = importer;
  return (
    <section className="scenario-files" aria-labelledby="scenario-files-title">
      <h2 id="scenario-files-title">Scenario files</h2>
      <div className="import-actions">
        <button type="button" onClick={() => downloadScenario(scenario)}>
          Export scenario
        </button>
        <button type="button" onClick={() => input.current?.click()}>
          Import scenario…
        </button>
        <input
          ref={input}
          type="file"
          accept=".json,application/json"
          hidden
          data-testid="import-file"
          aria-label="Scenario file to import"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) importer.importFile(file);
          }}
        />
        <span className="muted">or drop a scenario file (.json) anywhere on the Planner.</span>
      </div>
      <div aria-live="polite">
        {state.kind === 'reading' && <p className="muted">Reading “{state.fileName}”…</p>}
        {state.kind === 'saved' && (
          <p data-testid="import-saved">
            Saved “{state.name}” from “{state.fileName}” to my scenarios.{' '}
            <a href={formatScenarioLocation(state.id)}>Open it in the Planner</a>
          </p>
        )}
      </div>
      {state.kind === 'problems' && <Problems headline={state.headline} problems={state.problems} />}
      {state.kind === 'save-failed' && <Problems headline={state.message} problems={state.problems} />}
      {state.kind === 'preview' && (
        <Preview
          preview={state}
          saving={false}
          onSave={() => importer.save(state)}
          onCancel={importer.cancel}
        />
      )}
      {state.kind === 'saving' && (
        <Preview preview={state.preview} saving onSave={() => {}} onCancel={importer.cancel} />
      )}
      <MyScenarios {...(savedId === undefined ? {} : { current: savedId })} />
    </section>
  );
}
