/**
 * Builds the committed coverage-area fixtures (fixtures/geo/coverage-<preset>.geojson): the Voronoi cell
 * of each (spread) office clipped to its country. Run by hand after the office or boundary fixtures change:
 *   npx tsx scripts/build-coverage.ts
 * src/domain/geo/coverage-areas.test.ts checks the result partitions the country and matches a rebuild.
 */
import { readFileSync, writeFileSync } from 'node:fs';

import { bboxClip } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';

import { buildCoverageAreas } from '../src/domain/geo/coverage-areas';
import { officePositions } from '../src/domain/geo/office-positions';
import type { RegionPolygons } from '../src/domain/geo/office-positions';
import type { OfficeFixture } from '../src/domain/presets/preset-fixture';

const COUNTRIES = { korea: 'KOR', uzbekistan: 'UZB' } as const;
// The map's context countries, cut to a box around each country's view: the whole neighbours fixture
// (205 KB, lon 45–140) cost the map ~0.4 s of worker tiling before its first idle.
// Uzbekistan's box reaches far enough north and south for its narrow map in the split view (~410 × 620 px).
const CONTEXT_BOX = { korea: [118, 29, 137, 44], uzbekistan: [46, 26, 83, 57] } as const;

function writeContext(preset: keyof typeof CONTEXT_BOX): void {
  const all = JSON.parse(readFileSync('fixtures/geo/neighbours.geojson', 'utf8')) as FeatureCollection<
    Polygon | MultiPolygon,
    { name: string }
  >;
  const box = [...CONTEXT_BOX[preset]] as [number, number, number, number];
  const clipped = all.features
    .map((f) => ({ ...bboxClip(f, box), properties: { name: f.properties.name } }))
    .filter((f) => f.geometry.coordinates.flat(2).length > 0);
  const path = `fixtures/geo/context-${preset}.geojson`;
  writeFileSync(
    path,
    `{"type":"FeatureCollection","features":[\n${clipped.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`,
  );
  console.log(`${path}: ${clipped.length} context countries`);
}

export function countryOutline(adm0: string): Feature<Polygon | MultiPolygon> {
  const outlines = JSON.parse(readFileSync('fixtures/geo/adm0.geojson', 'utf8')) as FeatureCollection<
    Polygon | MultiPolygon,
    { adm0: string }
  >;
  const outline = outlines.features.find((f) => f.properties.adm0 === adm0);
  if (!outline) throw new Error(`no outline for ${adm0}`);
  return outline;
}

const regions = JSON.parse(readFileSync('fixtures/geo/adm1.geojson', 'utf8')) as RegionPolygons;

for (const [preset, adm0] of Object.entries(COUNTRIES)) {
  const offices = JSON.parse(readFileSync(`fixtures/${preset}/offices.json`, 'utf8')) as OfficeFixture[];
  const started = performance.now();
  const coverage = buildCoverageAreas(officePositions(offices, regions), countryOutline(adm0));
  const path = `fixtures/geo/coverage-${preset}.geojson`;
  // One feature per line: readable diffs, small file.
  const body = coverage.features.map((f) => JSON.stringify(f)).join(',\n');
  writeFileSync(path, `{"type":"FeatureCollection","features":[\n${body}\n]}\n`);
  console.log(`${path}: ${coverage.features.length} areas in ${Math.round(performance.now() - started)} ms`);
  writeContext(preset as keyof typeof CONTEXT_BOX);
}
