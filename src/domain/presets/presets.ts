/**
 * The two country presets, built from the sourced fixtures into validated scenarios.
 * Korea is the reference case of the source article; Uzbekistan is the case it is written for.
 */
import koreaCentres from '../../../fixtures/korea/centres.json';
import koreaOffices from '../../../fixtures/korea/offices.json';
import koreaFixture from '../../../fixtures/korea/preset.json';
import uzbekistanCentres from '../../../fixtures/uzbekistan/centres.json';
import uzbekistanOffices from '../../../fixtures/uzbekistan/offices.json';
import uzbekistanFixture from '../../../fixtures/uzbekistan/preset.json';
import { uzbekParameterValues } from '../economics/uzbek-estimates';
import { defaultParameterValues } from '../parameters/parameter-catalogue';
import { SCENARIO_FORMAT, SCENARIO_FORMAT_VERSION } from '../scenario/scenario-schema';
import type { Scenario } from '../scenario/scenario-schema';
import { validateScenario } from '../scenario/validate-scenario';
import type { CentreFixture, OfficeFixture, PresetFixture } from './preset-fixture';
import { resolveWaveRules } from './rollout-rules';
import type { WaveRule } from './rollout-rules';
import { presetRolloutVariant, presetRolloutVariants } from './rollout-variants';

export const PRESET_IDS = ['korea', 'uzbekistan'] as const;
export type PresetId = (typeof PRESET_IDS)[number];

export function isPresetId(value: string): value is PresetId {
  return (PRESET_IDS as readonly string[]).includes(value);
}

interface PresetSource {
  readonly fixture: PresetFixture;
  readonly offices: readonly OfficeFixture[];
  readonly centres: Readonly<Record<string, readonly CentreFixture[]>>;
  readonly startMonth: string;
  readonly horizonMonths: number;
  readonly parameterOverrides: Readonly<Record<string, number | string>>;
}

// Money defaults of the parameter catalogue are Korean (KRW). The Uzbek preset replaces them with labelled
// Uzbek estimates in UZS (economics/uzbek-estimates.ts: value, unit, status, sources, basis and range of
// each), including the yearly budget cap (from the World Bank MRPRC project) and the two fees.

const sources: Readonly<Record<PresetId, PresetSource>> = {
  korea: {
    fixture: koreaFixture as unknown as PresetFixture,
    offices: koreaOffices as readonly OfficeFixture[],
    centres: koreaCentres as unknown as Record<string, readonly CentreFixture[]>,
    startMonth: '1993-01',
    horizonMonths: 360,
    parameterOverrides: {},
  },
  uzbekistan: {
    fixture: uzbekistanFixture as unknown as PresetFixture,
    offices: uzbekistanOffices as readonly OfficeFixture[],
    centres: uzbekistanCentres as unknown as Record<string, readonly CentreFixture[]>,
    startMonth: '2026-01',
    horizonMonths: 240,
    parameterOverrides: uzbekParameterValues(),
  },
};

export interface PresetOptions {
  /** Key of the centres fixture: "default" (the article's 1 + 11) or "confirmed2008" (1 + 3, Korea only). */
  readonly centreSet?: string;
  /** Rollout variant (presetRolloutVariants): "illustrative" (the default) or "historical" (Korea). */
  readonly rolloutPlan?: string;
}

export function presetFixture(id: PresetId): PresetFixture {
  return sources[id].fixture;
}

export function presetCentreSets(id: PresetId): string[] {
  return Object.keys(sources[id].centres);
}

/** Ids of the preset's rollout variants, the default first. */
export function presetRolloutPlans(id: PresetId): string[] {
  return presetRolloutVariants(id).map((v) => v.id);
}

/** Builds and validates a preset scenario; throws if the fixtures are inconsistent (a bug, caught by tests). */
export function buildPresetScenario(id: PresetId, options: PresetOptions = {}): Scenario {
  const src = sources[id];
  const centreSet = options.centreSet ?? 'default';
  const rolloutPlan = options.rolloutPlan ?? 'illustrative';
  const centres = src.centres[centreSet];
  const variant = presetRolloutVariant(id, rolloutPlan);
  const rules = src.fixture.rollout[rolloutPlan];
  if (!variant || !Array.isArray(rules))
    throw new Error(
      `preset ${id} has no rollout plan "${rolloutPlan}" (${presetRolloutPlans(id).join(', ')})`,
    );
  const variantValues = Object.fromEntries(variant.overrides.map((o) => [o.key, o.value]));
  if (!centres) throw new Error(`preset ${id} has no centre set "${centreSet}"`);
  const use2008 = centreSet === 'confirmed2008';
  const offices = src.offices.map((o) => ({
    id: o.id,
    name: o.name,
    region: o.region,
    lon: o.lon,
    lat: o.lat,
    records: o.records,
    pages: o.pages,
    centreId: use2008 && o.centreId2008 ? o.centreId2008 : o.centreId,
  }));
  const candidate = {
    format: SCENARIO_FORMAT,
    formatVersion: SCENARIO_FORMAT_VERSION,
    id: `${id}-${centreSet}-${rolloutPlan}`,
    name: `${src.fixture.name.en ?? id} (preset)`,
    country: src.fixture.country,
    currency: src.fixture.currency,
    startMonth: src.startMonth,
    horizonMonths: src.horizonMonths,
    offices,
    centres: centres.map((c) => ({
      id: c.id,
      name: c.name,
      kind: c.kind,
      region: c.region,
      lon: c.lon,
      lat: c.lat,
    })),
    parameters: { ...defaultParameterValues(), ...src.parameterOverrides, ...variantValues },
    rollout: {
      waves: resolveWaveRules(rules as readonly WaveRule[], offices),
      variant: { id: variant.id, label: variant.label },
    },
  };
  const result = validateScenario(candidate);
  if (!result.ok) {
    const first = result.problems[0];
    throw new Error(`preset ${id} is invalid: ${first?.path}: ${first?.message}`);
  }
  return result.scenario;
}
