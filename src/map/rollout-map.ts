/**
 * The MapLibre map of one preset: created from the code-built style, driven by feature-state. This is
 * the only module that touches maplibre-gl (with export-png.ts); React screens talk to the RolloutMap
 * interface below and never see a maplibre object.
 */
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { Map as MaplibreMap, prewarm, setWorkerUrl } from 'maplibre-gl';

import { labelFontFaces } from './font-faces';
import { holdPartialFrames } from './hold-partial-frames';
import type { MapData } from './map-data';
import { SEA_COLOUR, styleForMapData } from './map-style';
import type { LabelLanguage } from './region-names';
import { regionNameExpression } from './region-names';

// Vite pre-bundling hides maplibre's worker file; point maplibre at the emitted one (geodata.md §5.2).
setWorkerUrl(workerUrl);

/**
 * Starts maplibre's worker before any map exists (the map screen's chunk calls this when it is evaluated):
 * otherwise the first map waits ~0.5 s for the worker to download and compile its 520 KB module.
 */
export function prewarmRolloutMap(): void {
  prewarm();
}

/**
 * MapLibre draws a sky under every frame: a full-viewport pass with its own shader, though a map that cannot
 * pitch never shows it (the canvas is pixel-identical without it, checked on this build). In software GL
 * the pass costs GPU time in every frame, and compiling its shader in the map's first frame made that frame
 * wait ~300 ms for the GPU process before the tile requests it sends could go out.
 */
function skipSky(map: MaplibreMap): void {
  map.painter.drawFunctions = { ...map.painter.drawFunctions, sky: () => undefined };
}

export interface OfficeHover {
  readonly index: number;
  readonly x: number;
  readonly y: number;
}

export interface RolloutMapHandlers {
  readonly onOfficeClick?: (index: number) => void;
  readonly onOfficeHover?: (hover: OfficeHover | null) => void;
  /** Zoom relative to the fitted country view, reported on user zoom (split view sync). */
  readonly onZoomFactor?: (delta: number) => void;
}

export interface MapSize {
  readonly width: number;
  readonly height: number;
}

export interface RolloutMapOptions {
  readonly data: MapData;
  readonly language: LabelLanguage;
  /** Where the map goes: on screen (an element it fills), or parked off screen at a size (map-pool.ts). */
  readonly place: { readonly container: HTMLElement } | { readonly parkedSize: MapSize };
  /** Exposes the maplibre map as `window.__rrlMap` for browser tests while it is on screen. */
  readonly exposeForTests?: boolean;
}

export interface RolloutMap {
  /** Moves the map into `container` (which it fills), e.g. out of its parking place; one frame is redrawn. */
  attach(container: HTMLElement): void;
  /** Moves the map off screen, at its current size, keeping its canvas, data and state (map-pool.ts). */
  park(): void;
  setHandlers(handlers: RolloutMapHandlers): void;
  /** Clears every office's status, coverage share and the selection, as before the first frame. */
  resetFrame(): void;
  /** Applies one playback frame: only offices whose status or share changed get a feature-state call. */
  setFrame(status: Uint8Array, share: Float32Array, offset: number): void;
  select(index: number | null): void;
  setLanguage(language: LabelLanguage): void;
  setCoverageVisible(visible: boolean): void;
  setZoomFactor(delta: number): void;
  /** Area (km²) of an office's coverage area, once the coverage source has loaded. */
  coverageKm2(index: number): number | null;
  canvas(): HTMLCanvasElement;
  /** Resolves once the map has drawn everything it has loaded. */
  idle(): Promise<void>;
  /** Re-fits the country after the container changed size (split view on/off), keeping the zoom factor. */
  refit(zoomDelta: number): void;
  remove(): void;
}

/**
 * The off-screen place of a parked map: out of view and out of the accessibility tree, at the size the map
 * will have on screen, so moving it in needs no resize (and no new tiles).
 */
