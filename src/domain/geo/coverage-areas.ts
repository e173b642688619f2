/**
 * Coverage areas: the Voronoi cell of each office (after spreading co-located offices), clipped to the
 * country outline. Cells are built in plain lon/lat (planar Voronoi): at Korea's and Uzbekistan's
 * latitudes that skews borders slightly east–west compared with true geodesic distance, which is
 * acceptable for a service-area picture. Areas are geodesic (turf `area`, km²).
 *
 * This is heavy (≈ 200 polygon intersections), so it runs at build time: `npx tsx scripts/build-coverage.ts`
 * writes fixtures/geo/coverage-<preset>.geojson, which the map loads lazily.
 */
import { area, featureCollection, intersect, point, voronoi } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';

import type { PlacedOffice } from './spread-offices';

export interface CoverageOffice extends PlacedOffice {
  readonly records: number;
  readonly pages: number;
}

export interface CoverageProperties {
  readonly officeId: string;
  readonly areaKm2: number;
  readonly records: number;
  readonly pages: number;
}

export type CoverageFeature = Feature<Polygon | MultiPolygon, CoverageProperties>;

const M2_PER_KM2 = 1e6;

/** One clipped cell per office (input order); the numeric feature id is the office's index. */
export function buildCoverageAreas(
  offices: readonly CoverageOffice[],
  country: Feature<Polygon | MultiPolygon>,
): FeatureCollection<Polygon | MultiPolygon, CoverageProperties> {
  const points = featureCollection(offices.map((o) => point([o.lon, o.lat])));
  const [minLon, minLat, maxLon, maxLat] = bboxOf(country);
  // Pad the box so that no cell is cut by it before the country clip.
  const cells = voronoi(points, { bbox: [minLon - 2, minLat - 2, maxLon + 2, maxLat + 2] });
  const features: CoverageFeature[] = [];
  offices.forEach((office, index) => {
    const cell = cells.features[index];
    if (!cell) throw new Error(`no Voronoi cell for office ${office.id} (duplicate position?)`);
    const clipped = intersect(featureCollection([cell, country]));
    if (!clipped) throw new Error(`coverage area of office ${office.id} lies outside the country`);
    features.push({
      type: 'Feature',
      id: index,
      properties: {
        officeId: office.id,
        areaKm2: Math.round((area(clipped) / M2_PER_KM2) * 10) / 10,
        records: office.records,
        pages: office.pages,
      },
      geometry: roundGeometry(clipped.geometry),
    });
  });
  return { type: 'FeatureCollection', features };
}

function bboxOf(feature: Feature<Polygon | MultiPolygon>): [number, number, number, number] {
  const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  const rings =
    feature.geometry.type === 'Polygon' ? feature.geometry.coordinates : feature.geometry.coordinates.flat();
  for (const ring of rings)
    for (const [lon, lat] of ring) {
      if (lon === undefined || lat === undefined) continue;
      box[0] = Math.min(box[0], lon);
      box[1] = Math.min(box[1], lat);
      box[2] = Math.max(box[2], lon);
      box[3] = Math.max(box[3], lat);
    }
  return box;
}

// 5 decimals (≈ 1 m) keeps the committed fixture small without moving shared borders apart.
function roundGeometry(geometry: Polygon | MultiPolygon): Polygon | MultiPolygon {
  const r = (n: number) => Math.round(n * 1e5) / 1e5;
  const ring = (positions: number[][]) => positions.map((p) => p.map(r));
  return geometry.type === 'Polygon'
    ? { type: 'Polygon', coordinates: geometry.coordinates.map(ring) }
    : { type: 'MultiPolygon', coordinates: geometry.coordinates.map((poly) => poly.map(ring)) };
}
