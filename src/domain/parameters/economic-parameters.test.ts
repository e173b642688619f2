/**
 * Catalogue quality: every parameter the scenario carries (engine, capture mode, economics, costs) and every
 * Uzbek estimate says where its value comes from, in the project's status letters:
 * C / C~ cite a source that exists in fixtures/sources.json; E says how it was made (`basis`); R says that it
 * is a recollection; U cites who states it. Ranges lie within limits and hold the default.
 */
import { describe, expect, it } from 'vitest';

import { ECONOMIC_KEYS } from '../economics/economic-inputs';
import { UZBEK_ESTIMATES } from '../economics/uzbek-estimates';
import { sourceById } from '../sources';
import { economicParameters } from './economic-parameters';
import { allParameters, numericParameters, parameterSpec } from './parameter-catalogue';
import { FALLBACK_NOTE, parameterInfoFor, plausibleRangeOf } from './parameter-info';
import type { NumericParameterSpec, SourceStatus } from './parameter-spec';

interface Labelled {
  readonly status: SourceStatus;
  readonly sources: readonly string[];
  readonly basis?: string;
}

/** What is wrong with an entry's status, sources and basis (empty when nothing). */
function labelProblems(entry: Labelled): string[] {
  const problems: string[] = [];
  const basis = (entry.basis ?? '').trim();
  for (const id of entry.sources) if (!sourceById(id)) problems.push(`cites unknown source ${id}`);
  if ((entry.status === 'C' || entry.status === 'C~' || entry.status === 'U') && entry.sources.length === 0)
    problems.push(`status ${entry.status} without a source`);
  if (entry.status === 'E' && basis === '') problems.push('estimate without a basis');
  if (entry.status === 'R' && !/recollection/i.test(basis))
    problems.push('recollection whose basis does not say so');
  return problems;
}

describe('catalogue quality: every parameter', () => {
  it('covers the engine, the capture mode and the economic model', () => {
    expect(allParameters.map((s) => s.key)).toContain('captureMode');
    expect(allParameters.map((s) => s.key)).toContain('learningMonths');
    expect(allParameters.map((s) => s.key)).toContain('discountRate');
  });

  for (const spec of allParameters) {
    it(`${spec.key}: its status is backed (C/C~/U cite known sources, E has a basis, R says recollection)`, () => {
      expect(labelProblems(spec)).toEqual([]);
    });
  }

  for (const spec of numericParameters) {
    it(`${spec.key}: has a unit and a plausible range inside its limits that holds the default`, () => {
      expect(spec.unit.trim()).not.toBe('');
      const [min, max] = spec.limits;
      const [low, high] = spec.range;
      expect(min).toBeLessThanOrEqual(low);
      expect(low).toBeLessThanOrEqual(high);
      expect(high).toBeLessThanOrEqual(max);
      expect(spec.defaultValue).toBeGreaterThanOrEqual(low);
      expect(spec.defaultValue).toBeLessThanOrEqual(high);
    });
  }

  it('the check itself rejects an unbacked entry', () => {
    expect(labelProblems({ status: 'E', sources: [] })).toEqual(['estimate without a basis']);
    expect(labelProblems({ status: 'C', sources: [] })).toEqual(['status C without a source']);
    expect(labelProblems({ status: 'C~', sources: ['NOPE'] })).toEqual(['cites unknown source NOPE']);
    expect(labelProblems({ status: 'R', sources: [], basis: 'about 4.5 %' })).toEqual([
      'recollection whose basis does not say so',
    ]);
    expect(labelProblems({ status: 'R', sources: [], basis: 'Recollection: about 4.5 %' })).toEqual([]);
  });

  it('holds every parameter the economic model reads', () => {
    for (const key of ECONOMIC_KEYS) expect(parameterSpec(key)?.kind, key).toBe('number');
    expect(economicParameters.length).toBeGreaterThanOrEqual(ECONOMIC_KEYS.length);
  });
});

