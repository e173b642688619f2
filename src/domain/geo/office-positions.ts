/**
 * The map positions of a preset's offices: co-located offices spread on a spiral (spread-offices.ts),
 * keeping every office inside its own region's polygon. Shared by the map and the coverage build, so the
 * office dots and their Voronoi seeds are the same points.
 */
import { booleanPointInPolygon, point } from '@turf/turf';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';

import type { PlacedOffice } from './spread-offices';
import { spreadOffices } from './spread-offices';

export interface RegionedOffice extends PlacedOffice {
  readonly region: string;
}

export type RegionPolygons = FeatureCollection<Polygon | MultiPolygon, { iso: string }>;

export function officePositions<T extends RegionedOffice>(offices: readonly T[], regions: RegionPolygons) {
  const byIso = new Map(regions.features.map((f) => [f.properties.iso, f]));
  return spreadOffices(offices, (office, lon, lat) => {
    const region = byIso.get((office as T).region);
    return region ? booleanPointInPolygon(point([lon, lat]), region) : true;
  });
}
