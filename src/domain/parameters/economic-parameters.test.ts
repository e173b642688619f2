import { describe, expect, it } from 'vitest';

import { ECONOMIC_KEYS } from '../economics/economic-inputs';
import { UZBEK_ESTIMATES } from '../economics/uzbek-estimates';
import { sourceById } from '../sources';
import { economicParameters } from './economic-parameters';
import { parameterSpec } from './parameter-catalogue';
import type { NumericParameterSpec } from './parameter-spec';

describe('economic parameter catalogue', () => {
  for (const spec of economicParameters) {
    it(`${spec.key} has a unit, a range within its limits and a source or a labelled estimate`, () => {
      expect(spec.unit.trim()).not.toBe('');
      const [min, max] = spec.limits;
      const [low, high] = spec.range;
      expect(min).toBeLessThanOrEqual(low);
      expect(low).toBeLessThanOrEqual(high);
      expect(high).toBeLessThanOrEqual(max);
      expect(spec.defaultValue).toBeGreaterThanOrEqual(low);
      expect(spec.defaultValue).toBeLessThanOrEqual(high);
      for (const id of spec.sources) expect(sourceById(id), `source ${id}`).toBeDefined();
      const labelled = ['E', 'R'].includes(spec.status) && (spec.basis ?? '').trim() !== '';
      expect(spec.sources.length > 0 || labelled, 'needs a source or a labelled estimate').toBe(true);
      if (spec.status === 'E') expect(spec.basis?.trim(), 'an estimate says how it was made').toBeTruthy();
    });
  }

  it('holds every parameter the economic model reads', () => {
    for (const key of ECONOMIC_KEYS) expect(parameterSpec(key)?.kind, key).toBe('number');
  });

  it('Uzbek estimates name catalogue parameters, stay within their limits, cite known sources and say how', () => {
    for (const [key, estimate] of Object.entries(UZBEK_ESTIMATES)) {
      const spec = parameterSpec(key) as NumericParameterSpec | undefined;
      expect(spec?.kind, key).toBe('number');
      expect(estimate.value).toBeGreaterThanOrEqual(spec!.limits[0]);
      expect(estimate.value).toBeLessThanOrEqual(spec!.limits[1]);
      for (const id of estimate.sources) expect(sourceById(id), `source ${id}`).toBeDefined();
      expect(['E', 'R']).toContain(estimate.status);
      expect(estimate.basis.trim()).not.toBe('');
    }
  });
});
