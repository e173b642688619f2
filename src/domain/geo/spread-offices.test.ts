import { readFileSync } from 'node:fs';

import { booleanPointInPolygon, point } from '@turf/turf';
import { describe, expect, it } from 'vitest';

import type { OfficeFixture } from '../presets/preset-fixture';
import { officePositions } from './office-positions';
import type { RegionPolygons } from './office-positions';
import { SPREAD_STEP_KM, spreadOffices } from './spread-offices';

const regions = JSON.parse(readFileSync('fixtures/geo/adm1.geojson', 'utf8')) as RegionPolygons;

describe('spreadOffices', () => {
  it('keeps a lone office on its point and spreads a shared point on a spiral, deterministically', () => {
    const offices = [
      { id: 'b', lon: 127, lat: 37 },
      { id: 'a', lon: 127, lat: 37 },
      { id: 'c', lon: 128, lat: 36 },
    ];
    const spread = spreadOffices(offices);
    expect(spread[1]).toMatchObject({ id: 'a', lon: 127, lat: 37, spreadKm: 0 });
    expect(spread[0]!.spreadKm).toBeCloseTo(SPREAD_STEP_KM);
    expect(spread[2]).toMatchObject({ lon: 128, lat: 36, spreadKm: 0 });
    expect(spreadOffices(offices)).toEqual(spread);
  });

  it.each(['korea', 'uzbekistan'])('gives every %s office its own point inside its region', (preset) => {
    const offices = JSON.parse(readFileSync(`fixtures/${preset}/offices.json`, 'utf8')) as OfficeFixture[];
    const placed = officePositions(offices, regions);
    expect(new Set(placed.map((o) => `${o.lon},${o.lat}`)).size).toBe(offices.length);
    for (const office of placed) {
      expect(office.spreadKm).toBeLessThan(10);
      if (office.spreadKm === 0) continue; // unmoved points are the fixture's own (PLACEMENT.md rule T2/T3)
      const region = regions.features.find((f) => f.properties.iso === office.region)!;
      expect(booleanPointInPolygon(point([office.lon, office.lat]), region)).toBe(true);
    }
  });
});
