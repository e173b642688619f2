import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { holdPartialFrames } from './hold-partial-frames';
import type { RepaintingMap } from './hold-partial-frames';

/**
 * A map stand-in with two sources: counts the frames MapLibre would schedule, and lets the test say which
 * sources have their data and which have all their tiles.
 */
function fakeMap() {
  const listeners = new Map<string, () => void>();
  const data = new Map([
    ['a', false],
    ['b', false],
  ]);
  const tiles = new Map([
    ['a', false],
    ['b', false],
  ]);
  const state = { frames: 0 };
  const map: RepaintingMap = {
    triggerRepaint: () => void state.frames++,
    getSource: (id) => (data.has(id) ? { loaded: () => data.get(id)! } : undefined),
    isSourceLoaded: (id) => data.get(id)! && tiles.get(id)!,
    once: (type, listener) => listeners.set(type, listener),
  };
  const fire = (type: string) => listeners.get(type)?.();
  return { map, state, data, tiles, fire };
}

describe('holdPartialFrames', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('draws once every source has its data, then once every tile is in: nothing half-built', () => {
    const { map, state, data, tiles } = fakeMap();
    holdPartialFrames(map, ['a', 'b']);
    map.triggerRepaint(); // style loaded, no source data yet
    data.set('a', true);
    map.triggerRepaint(); // source a indexed
    expect(state.frames).toBe(0);
    data.set('b', true);
    map.triggerRepaint(); // every source: the frame that requests all tiles
    expect(state.frames).toBe(1);
    tiles.set('a', true);
    map.triggerRepaint(); // a's tiles arrived, b's still loading
    expect(state.frames).toBe(1);
    tiles.set('b', true);
    map.triggerRepaint(); // the last tile
    expect(state.frames).toBe(2);
  });

  it('holds nothing after load, and asks for no extra frame at load', () => {
    const { map, state, fire } = fakeMap();
    holdPartialFrames(map, ['a', 'b']);
    fire('load');
    expect(state.frames).toBe(0);
    map.triggerRepaint();
    expect(state.frames).toBe(1);
  });

  it.each(['mousedown', 'touchstart', 'wheel'])('releases when a person moves the map (%s)', (input) => {
    const { map, state, fire } = fakeMap();
    holdPartialFrames(map, ['a', 'b']);
    fire('movestart'); // MapLibre's own resize on load: still holding
    map.triggerRepaint();
    expect(state.frames).toBe(0);
    fire(input);
    expect(state.frames).toBe(1);
    map.triggerRepaint();
    expect(state.frames).toBe(2);
  });

  it('gives up holding after maxHoldMs and draws what has loaded', () => {
    const { map, state } = fakeMap();
    holdPartialFrames(map, ['a', 'b'], 1000);
    map.triggerRepaint();
    vi.advanceTimersByTime(999);
    expect(state.frames).toBe(0);
    vi.advanceTimersByTime(1);
    expect(state.frames).toBe(1);
    map.triggerRepaint();
    expect(state.frames).toBe(2);
  });

  it('does not draw after the map was removed', () => {
    const { map, state, fire } = fakeMap();
    holdPartialFrames(map, ['a', 'b'], 1000);
    fire('remove');
    vi.advanceTimersByTime(2000);
    expect(state.frames).toBe(0);
  });
});
