/**
 * GeoJSON for one preset's map, built from its scenario: offices (spread so each is clickable, numeric
 * feature id = scenario office index = engine office index, so feature-state keys line up with results),
 * data centres, and links office → regional centre ("spoke") and regional → central centre ("trunk").
 * Static boundaries are emitted by Vite as files and fetched by MapLibre's worker, so they stay out of
 * the JS bundle; only adm1 is parsed here, because office spreading needs the region polygons.
 */
import type { FeatureCollection, LineString, Point } from 'geojson';

import { officePositions } from '@/domain/geo/office-positions';
import type { RegionPolygons } from '@/domain/geo/office-positions';
import type { Scenario } from '@/domain/scenario/scenario-schema';

import adm0Url from '../../fixtures/geo/adm0.geojson?url';
import adm1Raw from '../../fixtures/geo/adm1.geojson?raw';
import labelsRaw from '../../fixtures/geo/adm1-labels.geojson?raw';
import coverageKoreaUrl from '../../fixtures/geo/coverage-korea.geojson?url';
import coverageUzbekistanUrl from '../../fixtures/geo/coverage-uzbekistan.geojson?url';
import contextKoreaUrl from '../../fixtures/geo/context-korea.geojson?url';
import contextUzbekistanUrl from '../../fixtures/geo/context-uzbekistan.geojson?url';

export interface OfficeProps {
  readonly id: string;
  readonly name: string;
  readonly region: string;
  readonly centreId: string;
  readonly records: number;
  readonly pages: number;
}

export interface MapData {
  readonly adm0: 'KOR' | 'UZB';
  readonly bounds: [number, number, number, number];
  readonly offices: FeatureCollection<Point, OfficeProps>;
  readonly centres: FeatureCollection<Point, { id: string; name: string; kind: string }>;
  readonly links: FeatureCollection<LineString, { kind: 'spoke' | 'trunk' }>;
  readonly regions: RegionPolygons;
  readonly labels: FeatureCollection<Point, { iso: string; adm0: string }>;
  // Files under Vite's 4 KB inline limit become data: URLs, which the CSP's connect-src refuses; the label
  // points (3.8 KB) are therefore parsed here, and only larger files are fetched by URL.
  readonly urls: { countries: string; neighbours: string; coverage: string };
  readonly maxRecords: number;
}

const BOUNDS = {
  KOR: [124.4, 33.0, 131.0, 38.75],
  UZB: [55.9, 37.1, 73.2, 45.65],
} as const;

let regions: RegionPolygons | undefined;
let labels: MapData['labels'] | undefined;

const built = new WeakMap<Scenario, MapData>();

/**
 * `buildMapData`, once per scenario object: the app builds it while the browser is idle, before the Map
 * screen opens (placing 209 offices and parsing the boundaries is ~50–100 ms on a slow machine).
 */
export function mapDataFor(scenario: Scenario): MapData {
  let data = built.get(scenario);
  if (!data) built.set(scenario, (data = buildMapData(scenario)));
  return data;
}

export function buildMapData(scenario: Scenario): MapData {
  regions ??= JSON.parse(adm1Raw) as RegionPolygons;
  const adm0 = scenario.country === 'KOR' ? 'KOR' : 'UZB';
  const placed = officePositions(scenario.offices, regions);
  const centreById = new Map(scenario.centres.map((c) => [c.id, c]));
  const central = scenario.centres.find((c) => c.kind === 'central');
  const offices: MapData['offices'] = {
    type: 'FeatureCollection',
    features: placed.map((o, index) => ({
      type: 'Feature',
      id: index,
      geometry: { type: 'Point', coordinates: [o.lon, o.lat] },
      properties: {
        id: o.id,
        name: o.name,
        region: o.region,
        centreId: o.centreId,
        records: o.records,
        pages: o.pages,
      },
    })),
  };
  const centres: MapData['centres'] = {
    type: 'FeatureCollection',
    features: scenario.centres.map((c, index) => ({
      type: 'Feature',
      id: index,
      geometry: { type: 'Point', coordinates: [c.lon, c.lat] },
      properties: { id: c.id, name: c.name, kind: c.kind },
    })),
  };
  const line = (from: [number, number], to: [number, number], kind: 'spoke' | 'trunk') => ({
    type: 'Feature' as const,
    geometry: { type: 'LineString' as const, coordinates: [from, to] },
    properties: { kind },
  });
  const spokes = placed.flatMap((o) => {
    const centre = centreById.get(o.centreId);
    return centre ? [line([o.lon, o.lat], [centre.lon, centre.lat], 'spoke')] : [];
  });
  const trunks = central
    ? scenario.centres
        .filter((c) => c.kind === 'regional')
        .map((c) => line([c.lon, c.lat], [central.lon, central.lat], 'trunk'))
    : [];
  return {
    adm0,
    bounds: [...BOUNDS[adm0]],
    offices,
    centres,
    links: { type: 'FeatureCollection', features: [...spokes, ...trunks] },
    regions,
    labels: (labels ??= JSON.parse(labelsRaw) as MapData['labels']),
    urls: {
      countries: adm0Url,
      // Neighbouring countries cut to a box around the country (scripts/build-coverage.ts).
      neighbours: adm0 === 'KOR' ? contextKoreaUrl : contextUzbekistanUrl,
      coverage: adm0 === 'KOR' ? coverageKoreaUrl : coverageUzbekistanUrl,
    },
    maxRecords: Math.max(...scenario.offices.map((o) => o.records)),
  };
}
