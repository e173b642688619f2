/**
 * The offline map style, built in code: neighbouring countries, regions, coverage areas, the country
 * outline, links, data centres, offices and region labels. No `glyphs`, no tiles, no sprite: every source
 * is bundled GeoJSON and labels use `font-faces` (font-faces.ts), so the map never leaves the origin.
 * The sea is not a layer: it is the map container's background (SEA_COLOUR), seen through the transparent
 * canvas. A background layer is one more full-screen fill per frame in software GL, and its shader would be
 * compiled in the map's first frame, delaying the tile requests that frame sends to the worker.
 *
 * Dynamic state goes through feature-state, never through setData (docs/performance.md §1.9):
 * offices: `status` 0 waiting, 1 digitizing, 2 live; `selected`. Coverage areas: `share` digitized 0…1.
 */
import type {
  ExpressionSpecification,
  FontFacesSpecification,
  GeoJSONSourceSpecification,
  StyleSpecification,
} from '@maplibre/maplibre-gl-style-spec';

import { LABEL_FONT } from './font-faces';
import type { MapData } from './map-data';
import type { LabelLanguage } from './region-names';
import { regionNameExpression } from './region-names';

type Data = GeoJSONSourceSpecification['data'];

export interface MapStyleInput {
  readonly adm0: string;
  readonly sources: {
    readonly countries: Data;
    readonly neighbours: Data;
    readonly regions: Data;
    readonly labels: Data;
    readonly coverage: Data;
    readonly offices: Data;
    readonly centres: Data;
    readonly links: Data;
  };
  /** Records of the largest office: circle radius grows with √records up to it. */
  readonly maxRecords: number;
  readonly language: LabelLanguage;
  readonly fontFaces: FontFacesSpecification;
}

export const SEA_COLOUR = '#cfe2ee';
export const STATUS_COLOURS = { waiting: '#9aa3ad', digitizing: '#e39b2d', live: '#2e8b57' } as const;
export const SHARE_COLOURS = [
  [0, '#f3efe6'],
  [0.5, '#b9d9a8'],
  [1, '#3f8f5a'],
] as const;
export const ATTRIBUTION =
  'Boundaries: Natural Earth (public domain) · Towns: GeoNames (CC BY 4.0) · Fonts: Noto (OFL)';

const statusColour: ExpressionSpecification = [
  'match',
  ['coalesce', ['feature-state', 'status'], 0],
  1,
  STATUS_COLOURS.digitizing,
  2,
  STATUS_COLOURS.live,
  STATUS_COLOURS.waiting,
];

const shareColour = [
  'interpolate',
  ['linear'],
  ['coalesce', ['feature-state', 'share'], 0],
  ...SHARE_COLOURS.flat(),
] as ExpressionSpecification;

/**
 * A fixed paint value written as a per-feature one. MapLibre compiles a shader per layer type and per mix of
 * constant and data-driven paint properties, and in software GL each costs tens to hundreds of milliseconds
 * at the first draw, on the main thread. Written like the coverage's and offices' feature-state values, all
 * fill layers share one shader and both circle layers another. No feature ever has this state.
 */
function perFeature(value: string): ExpressionSpecification;
function perFeature(value: number): ExpressionSpecification;
function perFeature(value: string | number): ExpressionSpecification {
  return ['coalesce', ['feature-state', 'fixed'], value];
}

const geojson = (data: Data): GeoJSONSourceSpecification => ({ type: 'geojson', data });

