/**
 * Scenario files (import and export): the text a scenario is written as, its file name, and what an
 * imported scenario changes against the preset of its country. Pure: no DOM, no clock.
 */
import { allParameters } from '../parameters/parameter-catalogue';
import { formatNumber } from '../parameters/parameter-spec';
import { buildPresetScenario, presetRolloutPlans } from '../presets/presets';
import type { PresetId } from '../presets/presets';
import type { Country, Scenario } from './scenario-schema';

/** The file's text: the scenario as `parseScenarioJson` reads it back, pretty-printed, ending in a newline. */
export function scenarioFileText(scenario: Scenario): string {
  return `${JSON.stringify(scenario, null, 2)}\n`;
}

/** "korea-preset.scenario.json" from "Korea (preset)": letters and digits kept, the rest one "-". */
export function scenarioFileName(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return `${slug === '' ? 'scenario' : slug}.scenario.json`;
}

export const PRESET_OF_COUNTRY: Readonly<Record<Country, PresetId>> = { KOR: 'korea', UZB: 'uzbekistan' };

/**
 * The preset a scenario is compared with: its country's, with the scenario's named rollout plan when the
 * preset has it (a Korean "historical" file is compared with the historical plan), the default plan otherwise.
 */
export function presetFor(scenario: Scenario): Scenario {
  const preset = PRESET_OF_COUNTRY[scenario.country];
  const plan = scenario.rollout.variant?.id;
  const rolloutPlan = plan !== undefined && presetRolloutPlans(preset).includes(plan) ? plan : undefined;
  return buildPresetScenario(preset, rolloutPlan === undefined ? {} : { rolloutPlan });
}

export interface ParameterChange {
  readonly key: string;
  readonly label: string;
  readonly unit: string;
  readonly presetValue: number | string;
  readonly fileValue: number | string;
}

export interface ScenarioDiff {
  /** Parameters whose value differs from the preset's, in catalogue order. */
  readonly parameters: readonly ParameterChange[];
  /** Other differences in words ("start month 1993-01 → 1995-01", "3 offices changed"). */
  readonly other: readonly string[];
}

function showValue(value: number | string, unit: string): string {
  return typeof value === 'number' ? `${formatNumber(value)} ${unit}` : value;
}

/** "Keying speed: 8,000 keystrokes/hour → 9,500 keystrokes/hour". */
export function describeChange(change: ParameterChange): string {
  return `${change.label}: ${showValue(change.presetValue, change.unit)} → ${showValue(change.fileValue, change.unit)}`;
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${formatNumber(count)} ${count === 1 ? one : many}`;
}

function officeDifferences(scenario: Scenario, preset: Scenario): string[] {
  const out: string[] = [];
  const before = new Map(preset.offices.map((o) => [o.id, o]));
  const after = new Set(scenario.offices.map((o) => o.id));
  const added = scenario.offices.filter((o) => !before.has(o.id)).length;
  const removed = preset.offices.filter((o) => !after.has(o.id)).length;
  let changed = 0;
  for (const office of scenario.offices) {
    const old = before.get(office.id);
    if (!old) continue;
    if (JSON.stringify(old) !== JSON.stringify(office)) changed++;
  }
  if (added > 0) out.push(`${plural(added, 'office')} not in the preset`);
  if (removed > 0) out.push(`${plural(removed, 'office')} of the preset left out`);
  if (changed > 0) out.push(`${plural(changed, 'office')} changed (records, pages, centre, name or place)`);
  return out;
}

/** What an imported scenario changes against a preset: parameters one by one, the rest summarised. */
export function diffAgainstPreset(scenario: Scenario, preset: Scenario): ScenarioDiff {
  const parameters: ParameterChange[] = [];
  const file = scenario.parameters as Record<string, number | string>;
  const base = preset.parameters as Record<string, number | string>;
  for (const spec of allParameters) {
    const fileValue = file[spec.key];
    const presetValue = base[spec.key];
    if (fileValue === undefined || presetValue === undefined || fileValue === presetValue) continue;
    parameters.push({ key: spec.key, label: spec.label, unit: spec.unit, presetValue, fileValue });
  }
  const other: string[] = [];
  if (scenario.currency !== preset.currency) other.push(`currency ${preset.currency} → ${scenario.currency}`);
  if (scenario.startMonth !== preset.startMonth)
    other.push(`start month ${preset.startMonth} → ${scenario.startMonth}`);
  if (scenario.horizonMonths !== preset.horizonMonths)
    other.push(`horizon ${preset.horizonMonths} → ${scenario.horizonMonths} months`);
  other.push(...officeDifferences(scenario, preset));
  if (JSON.stringify(scenario.centres) !== JSON.stringify(preset.centres)) other.push('data centres differ');
  if (JSON.stringify(scenario.rollout.waves) !== JSON.stringify(preset.rollout.waves))
    other.push(
      `rollout plan differs (${plural(scenario.rollout.waves.length, 'wave')}; the preset has ${preset.rollout.waves.length})`,
    );
  return { parameters, other };
}
