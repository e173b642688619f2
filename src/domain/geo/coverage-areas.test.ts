import { readFileSync } from 'node:fs';

import { area, bbox, featureCollection, intersect } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';

import type { OfficeFixture } from '../presets/preset-fixture';
import type { CoverageProperties } from './coverage-areas';

type Area = Feature<Polygon | MultiPolygon>;
const read = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;
const outlines =
  read<FeatureCollection<Polygon | MultiPolygon, { adm0: string }>>('fixtures/geo/adm0.geojson');

function boxesOverlap(a: number[], b: number[]): boolean {
  return a[0]! <= b[2]! && b[0]! <= a[2]! && a[1]! <= b[3]! && b[1]! <= a[3]!;
}

describe.each([
  ['korea', 'KOR', 209],
  ['uzbekistan', 'UZB', 200],
] as const)('coverage areas of %s (fixtures/geo/coverage-%s.geojson)', (preset, adm0, count) => {
  const coverage = read<FeatureCollection<Polygon | MultiPolygon, CoverageProperties>>(
    `fixtures/geo/coverage-${preset}.geojson`,
  );
  const offices = read<OfficeFixture[]>(`fixtures/${preset}/offices.json`);
  const country = outlines.features.find((f) => f.properties.adm0 === adm0)!;

  it('has one area per office, carrying its records and pages', () => {
    expect(coverage.features).toHaveLength(count);
    coverage.features.forEach((f, i) => {
      const office = offices[i]!;
      expect(f.id).toBe(i);
      expect(f.properties).toMatchObject({
        officeId: office.id,
        records: office.records,
        pages: office.pages,
      });
      expect(f.properties.areaKm2).toBeGreaterThan(0);
    });
  });

  it('partitions the country: total area within 1 % of the outline, no two areas overlap', () => {
    const countryKm2 = area(country) / 1e6;
    const totalKm2 = coverage.features.reduce((sum, f) => sum + area(f) / 1e6, 0);
    expect(Math.abs(totalKm2 - countryKm2) / countryKm2).toBeLessThan(0.01);
    const boxes = coverage.features.map((f) => bbox(f) as number[]);
    let overlapKm2 = 0;
    let pairs = 0;
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        if (!boxesOverlap(boxes[i]!, boxes[j]!)) continue;
        pairs++;
        const shared = intersect(
          featureCollection<Polygon | MultiPolygon>([
            coverage.features[i] as Area,
            coverage.features[j] as Area,
          ]),
        );
        if (shared) overlapKm2 += area(shared) / 1e6;
      }
    expect(pairs).toBeGreaterThan(count);
    // Shared borders may differ by rounding (5 decimals ≈ 1 m): allow 0.01 % of the country in slivers.
    expect(overlapKm2).toBeLessThan(countryKm2 * 1e-4);
  });
});