export function buildMapStyle(input: MapStyleInput): StyleSpecification {
  const { sources: s } = input;
  const radius: ExpressionSpecification = [
    'interpolate',
    ['linear'],
    ['sqrt', ['get', 'records']],
    0,
    2.5,
    Math.sqrt(input.maxRecords),
    11,
  ];
  return {
    version: 8,
    name: `Registry Rollout Lab ${input.adm0}`,
    'font-faces': input.fontFaces,
    sources: {
      countries: geojson(s.countries),
      neighbours: geojson(s.neighbours),
      regions: geojson(s.regions),
      labels: geojson(s.labels),
      coverage: geojson(s.coverage),
      offices: geojson(s.offices),
      centres: geojson(s.centres),
      links: geojson(s.links),
    },
    layers: [
      {
        id: 'neighbours',
        type: 'fill',
        source: 'neighbours',
        paint: { 'fill-color': perFeature('#ecebe6'), 'fill-antialias': false },
      },
      {
        id: 'neighbour-borders',
        type: 'line',
        source: 'neighbours',
        paint: { 'line-color': '#c9c6bd', 'line-width': 0.6 },
      },
      {
        id: 'land',
        type: 'fill',
        source: 'countries',
        filter: ['==', ['get', 'adm0'], input.adm0],
        paint: { 'fill-color': perFeature('#fbfaf6'), 'fill-antialias': false },
      },
      {
        id: 'coverage',
        type: 'fill',
        source: 'coverage',
        paint: { 'fill-color': shareColour, 'fill-opacity': 0.85, 'fill-antialias': false },
      },
      {
        id: 'coverage-borders',
        type: 'line',
        source: 'coverage',
        paint: { 'line-color': '#ffffff', 'line-width': 0.5 },
      },
      {
        id: 'region-borders',
        type: 'line',
        source: 'regions',
        filter: ['==', ['get', 'adm0'], input.adm0],
        paint: { 'line-color': '#8f8676', 'line-width': 0.9, 'line-dasharray': [3, 2] },
      },
      {
        id: 'country-outline',
        type: 'line',
        source: 'countries',
        paint: { 'line-color': '#4a4a4a', 'line-width': 1.4 },
      },
      // Spokes and trunks as two constant-paint layers: they share the borders' line shader. Fills draw no
      // antialiasing outline (another shader and pass): a line layer is drawn over every fill edge.
      {
        id: 'links',
        type: 'line',
        source: 'links',
        filter: ['==', ['get', 'kind'], 'spoke'],
        paint: { 'line-color': '#8c83a8', 'line-width': 0.5, 'line-opacity': 0.7 },
      },
      {
        id: 'trunks',
        type: 'line',
        source: 'links',
        filter: ['==', ['get', 'kind'], 'trunk'],
        paint: { 'line-color': '#5b4a8a', 'line-width': 1.6, 'line-opacity': 0.7 },
      },
      {
        id: 'offices',
        type: 'circle',
        source: 'offices',
        paint: {
          'circle-radius': radius,
          'circle-color': statusColour,
          'circle-stroke-color': [
            'case',
            ['boolean', ['feature-state', 'selected'], false],
            '#111111',
            '#ffffff',
          ],
          'circle-stroke-width': ['case', ['boolean', ['feature-state', 'selected'], false], 2.5, 0.8],
        },
      },
      {
        id: 'centres',
        type: 'circle',
        source: 'centres',
        paint: {
          'circle-radius': ['match', ['get', 'kind'], 'central', 9, 6.5],
          'circle-color': perFeature('#5b4a8a'),
          'circle-stroke-color': perFeature('#ffffff'),
          'circle-stroke-width': perFeature(2),
        },
      },
      {
        id: 'region-labels',
        type: 'symbol',
        source: 'labels',
        filter: ['==', ['get', 'adm0'], input.adm0],
        layout: {
          'text-field': regionNameExpression(input.language),
          'text-font': [LABEL_FONT],
          'text-size': 13,
          'text-max-width': 8,
          'text-allow-overlap': false,
        },
        paint: {
          'text-color': '#3b3b3b',
          'text-halo-color': 'rgba(255,255,255,0.9)',
          'text-halo-width': 1.4,
        },
      },
    ],
  };
}

/** The style of a preset's map data: the one path used by the map and by the style tests. */
export function styleForMapData(
  data: MapData,
  language: LabelLanguage,
  fontFaces: FontFacesSpecification,
): StyleSpecification {
  return buildMapStyle({
    adm0: data.adm0,
    sources: {
      ...data.urls,
      regions: data.regions,
      labels: data.labels,
      offices: data.offices,
      centres: data.centres,
      links: data.links,
    },
    maxRecords: data.maxRecords,
    language,
    fontFaces,
  });
}
