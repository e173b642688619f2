/**
 * The app's maps across screen visits (map-pool.ts): a map prepared off screen before the Map screen opens,
 * taken by the screen when it opens, parked again when it closes. At most two are kept (Korea, Uzbekistan).
 */
import type { MapData } from './map-data';
import { MapPool } from './map-pool';
import type { LabelLanguage } from './region-names';
import type { MapSize, RolloutMap } from './rollout-map';
import { createRolloutMap } from './rollout-map';

const pool = new MapPool<MapData, RolloutMap>(2);
const onScreen = new Set<MapData>();

/**
 * Creates the map of `data` off screen at the size `measure` gives (null: no place to measure, skip), unless
 * it exists already, parked or on screen. Measuring lays out the page, so it happens only when needed.
 */
export function prepareRolloutMap(
  data: MapData,
  language: LabelLanguage,
  measure: () => MapSize | null,
  exposeForTests: boolean,
): void {
  if (pool.has(data) || onScreen.has(data)) return;
  const size = measure();
  if (size) pool.put(data, createRolloutMap({ data, language, place: { parkedSize: size }, exposeForTests }));
}

/** The map of `data` in `container`: the parked one if there is one (no frame state), else a new one. */
export function openRolloutMap(
  data: MapData,
  language: LabelLanguage,
  container: HTMLElement,
  exposeForTests: boolean,
): RolloutMap {
  onScreen.add(data);
  const parked = pool.take(data);
  if (!parked) return createRolloutMap({ data, language, place: { container }, exposeForTests });
  parked.setLanguage(language);
  parked.resetFrame();
  parked.setCoverageVisible(true);
  parked.attach(container);
  return parked;
}

/** Parks a map that leaves the screen, for the next visit. */
export function closeRolloutMap(data: MapData, map: RolloutMap): void {
  onScreen.delete(data);
  map.setHandlers({});
  pool.put(data, map);
}