describe('catalogue quality: Uzbek estimates', () => {
  for (const [key, estimate] of Object.entries(UZBEK_ESTIMATES)) {
    it(`${key}: names a catalogue parameter, is labelled and carries its own range around its value`, () => {
      const spec = parameterSpec(key) as NumericParameterSpec | undefined;
      expect(spec?.kind, key).toBe('number');
      expect(['E', 'R']).toContain(estimate.status);
      expect(labelProblems(estimate)).toEqual([]);
      expect(estimate.basis.trim()).not.toBe('');
      const [low, high] = estimate.range;
      expect(spec!.limits[0]).toBeLessThanOrEqual(low);
      expect(low).toBeLessThanOrEqual(estimate.value);
      expect(estimate.value).toBeLessThanOrEqual(high);
      expect(high).toBeLessThanOrEqual(spec!.limits[1]);
    });
  }

  it('replaces every money parameter, so no Korean amount is shown as Uzbek', () => {
    const money = numericParameters.filter((s) => s.unit.includes('currency')).map((s) => s.key);
    expect(money.length).toBeGreaterThan(10);
    expect(money.filter((key) => !(key in UZBEK_ESTIMATES))).toEqual([]);
  });

  it('estimates the budget cap from the World Bank MRPRC project: (20 + 15.7) M USD / 6 years × 12,500 ≈ 75 bn UZS', () => {
    const cap = UZBEK_ESTIMATES.yearlyBudgetCap!;
    expect((((20 + 15.7) * 1e6) / 6) * 12_500).toBeCloseTo(74.375e9, -6);
    expect(cap.value).toBe(75e9);
    expect(cap.status).toBe('E');
    expect(cap.sources).toEqual(['U10', 'U11']);
  });
});

describe('parameterInfoFor', () => {
  it('gives Korea the catalogue entry, with the currency named', () => {
    const info = parameterInfoFor('KOR', 'staffCostPerFteMonth')!;
    const spec = parameterSpec('staffCostPerFteMonth') as NumericParameterSpec;
    expect(info).toMatchObject({
      value: spec.defaultValue,
      unit: 'KRW/month',
      status: spec.status,
      sources: spec.sources,
      plausible: spec.range,
      origin: 'catalogue',
    });
    expect(parameterInfoFor('korea', 'captureMode')).toMatchObject({ value: 'double', status: 'E' });
    expect(parameterInfoFor('KOR', 'noSuchParameter')).toBeUndefined();
  });

  it('gives Uzbekistan its own estimate: value, status, basis and range (4.5 M UZS, R, 3–7.5 M)', () => {
    const info = parameterInfoFor('uzbekistan', 'staffCostPerFteMonth')!;
    expect(info).toMatchObject({
      value: 4_500_000,
      unit: 'UZS/month',
      status: 'R',
      origin: 'uzbek-estimate',
    });
    // Korea's 0.8–2.0 M KRW range scaled by 4.5 M / 1.2 M.
    expect(info.plausible).toEqual([3_000_000, 7_500_000]);
    expect(info.basis).toMatch(/recollection/i);
    expect(info.basis).not.toMatch(/K3/);
  });

  it('falls back to the catalogue, said so, for a parameter with no Uzbek estimate', () => {
    const info = parameterInfoFor('UZB', 'keyingKph')!;
    expect(info.origin).toBe('catalogue-fallback');
    expect(info.note).toBe(FALLBACK_NOTE);
    expect(info.value).toBe(9_000);
    expect(info.sources).toEqual(['Q4']);
  });

  it('a tornado over an Uzbek scenario uses the estimate’s range, and scales the catalogue’s for another value', () => {
    const spec = parameterSpec('yearlyBudgetCap') as NumericParameterSpec;
    expect(plausibleRangeOf('UZB')(spec, 75e9)).toEqual([50e9, 150e9]);
    // 90 bn is not the preset's value: 25–60 bn KRW × 90 / 40.
    expect(plausibleRangeOf('UZB')(spec, 90e9)).toEqual([56.25e9, 135e9]);
    expect(plausibleRangeOf('KOR')(spec, 40e9)).toEqual(spec.range);
  });
});
