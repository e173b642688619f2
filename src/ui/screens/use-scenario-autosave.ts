/**
 * The editor's autosave and undo/redo: a valid change is saved ~500 ms after the last keystroke through
 * `saveEditedScenario`; an invalid form saves nothing and says why. Each saved state goes on the edit
 * history (src/app/edit-history.ts), so undo and redo step between saved states and save them again.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';

import type { EditHistory } from '@/app/edit-history';
import { canRedo, canUndo, recordEdit, redoEdit, startHistory, undoEdit } from '@/app/edit-history';
import type { EditorValues } from '@/app/scenario-editor';
import { editorSchema, sameEditorValues, scenarioFromEditor } from '@/app/scenario-editor';
import { saveEditedScenario } from '@/app/scenario-editing';
import type { Scenario } from '@/domain/scenario/scenario-schema';

export const AUTOSAVE_DELAY_MS = 500;

export type SaveStatus =
  | { readonly kind: 'saved' }
  | { readonly kind: 'pending' }
  | { readonly kind: 'saving' }
  | { readonly kind: 'invalid'; readonly reasons: readonly string[] }
  | { readonly kind: 'failed'; readonly message: string; readonly problems: readonly string[] };

export interface Autosave {
  readonly status: SaveStatus;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  readonly undo: () => void;
  readonly redo: () => void;
}

export function useScenarioAutosave(
  form: UseFormReturn<EditorValues>,
  scenario: Scenario,
  savedId: string,
  initial: EditorValues,
): Autosave {
  const [status, setStatus] = useState<SaveStatus>({ kind: 'saved' });
  const [history, setHistory] = useState<EditHistory<EditorValues>>(() => startHistory(initial));
  const historyRef = useRef(history);
  const scenarioRef = useRef(scenario);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const ticket = useRef(0);
  useEffect(() => {
    scenarioRef.current = scenario;
  }, [scenario]);

  const moveTo = useCallback((next: EditHistory<EditorValues>) => {
    historyRef.current = next;
    setHistory(next);
  }, []);

  /** Saves the values if they are valid; `record` puts them on the history first. */
  const commit = useCallback(
    (values: EditorValues, record: boolean) => {
      const parsed = editorSchema(scenarioRef.current.currency).safeParse(values);
      if (!parsed.success) {
        setStatus({ kind: 'invalid', reasons: [...new Set(parsed.error.issues.map((i) => i.message))] });
        return;
      }
      const built = scenarioFromEditor(scenarioRef.current, values);
      if (!built.ok) {
        setStatus({
          kind: 'invalid',
          reasons: built.problems.map((p) => `${p.path}: ${p.message}`),
        });
        return;
      }
      if (record) {
        const next = recordEdit(historyRef.current, values, sameEditorValues);
        if (next === historyRef.current) {
          setStatus({ kind: 'saved' });
          return;
        }
        moveTo(next);
      }
      const mine = ++ticket.current;
      setStatus({ kind: 'saving' });
      void saveEditedScenario(savedId, built.scenario, Date.now()).then((answer) => {
        if (mine !== ticket.current) return;
        setStatus(
          answer.ok
            ? { kind: 'saved' }
            : { kind: 'failed', message: answer.message, problems: answer.problems },
        );
      });
    },
    [moveTo, savedId],
  );

  useEffect(() => {
    const subscription = form.watch(() => {
      clearTimeout(timer.current);
      setStatus({ kind: 'pending' });
      timer.current = setTimeout(() => {
        timer.current = undefined;
        commit(form.getValues(), true);
      }, AUTOSAVE_DELAY_MS);
    });
    return () => {
      subscription.unsubscribe();
      clearTimeout(timer.current);
    };
  }, [form, commit]);

  /** A change still waiting for its delay is saved now (undo and redo start from it). */
  const flush = useCallback(() => {
    if (timer.current === undefined) return;
    clearTimeout(timer.current);
    timer.current = undefined;
    commit(form.getValues(), true);
  }, [commit, form]);

  const step = useCallback(
    (move: (h: EditHistory<EditorValues>) => EditHistory<EditorValues>) => {
      flush();
      const current = historyRef.current;
      // Unsaved (invalid) values on screen: the first undo goes back to the saved state.
      const target = sameEditorValues(form.getValues(), current.present) ? move(current) : current;
      if (target !== current) moveTo(target);
      form.reset(target.present);
      clearTimeout(timer.current);
      timer.current = undefined;
      commit(target.present, false);
    },
    [commit, flush, form, moveTo],
  );

  const undo = useCallback(() => step(undoEdit), [step]);
  const redo = useCallback(() => step(redoEdit), [step]);
  // A refused value on screen can always be taken back to the saved state.
  const undoable = canUndo(history) || status.kind === 'invalid';
  return { status, canUndo: undoable, canRedo: canRedo(history), undo, redo };
}
