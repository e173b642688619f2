import { describe, expect, it } from 'vitest';

import {
  canRedo,
  canUndo,
  HISTORY_LIMIT,
  recordEdit,
  redoEdit,
  startHistory,
  undoEdit,
} from './edit-history';

describe('edit history', () => {
  it('starts with nothing to undo or redo', () => {
    const history = startHistory('a');
    expect(history).toEqual({ past: [], present: 'a', future: [] });
    expect(canUndo(history)).toBe(false);
    expect(canRedo(history)).toBe(false);
    expect(undoEdit(history)).toBe(history);
    expect(redoEdit(history)).toBe(history);
  });

  it('undoes and redoes in order', () => {
    let history = recordEdit(recordEdit(startHistory('a'), 'b'), 'c');
    expect(history).toEqual({ past: ['a', 'b'], present: 'c', future: [] });
    history = undoEdit(history);
    expect(history).toEqual({ past: ['a'], present: 'b', future: ['c'] });
    history = undoEdit(history);
    expect(history).toEqual({ past: [], present: 'a', future: ['b', 'c'] });
    expect(canUndo(history)).toBe(false);
    expect(canRedo(history)).toBe(true);
    history = redoEdit(history);
    expect(history).toEqual({ past: ['a'], present: 'b', future: ['c'] });
    history = redoEdit(history);
    expect(history).toEqual({ past: ['a', 'b'], present: 'c', future: [] });
    expect(canRedo(history)).toBe(false);
  });

  it('drops what was undone when a new edit is made', () => {
    const history = recordEdit(undoEdit(recordEdit(startHistory('a'), 'b')), 'x');
    expect(history).toEqual({ past: ['a'], present: 'x', future: [] });
  });

  it('records nothing when the state did not change (by the given comparison)', () => {
    const start = startHistory({ v: 1 });
    expect(recordEdit(start, { v: 1 }, (a, b) => a.v === b.v)).toBe(start);
    expect(recordEdit(start, { v: 2 }, (a, b) => a.v === b.v).past).toEqual([{ v: 1 }]);
  });

  it('leaves the history it was given unchanged', () => {
    const start = recordEdit(startHistory('a'), 'b');
    const copy = structuredClone(start);
    undoEdit(start);
    recordEdit(start, 'c');
    expect(start).toEqual(copy);
  });

  it(`keeps at most ${HISTORY_LIMIT} earlier states, dropping the oldest`, () => {
    let history = startHistory(0);
    for (let i = 1; i <= HISTORY_LIMIT + 5; i++) history = recordEdit(history, i);
    expect(history.past).toHaveLength(HISTORY_LIMIT);
    expect(history.past[0]).toBe(5);
    expect(history.present).toBe(HISTORY_LIMIT + 5);
  });
});
