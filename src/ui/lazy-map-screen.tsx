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

/** Loads (and runs) the map chunk and starts maplibre's worker, so opening the map waits for neither. */
export function preloadMap(): void {
  void loadMapScreen()
    .then((m) => m.prewarmMapScreen())
    .catch(() => undefined);
}

export function usePreloadMapWhenIdle(): void {
  useEffect(() => {
    const idle = window.requestIdleCallback?.bind(window) ?? ((f: () => void) => window.setTimeout(f, 1000));
    const cancel = window.cancelIdleCallback?.bind(window) ?? window.clearTimeout.bind(window);
    const id = idle(preloadMap, { timeout: 3000 });
    return () => cancel(id);
  }, []);
}

export function MapLoading() {
  return (
    <section className="screen" aria-labelledby="screen-title">
      <h1 id="screen-title">Map</h1>
      <p className="muted">Loading the map…</p>
    </section>
  );
}
