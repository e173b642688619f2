import { describe, expect, it } from 'vitest';

import { validateScenario } from '../scenario/validate-scenario';
import { buildPresetScenario, presetCentreSets, presetRolloutPlans, PRESET_IDS } from './presets';

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

describe('Korean preset', () => {
  const scenario = buildPresetScenario('korea');

  it('holds the figures of the source article', () => {
    expect(scenario.offices).toHaveLength(209);
    expect(sum(scenario.offices.map((o) => o.records))).toBe(45_000_000);
    expect(sum(scenario.offices.map((o) => o.pages))).toBe(160_000_000);
    expect(scenario.centres.filter((c) => c.kind === 'central')).toHaveLength(1);
    expect(scenario.centres.filter((c) => c.kind === 'regional')).toHaveLength(11);
    expect(scenario.startMonth).toBe('1993-01');
    expect(scenario.country).toBe('KOR');
  });

  it('puts every office in one wave, largest offices first within a wave', () => {
    const ids = scenario.rollout.waves.flatMap((w) => w.officeIds);
    expect(new Set(ids).size).toBe(209);
    const records = new Map(scenario.offices.map((o) => [o.id, o.records]));
    for (const wave of scenario.rollout.waves) {
      const sizes = wave.officeIds.map((id) => records.get(id) ?? 0);
      expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    }
  });

  it('replays the historical plan: 7 pilot offices in Seoul and Incheon from early 1995, 100 in the first two waves', () => {
    const historical = buildPresetScenario('korea', { rolloutPlan: 'historical' });
    const [pilot, second] = historical.rollout.waves;
    // Aug 1993 plan: pilot in big cities from early 1995 [K2] (the conversion's start).
    expect(pilot?.startMonth).toBe('1995-01');
    expect(pilot?.officeIds).toHaveLength(7);
    const region = new Map(historical.offices.map((o) => [o.id, o.region]));
    for (const id of pilot?.officeIds ?? []) expect(['KR-11', 'KR-28']).toContain(region.get(id));
    expect((pilot?.officeIds.length ?? 0) + (second?.officeIds.length ?? 0)).toBe(100);
  });

  it('switches to the confirmed 2008 centres (1 IT centre + 3 auxiliary)', () => {
    expect(presetCentreSets('korea')).toContain('confirmed2008');
    const confirmed = buildPresetScenario('korea', { centreSet: 'confirmed2008' });
    expect(confirmed.centres).toHaveLength(4);
    const ids = new Set(confirmed.centres.map((c) => c.id));
    for (const office of confirmed.offices) expect(ids.has(office.centreId)).toBe(true);
  });

  it('refuses an unknown centre set or rollout plan', () => {
    expect(() => buildPresetScenario('korea', { centreSet: 'nowhere' })).toThrow(/no centre set "nowhere"/);
    expect(() => buildPresetScenario('korea', { rolloutPlan: 'notes' })).toThrow(/no rollout plan "notes"/);
    expect(() => buildPresetScenario('korea', { rolloutPlan: 'overrides' })).toThrow(
      /no rollout plan "overrides" \(illustrative, historical\)/,
    );
    expect(() => buildPresetScenario('uzbekistan', { rolloutPlan: 'historical' })).toThrow(
      /no rollout plan "historical" \(illustrative\)/,
    );
  });
});

describe('every preset and option', () => {
  for (const id of PRESET_IDS)
    for (const centreSet of presetCentreSets(id))
      for (const rolloutPlan of presetRolloutPlans(id))
        it(`${id} / ${centreSet} / ${rolloutPlan} is a valid scenario`, () => {
          const scenario = buildPresetScenario(id, { centreSet, rolloutPlan });
          expect(validateScenario(JSON.parse(JSON.stringify(scenario))).ok).toBe(true);
        });

  it('Uzbekistan has 14 regions and about 200 offices', () => {
    const scenario = buildPresetScenario('uzbekistan');
    expect(new Set(scenario.offices.map((o) => o.region)).size).toBe(14);
    expect(scenario.offices.length).toBeGreaterThanOrEqual(175);
    expect(scenario.offices.length).toBeLessThanOrEqual(220);
    expect(scenario.currency).toBe('UZS');
  });
});
