import { describe, expect, it } from 'vitest';

import { parameterSpec } from '../parameters/parameter-catalogue';
import { validateScenario } from '../scenario/validate-scenario';
import { KOREA_HISTORICAL_COMPLETION } from './korea-history';
import { buildPresetScenario } from './presets';
import { presetRolloutVariants } from './rollout-variants';

describe('rollout variants of the presets', () => {
  it('Korea has an illustrative plan (the default) and the replay of what happened, each labelled', () => {
    const variants = presetRolloutVariants('korea');
    expect(variants.map((v) => [v.id, v.name, v.label])).toEqual([
      ['illustrative', 'Illustrative plan', 'Illustrative plan — estimate'],
      ['historical', 'As it happened', 'As it happened — calibrated to sources'],
    ]);
    for (const v of variants) expect(v.note.length, v.id).toBeGreaterThan(40);
    expect(variants[0]!.overrides).toEqual([]);
  });

  it('Uzbekistan has only its illustrative plan', () => {
    expect(presetRolloutVariants('uzbekistan').map((v) => v.label)).toEqual(['Illustrative plan — estimate']);
  });

  it('every calibrated value of the replay is an estimate with a basis, inside its plausible range', () => {
    const [, historical] = presetRolloutVariants('korea');
    expect(historical!.overrides.length).toBeGreaterThan(0);
    for (const o of historical!.overrides) {
      expect(o.status, o.key).toBe('E');
      expect(o.basis, o.key).toMatch(/1997|1998|2002/);
      expect(parameterSpec(o.key), o.key).toBeDefined();
      if (typeof o.value === 'number') {
        expect(o.rangePosition, o.key).toBeGreaterThanOrEqual(0);
        expect(o.rangePosition, o.key).toBeLessThanOrEqual(1);
      }
    }
  });

  it('a preset scenario says which variant it came from and carries its values', () => {
    const illustrative = buildPresetScenario('korea');
    expect(illustrative.id).toBe('korea-default-illustrative');
    expect(illustrative.rollout.variant).toEqual({
      id: 'illustrative',
      label: 'Illustrative plan — estimate',
    });
    const historical = buildPresetScenario('korea', { rolloutPlan: 'historical' });
    expect(historical.rollout.variant).toEqual({
      id: 'historical',
      label: 'As it happened — calibrated to sources',
    });
    for (const o of presetRolloutVariants('korea')[1]!.overrides)
      expect(historical.parameters[o.key], o.key).toBe(o.value);
  });

  it('validates the variant tag strictly; a scenario without one (a custom plan) is valid', () => {
    const scenario = JSON.parse(JSON.stringify(buildPresetScenario('korea'))) as Record<string, unknown> & {
      rollout: Record<string, unknown>;
    };
    const withVariant = (variant: unknown) => ({ ...scenario, rollout: { ...scenario.rollout, variant } });
    const custom = { ...scenario, rollout: { waves: scenario.rollout.waves } };
    const ok = validateScenario(custom);
    expect(ok.ok).toBe(true);
    if (ok.ok) expect(ok.scenario.rollout.variant).toBeUndefined();
    const extra = validateScenario(withVariant({ id: 'historical', label: 'x', by: 'me' }));
    expect(extra.ok).toBe(false);
    if (!extra.ok) expect(extra.problems.map((p) => p.path).join(' ')).toContain('rollout.variant');
    const empty = validateScenario(withVariant({ id: 'historical', label: ' ' }));
    expect(empty.ok).toBe(false);
    if (!empty.ok) expect(empty.problems[0]?.path).toBe('rollout.variant.label');
    expect(validateScenario(withVariant({ id: 'bad id!', label: 'As it happened' })).ok).toBe(false);
  });

  it('gives the historical completion with its source', () => {
    expect(KOREA_HISTORICAL_COMPLETION).toEqual({ month: '2002-10', sources: ['K5'], status: 'C' });
  });
});
