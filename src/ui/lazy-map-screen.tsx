/**
 * The map screen carries maplibre-gl (~300 KB gzip): kept out of the initial bundle, then fetched when the
 * browser is first idle (or the Map link is hovered or focused), so opening the map does not wait for it.
 */
import { lazy, useEffect, useState } from 'react';

import type { PresetId } from '@/domain/presets/presets';
import type { Scenario } from '@/domain/scenario/scenario-schema';

import type * as MapScreenChunk from './screens/map-screen';

type MapScreenModule = typeof MapScreenChunk;
let mapScreenChunk: Promise<MapScreenModule> | undefined;
let mapScreenModule: MapScreenModule | undefined;
const loadMapScreen = () =>
  (mapScreenChunk ??= import('./screens/map-screen').then(
    (m) => (mapScreenModule = m),
    (error: unknown) => {
      mapScreenChunk = undefined; // a failed preload must not stop the screen from loading later
      throw error;
    },
  ));
const LazyMapScreen = lazy(() => loadMapScreen().then((m) => ({ default: m.MapScreen })));

/** The lazy screen, or the loaded one straight away (no Suspense fallback frame) once it was preloaded. */
export function MapScreen(props: { readonly preset: PresetId; readonly scenario: Scenario }) {
  // Chosen once per mount, so the map is never remounted when the chunk arrives later.
  const [Screen] = useState(() => mapScreenModule?.MapScreen ?? LazyMapScreen);
  return <Screen {...props} />;
}

/**
 * Loads (and runs) the map chunk, starts maplibre's worker and builds the scenario's map data, so opening
 * the map waits for none of them.
 */
export function preloadMap(scenario: Scenario): void {
  void loadMapScreen()
    .then((m) => m.prewarmMapScreen(scenario))
    .catch(() => undefined);
}

export function usePreloadMapWhenIdle(scenario: Scenario): void {
  useEffect(() => {
    const idle = window.requestIdleCallback?.bind(window) ?? ((f: () => void) => window.setTimeout(f, 1000));
    const cancel = window.cancelIdleCallback?.bind(window) ?? window.clearTimeout.bind(window);
    const id = idle(() => preloadMap(scenario), { timeout: 3000 });
    return () => cancel(id);
  }, [scenario]);
}

export function MapLoading() {
  return (
    <section className="screen" aria-labelledby="screen-title">
      <h1 id="screen-title">Map</h1>
      <p className="muted">Loading the map…</p>
    </section>
  );
}
