import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, useState } from 'react';
import type { KeyboardEvent } from 'react';
import type { Resolver, UseFormReturn } from 'react-hook-form';
import { useForm, useWatch } from 'react-hook-form';

import type { EditorValues } from '@/app/scenario-editor';
import { editorSchema, editorValuesOf, shownScenario } from '@/app/scenario-editor';
import { choiceLabel } from '@/domain/display-labels';
import { CAPTURE_MODES } from '@/domain/parameters/engine-parameters';
import type { Scenario } from '@/domain/scenario/scenario-schema';

import { SourceBadge } from '../components/source-badge';
import { ParameterGroupsTable } from './parameter-groups-table';
import type { ParameterRow } from './parameter-rows';
import { parameterRowGroups } from './parameter-rows';
import type { SaveStatus } from './use-scenario-autosave';
import { useScenarioAutosave } from './use-scenario-autosave';
import './scenario-editor.css';

interface Props {
  readonly scenario: Scenario;
  readonly savedId: string;
}

function statusText(status: SaveStatus): string {
  switch (status.kind) {
    case 'saved':
      return 'All changes saved.';
    case 'pending':
      return 'Changed; saving shortly…';
    case 'saving':
      return 'Saving…';
    case 'invalid':
      return `Not saved: ${status.reasons.join('; ')}.`;
    case 'failed':
      return `Not saved: ${status.message}${status.problems.length ? ` (${status.problems.join('; ')})` : ''}.`;
  }
}

function ValueInput({
  row,
  form,
}: {
  readonly row: ParameterRow;
  readonly form: UseFormReturn<EditorValues>;
}) {
  const name = `parameters.${row.key}` as const;
  const error = form.formState.errors.parameters?.[row.key]?.message;
  const errorId = `editor-error-${row.key}`;
  const common = {
    id: `editor-${row.key}`,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? errorId : undefined,
  };
  return (
    <>
      {row.kind === 'choice' ? (
        <select {...common} {...form.register(name)}>
          {CAPTURE_MODES.map((mode) => (
            <option key={mode} value={mode}>
              {choiceLabel(mode)}
            </option>
          ))}
        </select>
      ) : (
        <input
          {...common}
          type="number"
          step="any"
          inputMode="decimal"
          className="editor-number"
          {...form.register(name, { valueAsNumber: true })}
        />
      )}
      {error && (
        <span className="editor-error" id={errorId} role="alert" data-testid="editor-error">
          {error}
        </span>
      )}
    </>
  );
}

function EditorRow({
  row,
  form,
}: {
  readonly row: ParameterRow;
  readonly form: UseFormReturn<EditorValues>;
}) {
  return (
    <tr
      data-parameter={row.key}
      className={row.outside ? 'parameter-outside' : undefined}
      data-changed={row.changedFrom === undefined ? undefined : 'true'}
    >
      <th scope="row">
        <label htmlFor={`editor-${row.key}`}>{row.label}</label>
        {row.plan && <span className="parameter-plan">{row.plan}</span>}
      </th>
      <td className="num">
        <ValueInput row={row} form={form} />
      </td>
      <td>{row.kind === 'choice' ? '' : row.unit}</td>
      <td className={row.kind === 'number' ? 'parameter-range' : 'parameter-choices'}>{row.allowed}</td>
      <td className="parameter-range" data-testid="plausible">
        {row.plausible}
        {row.outside && (
          <span className="parameter-flag" data-testid="outside-flag">
            {row.outside}
          </span>
        )}
        {row.changedFrom !== undefined && (
          <span className="editor-changed" data-testid="changed-from">
            changed from {row.changedFrom}
          </span>
        )}
      </td>
      <td className="parameter-source" data-testid="row-status">
        {row.changedFrom !== undefined ? (
          <>
            <span className="status status-yours">your value</span>
            <span className="editor-started">
              started from <SourceBadge status={row.status} sources={row.sources} />
            </span>
          </>
        ) : (
          <SourceBadge status={row.status} sources={row.sources} />
        )}
        {row.basis && (
          <details className="parameter-basis">
            <summary>Basis</summary>
            <p>{row.basis}</p>
          </details>
        )}
      </td>
    </tr>
  );
}

/**
 * A saved scenario's parameters as a form (react-hook-form over the catalogue's zod schema): every catalogue
 * parameter grouped as the table groups them, with unit, allowed limits (a value outside is refused inline,
 * naming the rule), plausible range (outside it: allowed but flagged), status and source of the value it
 * started from. Valid changes are saved after a short pause; undo and redo step through the saved states.
 */
export function ScenarioEditor({ scenario, savedId }: Props) {
  const [initial] = useState(() => editorValuesOf(scenario));
  const resolver = useMemo(
    () => zodResolver(editorSchema(scenario.currency)) as unknown as Resolver<EditorValues>,
    [scenario.currency],
  );
  const form = useForm<EditorValues>({ resolver, defaultValues: initial, mode: 'onChange' });
  const autosave = useScenarioAutosave(form, scenario, savedId, initial);
  const values = useWatch({ control: form.control }) as Partial<EditorValues> | undefined;
  const groups = parameterRowGroups(shownScenario(scenario, values));
  const nameError = form.formState.errors.name?.message;

  const onKeyDown = (event: KeyboardEvent) => {
    if (!(event.ctrlKey || event.metaKey)) return;
    const key = event.key.toLowerCase();
    if (key !== 'z' && key !== 'y') return;
    event.preventDefault();
    if (event.shiftKey || key === 'y') autosave.redo();
    else autosave.undo();
  };

  return (
    <form
      className="scenario-editor"
      aria-labelledby="editor-title"
      noValidate
      onSubmit={(event) => event.preventDefault()}
      onKeyDown={onKeyDown}
      data-testid="scenario-editor"
    >
      <h2 id="editor-title">Edit this scenario</h2>
      <div className="editor-bar">
        <label className="editor-name">
          Scenario name
          <input
            type="text"
            maxLength={200}
            aria-invalid={nameError ? true : undefined}
            {...form.register('name')}
          />
        </label>
        <button type="button" onClick={autosave.undo} disabled={!autosave.canUndo} title="Ctrl+Z">
          Undo
        </button>
        <button type="button" onClick={autosave.redo} disabled={!autosave.canRedo} title="Ctrl+Shift+Z">
          Redo
        </button>
        <span
          className={`editor-status editor-status-${autosave.status.kind}`}
          role="status"
          data-testid="editor-save-status"
        >
          {statusText(autosave.status)}
        </span>
      </div>
      {nameError && (
        <p className="editor-error" role="alert" data-testid="editor-name-error">
          {nameError}
        </p>
      )}
      <p className="muted">
        Changes are saved as you type; a value outside its allowed limits is refused and nothing is saved
        until it is fixed. A value outside the plausible range is allowed, and flagged.
      </p>
      <ParameterGroupsTable
        caption="Model parameters (editable)"
        className="data-table parameter-table editor-table"
        groups={groups}
        renderRow={(row) => <EditorRow key={row.key} row={row} form={form} />}
      />
    </form>
  );
}