function parkingPlace(size: MapSize): HTMLElement {
  const place = document.createElement('div');
  place.setAttribute('aria-hidden', 'true');
  place.inert = true;
  place.style.cssText = `position:fixed;top:0;left:${-size.width - 100}px;width:${size.width}px;height:${size.height}px;overflow:hidden;pointer-events:none`;
  document.body.append(place);
  return place;
}

export function createRolloutMap(options: RolloutMapOptions): RolloutMap {
  const { data } = options;
  const style = styleForMapData(data, options.language, labelFontFaces());
  // The map lives in its own element, moved as a whole between the screen and its parking place.
  const host = document.createElement('div');
  host.className = 'rollout-map';
  host.style.cssText = `width:100%;height:100%;background-color:${SEA_COLOUR}`; // the sea, under the canvas
  let parkedIn: HTMLElement | null = null;
  if ('container' in options.place) options.place.container.append(host);
  else (parkedIn = parkingPlace(options.place.parkedSize)).append(host);
  let handlers: RolloutMapHandlers = {};
  const expose = (on: boolean) => {
    if (!options.exposeForTests) return;
    const w = window as unknown as { __rrlMap?: unknown };
    if (on) w.__rrlMap = map;
    else if (w.__rrlMap === map) delete w.__rrlMap;
  };
  const map = new MaplibreMap({
    container: host,
    style,
    bounds: data.bounds,
    fitBoundsOptions: { padding: 16 },
    attributionControl: { compact: true, customAttribution: 'Natural Earth · GeoNames · Noto fonts (OFL)' },
    canvasContextAttributes: { preserveDrawingBuffer: true },
    dragRotate: false,
    pitchWithRotate: false,
    maxPitch: 0, // a flat planning map: no pitch from keyboard or touch either (see skipSky)
    fadeDuration: 0,
  });
  map.touchZoomRotate.disableRotation();
  holdPartialFrames(map, Object.keys(style.sources));
  skipSky(map);
  expose(parkedIn === null);

  let baseZoom: number | null = null;
  // Set when a person pans or zooms; a map moved back onto a screen then shows the fitted country again.
  let userMoved = false;
  map.once('load', () => (baseZoom = map.getZoom()));
  map.on('moveend', (event) => {
    if ('originalEvent' in event && event.originalEvent) userMoved = true;
  });
  map.on('zoomend', (event) => {
    if (baseZoom !== null && 'originalEvent' in event && event.originalEvent)
      handlers.onZoomFactor?.(map.getZoom() - baseZoom);
  });
  map.on('click', 'offices', (event) => {
    const id = event.features?.[0]?.id;
    if (typeof id === 'number') handlers.onOfficeClick?.(id);
  });
  map.on('mousemove', 'offices', (event) => {
    const id = event.features?.[0]?.id;
    map.getCanvas().style.cursor = 'pointer';
    if (typeof id === 'number') handlers.onOfficeHover?.({ index: id, x: event.point.x, y: event.point.y });
  });
  map.on('mouseleave', 'offices', () => {
    map.getCanvas().style.cursor = '';
    handlers.onOfficeHover?.(null);
  });

  const count = data.offices.features.length;
  const lastStatus = new Int16Array(count).fill(-1);
  const lastShare = new Float32Array(count).fill(-1);
  let selected: number | null = null;
  // What the style shows now. A no-op setLayoutProperty still marks the style dirty, and a visibility of
  // 'visible' over an unset one reloads the coverage tiles: after the first load that cost a re-layout
  // and two more frames (~300 ms in software GL), so only real changes reach maplibre.
  let language = options.language;
  let coverageVisible = true;
  // Calls that arrive before the style has loaded (React effects run on mount) wait for it.
  let loaded = false;
  const pending: (() => void)[] = [];
  map.once('load', () => {
    loaded = true;
    for (const call of pending.splice(0)) call();
  });
  const whenLoaded = (call: () => void): void => {
    if (loaded) call();
    else pending.push(call);
  };

  return {
    attach: (container) => {
      container.append(host);
      parkedIn?.remove();
      parkedIn = null;
      expose(true);
      const canvas = map.getCanvas();
      // A parked size that missed the screen's costs a resize and a new fit (and maybe other tiles).
      const resized = canvas.clientWidth !== host.clientWidth || canvas.clientHeight !== host.clientHeight;
      if (resized) map.resize();
      if (resized || userMoved) fitCountry(0);
      map.triggerRepaint();
    },
    park: () => {
      if (parkedIn) return;
      expose(false);
      (parkedIn = parkingPlace({ width: host.clientWidth, height: host.clientHeight })).append(host);
    },
    setHandlers: (next) => (handlers = next),
    resetFrame: () =>
      whenLoaded(() => {
        for (const source of ['offices', 'coverage']) map.removeFeatureState({ source });
        lastStatus.fill(-1);
        lastShare.fill(-1);
        selected = null;
      }),
    setFrame: (status, share, offset) => whenLoaded(() => applyFrame(status, share, offset)),
    select: (index) => whenLoaded(() => applySelection(index)),
    setLanguage: (next) => {
      if (next === language) return;
      language = next;
      whenLoaded(() => map.setLayoutProperty('region-labels', 'text-field', regionNameExpression(next)));
    },
    setCoverageVisible: (visible) => {
      if (visible === coverageVisible) return;
      coverageVisible = visible;
      whenLoaded(() => {
        for (const layer of ['coverage', 'coverage-borders'])
          map.setLayoutProperty(layer, 'visibility', visible ? 'visible' : 'none');
      });
    },
    setZoomFactor: (delta) =>
      whenLoaded(() => {
        if (baseZoom !== null && Math.abs(map.getZoom() - (baseZoom + delta)) > 1e-6)
          map.jumpTo({ zoom: baseZoom + delta });
      }),
    coverageKm2: (index) => {
      if (!loaded || !map.isSourceLoaded('coverage')) return null;
      const feature = map.querySourceFeatures('coverage', { filter: ['==', ['id'], index] })[0];
      const area = feature?.properties.areaKm2;
      return typeof area === 'number' ? area : null;
    },
    canvas: () => map.getCanvas(),
    idle: () =>
      new Promise((resolve) => {
        if (loaded && map.loaded() && !map.isMoving()) resolve();
        else map.once('idle', () => resolve());
      }),
    refit: (zoomDelta) =>
      whenLoaded(() => {
        map.resize();
        fitCountry(zoomDelta);
      }),
    remove: () => {
      expose(false);
      map.remove();
      host.remove();
      parkedIn?.remove();
    },
  };

  function fitCountry(zoomDelta: number) {
    map.fitBounds(data.bounds, { padding: 16, animate: false });
    baseZoom = map.getZoom();
    userMoved = false;
    if (zoomDelta !== 0) map.jumpTo({ zoom: baseZoom + zoomDelta });
  }

  function applyFrame(status: Uint8Array, share: Float32Array, offset: number) {
    for (let o = 0; o < count; o++) {
      const s = status[offset + o] ?? 0;
      const f = share[offset + o] ?? 0;
      if (s !== lastStatus[o]) {
        map.setFeatureState({ source: 'offices', id: o }, { status: s });
        lastStatus[o] = s;
      }
      // Quantised to 1 %: finer changes are invisible in the choropleth and would only cost repaints.
      const q = Math.round(f * 100) / 100;
      if (q !== lastShare[o]) {
        map.setFeatureState({ source: 'coverage', id: o }, { share: q });
        lastShare[o] = q;
      }
    }
  }

  function applySelection(index: number | null) {
    if (selected !== null) map.setFeatureState({ source: 'offices', id: selected }, { selected: false });
    selected = index;
    if (index !== null) map.setFeatureState({ source: 'offices', id: index }, { selected: true });
  }
}
