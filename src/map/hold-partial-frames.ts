/**
 * While a map first loads, MapLibre draws a frame whenever a source or a tile arrives: 6–7 frames of a
 * half-built map before `load`. In software GL each one is a full frame of GPU-process work (90–190 ms on
 * this machine), on the same two cores as the worker that builds the tiles, so every partial frame delayed
 * the complete one. Held this way, the map draws twice: a first frame once every source has its data (it
 * requests all the tiles), then the frame with every tile. The half-built ones are never drawn. Everything
 * goes through again after `load`, the first press or wheel on the map, or `maxHoldMs` in any case.
 */

/** What a person does to move the map. Not `movestart`: MapLibre fires it for its own resize on load. */
type UserInput = 'mousedown' | 'touchstart' | 'wheel';
const USER_INPUT: readonly UserInput[] = ['mousedown', 'touchstart', 'wheel'];

/** The part of a MapLibre map this needs (a test can pass a small stand-in). */
export interface RepaintingMap {
  triggerRepaint(): void;
  /** The source's own data is loaded (for GeoJSON: indexed in the worker); says nothing of its tiles. */
  getSource(id: string): { loaded(): boolean } | undefined;
  /** The source's data and every tile it has requested are loaded. */
  isSourceLoaded(id: string): boolean;
  once(type: 'load' | 'remove' | UserInput, listener: () => void): unknown;
}

export const MAX_HOLD_MS = 2500;

export function holdPartialFrames(
  map: RepaintingMap,
  sourceIds: readonly string[],
  maxHoldMs = MAX_HOLD_MS,
): void {
  const trigger = map.triggerRepaint.bind(map);
  let holding = true;
  const stop = () => {
    holding = false;
    clearTimeout(timer);
  };
  // At `load` the complete frame has just been drawn: no extra frame is asked for.
  const release = () => {
    if (!holding) return;
    stop();
    trigger();
  };
  const timer = setTimeout(release, maxHoldMs);
  map.once('load', stop);
  for (const input of USER_INPUT) map.once(input, release);
  map.once('remove', stop);
  // The first frame waits for every source's data, so that it requests every tile at once; the next one
  // waits for all of those tiles. A source loaded after the first frame would need a frame of its own.
  let firstFrameAsked = false;
  map.triggerRepaint = () => {
    if (!holding) return trigger();
    const ready = firstFrameAsked
      ? sourceIds.every((id) => map.isSourceLoaded(id))
      : sourceIds.every((id) => map.getSource(id)?.loaded() ?? true);
    if (!ready) return;
    firstFrameAsked = true;
    trigger();
  };
}
