/**
 * Named rollout plans of a preset ("variants"): which waves start when, plus the parameter values the plan
 * carries. Korea has an illustrative plan (an estimate) and "as it happened", a replay whose open workload
 * and budget inputs are calibrated so that it meets the sourced milestones (fixtures/korea/preset.json,
 * `rollout.overrides`). Every result screen labels a run with its variant's `label`.
 */
import koreaFixture from '../../../fixtures/korea/preset.json';
import uzbekistanFixture from '../../../fixtures/uzbekistan/preset.json';
import type { SourceStatus } from '../parameters/parameter-spec';
import type { PresetFixture } from './preset-fixture';
import type { PresetId } from './presets';

export const ROLLOUT_VARIANT_IDS = ['illustrative', 'historical'] as const;
export type RolloutVariantId = (typeof ROLLOUT_VARIANT_IDS)[number];

/** One parameter value a variant sets, with where it comes from. */
export interface VariantOverride {
  /** Catalogue key of the parameter. */
  readonly key: string;
  readonly value: number | string;
  readonly status: SourceStatus;
  readonly sources: readonly string[];
  /** How the value was found, in words for users (for calibrated values: the milestones it was solved for). */
  readonly basis: string;
  /** Plausible range the value was searched in (numeric parameters). */
  readonly range?: readonly [number, number];
  /** Where the value sits in `range`, 0 (low end) to 1 (high end). */
  readonly rangePosition?: number;
}

export interface RolloutVariant {
  readonly id: RolloutVariantId;
  /** Short name for a selector: "Illustrative plan", "As it happened". */
  readonly name: string;
  /** The label every result carries: "Illustrative plan — estimate" or "As it happened — calibrated to sources". */
  readonly label: string;
  /** One or two sentences for users: what the plan rests on. */
  readonly note: string;
  /** Parameter values the variant sets on top of the preset's (empty for the illustrative plans). */
  readonly overrides: readonly VariantOverride[];
}

const NAMES: Readonly<Record<RolloutVariantId, { name: string; label: string }>> = {
  illustrative: { name: 'Illustrative plan', label: 'Illustrative plan — estimate' },
  historical: { name: 'As it happened', label: 'As it happened — calibrated to sources' },
};

const FIXTURES: Readonly<Record<PresetId, PresetFixture>> = {
  korea: koreaFixture as unknown as PresetFixture,
  uzbekistan: uzbekistanFixture as unknown as PresetFixture,
};

export function isRolloutVariantId(value: string): value is RolloutVariantId {
  return (ROLLOUT_VARIANT_IDS as readonly string[]).includes(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function overridesOf(fixture: PresetFixture, id: RolloutVariantId): VariantOverride[] {
  const all: unknown = fixture.rollout.overrides;
  const mine = isRecord(all) ? all[id] : undefined;
  if (!isRecord(mine)) return [];
  return Object.entries(mine).map(([key, raw]) => {
    if (!isRecord(raw)) throw new Error(`rollout.overrides.${id}.${key} is not an object`);
    const { value, status, sources, basis, range } = raw as Record<string, unknown>;
    if (typeof value !== 'number' && typeof value !== 'string')
      throw new Error(`rollout.overrides.${id}.${key} has no value`);
    if (typeof basis !== 'string' || basis.length === 0)
      throw new Error(`rollout.overrides.${id}.${key} has no basis`);
    const span =
      Array.isArray(range) && range.length === 2
        ? ([Number(range[0]), Number(range[1])] as const)
        : undefined;
    const position =
      span && typeof value === 'number' && span[1] > span[0]
        ? (value - span[0]) / (span[1] - span[0])
        : undefined;
    return {
      key,
      value,
      status: status as SourceStatus,
      sources: Array.isArray(sources) ? sources.map(String) : [],
      basis,
      ...(span ? { range: span } : {}),
      ...(position !== undefined ? { rangePosition: position } : {}),
    };
  });
}

function noteOf(fixture: PresetFixture, id: RolloutVariantId): string {
  const notes: unknown = fixture.rollout.notes;
  const note = isRecord(notes) ? notes[id] : undefined;
  return typeof note === 'string' ? note : '';
}

/** The preset's rollout plans, the default first. */
export function presetRolloutVariants(id: PresetId): RolloutVariant[] {
  const fixture = FIXTURES[id];
  return ROLLOUT_VARIANT_IDS.filter((v) => Array.isArray(fixture.rollout[v])).map((v) => ({
    id: v,
    ...NAMES[v],
    note: noteOf(fixture, v),
    overrides: overridesOf(fixture, v),
  }));
}

/** The variant `variantId` of preset `id`, or undefined when the preset has no such plan. */
export function presetRolloutVariant(id: PresetId, variantId: string): RolloutVariant | undefined {
  return presetRolloutVariants(id).find((v) => v.id === variantId);
}
