/**
 * Undo and redo over a scenario's edits: a small stack of states. Pure: every call answers a new history and
 * leaves the old one as it was. `present` is the state the store holds; `record` adds a new one (dropping
 * anything that had been undone), `undo` and `redo` move between them.
 */
export interface EditHistory<T> {
  readonly past: readonly T[];
  readonly present: T;
  readonly future: readonly T[];
}

/** How many earlier states are kept; the oldest go first. */
export const HISTORY_LIMIT = 100;

export function startHistory<T>(present: T): EditHistory<T> {
  return { past: [], present, future: [] };
}

/** A new present state; `same` (by default ===) leaves the history unchanged when nothing changed. */
export function recordEdit<T>(
  history: EditHistory<T>,
  next: T,
  same: (a: T, b: T) => boolean = Object.is,
): EditHistory<T> {
  if (same(history.present, next)) return history;
  const past = [...history.past, history.present];
  return { past: past.slice(Math.max(0, past.length - HISTORY_LIMIT)), present: next, future: [] };
}

export function canUndo<T>(history: EditHistory<T>): boolean {
  return history.past.length > 0;
}

export function canRedo<T>(history: EditHistory<T>): boolean {
  return history.future.length > 0;
}

/** Back one state; unchanged when there is nothing to undo. */
export function undoEdit<T>(history: EditHistory<T>): EditHistory<T> {
  const previous = history.past.at(-1);
  if (history.past.length === 0) return history;
  return {
    past: history.past.slice(0, -1),
    present: previous as T,
    future: [history.present, ...history.future],
  };
}

/** Forward one state; unchanged when there is nothing to redo. */
export function redoEdit<T>(history: EditHistory<T>): EditHistory<T> {
  if (history.future.length === 0) return history;
  const [next, ...rest] = history.future;
  return { past: [...history.past, history.present], present: next as T, future: rest };
}
