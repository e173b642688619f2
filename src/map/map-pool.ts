/**
 * Maps kept alive off screen, one per map data, so that opening the Map screen shows a map that is already
 * drawn: the app prepares the scenario's map while the overview is idle, and a map screen that closes parks
 * its map here instead of destroying it. Creating a map costs a WebGL context, shader compiles and tiles
 * (over a second of CPU in software GL); moving a parked map into the screen costs one frame.
 *
 * Only bookkeeping lives here; each map parks itself (rollout-map.ts) and the oldest beyond `max` is removed,
 * which frees its WebGL context (browsers allow ~16 per page).
 */
export interface Parkable {
  /** Moves the map out of the page's layout, keeping its size, canvas and loaded data. */
  park(): void;
  /** Destroys the map. */
  remove(): void;
}

export class MapPool<K extends object, M extends Parkable> {
  private readonly parked = new Map<K, M>();

  constructor(private readonly max: number) {
    if (!(Number.isInteger(max) && max >= 0)) throw new RangeError(`pool size must be a whole number ≥ 0`);
  }

  has(key: K): boolean {
    return this.parked.has(key);
  }

  /** Takes the parked map of `key` out of the pool (the caller then owns it), if there is one. */
  take(key: K): M | undefined {
    const map = this.parked.get(key);
    this.parked.delete(key);
    return map;
  }

  /** Parks `map` as the newest; a map already parked under `key` and the oldest beyond `max` are removed. */
  put(key: K, map: M): void {
    const previous = this.parked.get(key);
    if (previous && previous !== map) previous.remove();
    this.parked.delete(key);
    map.park();
    this.parked.set(key, map);
    for (const [oldKey, old] of this.parked) {
      if (this.parked.size <= this.max) break;
      this.parked.delete(oldKey);
      old.remove();
    }
  }

  /** Removes every parked map. */
  clear(): void {
    for (const map of this.parked.values()) map.remove();
    this.parked.clear();
  }
}
