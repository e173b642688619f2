/**
 * The Planner's parameter rows read the scenario country's own entries: Uzbekistan shows its estimates'
 * ranges, statuses and bases (issue 11: 4,500,000 UZS was shown against Korea's "800,000–2,000,000 [K3]"),
 * a fallback row says so, and a rollout plan's calibrated value shows the plan's status, basis and range.
 */
import { describe, expect, it } from 'vitest';

import { allParameters, parameterSpec } from '@/domain/parameters/parameter-catalogue';
import { FALLBACK_NOTE } from '@/domain/parameters/parameter-info';
import { buildPresetScenario } from '@/domain/presets/presets';
import { presetRolloutVariant } from '@/domain/presets/rollout-variants';
import type { Scenario } from '@/domain/scenario/scenario-schema';

import type { ParameterRow } from './parameter-rows';
import { formatRange, parameterRowGroups } from './parameter-rows';

function rowOf(scenario: Scenario, key: string): ParameterRow {
  const row = parameterRowGroups(scenario)
    .flatMap((g) => g.rows)
    .find((r) => r.key === key);
  if (!row) throw new Error(`no row ${key}`);
  return row;
}

describe('parameter rows', () => {
  const korea = buildPresetScenario('korea');
  const uzbekistan = buildPresetScenario('uzbekistan');

  it('Uzbekistan: staff cost with the Uzbek estimate’s range, status and basis, not Korea’s', () => {
    const row = rowOf(uzbekistan, 'staffCostPerFteMonth');
    expect(row).toMatchObject({
      label: parameterSpec('staffCostPerFteMonth')!.label,
      value: '4,500,000',
      unit: 'UZS/month',
      plausible: '3,000,000–7,500,000',
      status: 'R',
      sources: [],
    });
    expect(row.basis).toMatch(/^Recollection/);
    expect(row.note).toBeUndefined();
    expect(row.outside).toBeUndefined();
  });

  it('Korea: staff cost with the catalogue’s range and sources', () => {
    const spec = parameterSpec('staffCostPerFteMonth')!;
    const row = rowOf(korea, 'staffCostPerFteMonth');
    expect(row).toMatchObject({
      value: '1,200,000',
      unit: 'KRW/month',
      plausible: '800,000–2,000,000',
      status: spec.status,
      sources: spec.sources,
    });
  });

  it('Uzbekistan: money in billions with its currency, years without separators', () => {
    expect(rowOf(uzbekistan, 'yearlyBudgetCap')).toMatchObject({
      value: '75 bn',
      unit: 'UZS/year',
      plausible: '50–150 bn',
    });
    expect(rowOf(uzbekistan, 'onlineServicesFromYear')).toMatchObject({
      value: '2019',
      plausible: '2019–2026',
    });
  });

  it('a parameter with no Uzbek estimate says it shows the catalogue entry', () => {
    const row = rowOf(uzbekistan, 'keyingKph');
    expect(row.note).toBe(FALLBACK_NOTE);
    expect(row.sources).toEqual(['Q4']);
    expect(rowOf(korea, 'keyingKph').note).toBeUndefined();
  });

  it('groups every parameter once, as the catalogue groups them, under titles for people', () => {
    const groups = parameterRowGroups(korea);
    expect(groups.flatMap((g) => g.rows.map((r) => r.key)).sort()).toEqual(
      allParameters.map((s) => s.key).sort(),
    );
    for (const group of groups) {
      expect(group.title).not.toMatch(/^[a-z]/);
      for (const row of group.rows) expect(parameterSpec(row.key)!.group).toBe(group.group);
    }
    expect(groups.map((g) => g.title)).toContain('Data centres and network');
  });

  it('a value outside its plausible range is flagged in words', () => {
    const outside: Scenario = {
      ...uzbekistan,
      parameters: { ...uzbekistan.parameters, yearlyBudgetCap: 200e9 },
    };
    const row = rowOf(outside, 'yearlyBudgetCap');
    expect(row.outside).toBe('outside the plausible range 50–150 bn UZS/year');
    expect(row.changed).toMatch(/changed from 75 bn/);
    expect(row.changedFrom).toBe('75 bn');
  });

  it('an edited value names the value it started from; an unchanged one does not', () => {
    const edited: Scenario = { ...korea, parameters: { ...korea.parameters, keyersPerOffice: 30 } };
    expect(rowOf(edited, 'keyersPerOffice')).toMatchObject({ value: '30', changedFrom: '18', status: 'E' });
    expect(rowOf(korea, 'keyersPerOffice').changedFrom).toBeUndefined();
  });

  it('the plan “As it happened” shows its calibrated value, status, basis and range', () => {
    const historical = buildPresetScenario('korea', { rolloutPlan: 'historical' });
    const row = rowOf(historical, 'charsPerPage');
    // The calibrated value itself moves whenever the replay is re-solved: read it from the plan's fixture.
    const solved = presetRolloutVariant('korea', 'historical')!.overrides.find(
      (o) => o.key === 'charsPerPage',
    )!;
    const percent = Math.round(((Number(solved.value) - 400) / 800) * 100);
    expect(row).toMatchObject({
      value: String(solved.value),
      plausible: '400–1,200',
      status: 'E',
      sources: ['K2', 'K3'],
    });
    expect(row.basis).toMatch(/^Calibrated/);
    expect(row.plan).toBe(`calibrated for the plan “As it happened”: at ${percent} % of its 400–1,200 range`);
    expect(row.changed).toBeUndefined();
    expect(rowOf(historical, 'yearlyBudgetCap')).toMatchObject({ value: '53 bn', plausible: '25–60 bn' });
    expect(rowOf(korea, 'charsPerPage').plan).toBeUndefined();
  });
});

describe('formatRange', () => {
  it('rounds a scaled range to three significant digits and keeps round ones as they are', () => {
    expect(formatRange([104_166_666.6667, 833_333_333.3333], 'UZS/scanner')).toBe('104,000,000–833,000,000');
    expect(formatRange([20_833_333_333.33, 166_666_666_666.7], 'UZS/centre')).toBe('20.8–167 bn');
    expect(formatRange([12_000, 12_800], 'UZS/USD')).toBe('12,000–12,800');
    expect(formatRange([0.0005, 0.1], 'share (0–1)')).toBe('0.0005–0.1');
    expect(formatRange([1950, 2100], 'year')).toBe('1950–2100');
  });
});
