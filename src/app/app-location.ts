/**
 * The app's address: "#/planner?preset=uzbekistan", "#/overview?preset=korea&rollout=historical". Parsed and
 * validated here so a bad link shows a clear message and falls back to a safe default instead of breaking
 * the page.
 */
import { isPresetId, PRESET_IDS, presetRolloutPlans } from '@/domain/presets/presets';
import type { PresetId } from '@/domain/presets/presets';

export const SCREENS = ['overview', 'planner', 'map', 'compare', 'training', 'runs', 'sources'] as const;
export type ScreenId = (typeof SCREENS)[number];

export interface AppLocation {
  readonly screen: ScreenId;
  readonly preset: PresetId;
  /** The preset's rollout plan ("illustrative", the default, or "historical" for Korea). */
  readonly rollout: string;
  /** A saved scenario the Planner opens instead of the preset (`#/planner?scenario=<id>`); absent: the preset. */
  readonly scenario?: string;
  /** Problems with the address, each naming the part and the bad value. */
  readonly problems: readonly string[];
}

const KNOWN_PARAMS = new Set(['preset', 'rollout', 'scenario']);

/** A saved scenario's row id: a UUID, or any id of letters, digits, "-" and "_" up to 64 characters. */
const SCENARIO_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;

const COUNTRY_NAMES: Readonly<Record<PresetId, string>> = { korea: 'Korea', uzbekistan: 'Uzbekistan' };

/** The plan a preset opens with: its first (the illustrative plan). */
export function defaultRolloutPlan(preset: PresetId): string {
  return presetRolloutPlans(preset)[0] ?? 'illustrative';
}

function isScreen(value: string): value is ScreenId {
  return (SCREENS as readonly string[]).includes(value);
}

export function parseAppLocation(hash: string): AppLocation {
  const problems: string[] = [];
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  const [rawPath = '', rawQuery = ''] = body.split('?', 2);
  const path = rawPath.replace(/^\/+|\/+$/g, '');
  let screen: ScreenId = 'overview';
  if (path !== '') {
    if (isScreen(path)) screen = path;
    else problems.push(`Page "${path.slice(0, 60)}" does not exist; showing the overview.`);
  }
  let preset: PresetId = 'korea';
  const params = new URLSearchParams(rawQuery);
  for (const key of params.keys())
    if (!KNOWN_PARAMS.has(key))
      problems.push(`URL parameter "${key.slice(0, 40)}" is not known; it was ignored.`);
  const presetParam = params.get('preset');
  if (presetParam !== null) {
    if (isPresetId(presetParam)) preset = presetParam;
    else
      problems.push(
        `URL parameter preset: "${presetParam.slice(0, 40)}" is not a preset (use ${PRESET_IDS.join(' or ')}); showing Korea.`,
      );
  }
  const plans = presetRolloutPlans(preset);
  let rollout = defaultRolloutPlan(preset);
  const rolloutParam = params.get('rollout');
  if (rolloutParam !== null) {
    if (plans.includes(rolloutParam)) rollout = rolloutParam;
    else
      problems.push(
        `URL parameter rollout: "${rolloutParam.slice(0, 40)}" is not a rollout plan of ${COUNTRY_NAMES[preset]} (use ${plans.join(' or ')}); showing the illustrative plan.`,
      );
  }
  const scenarioParam = params.get('scenario');
  let scenario: string | undefined;
  if (scenarioParam !== null) {
    if (SCENARIO_ID.test(scenarioParam)) scenario = scenarioParam;
    else
      problems.push(
        `URL parameter scenario: "${scenarioParam.slice(0, 40)}" is not the id of a saved scenario (letters, digits, "-" or "_"); showing the preset.`,
      );
  }
  return { screen, preset, rollout, ...(scenario === undefined ? {} : { scenario }), problems };
}

/** The Planner on a saved scenario: "#/planner?scenario=<id>". */
export function formatScenarioLocation(id: string): string {
  return `#/planner?${new URLSearchParams({ scenario: id }).toString()}`;
}

/**
 * The address of a screen, preset and plan. A plan the preset does not have, or its default plan, is left
 * out (switching to Uzbekistan from Korea's historical plan opens Uzbekistan's illustrative plan).
 */
export function formatAppLocation(screen: ScreenId, preset: PresetId, rollout?: string): string {
  const query = new URLSearchParams();
  if (preset !== 'korea') query.set('preset', preset);
  if (
    rollout !== undefined &&
    rollout !== defaultRolloutPlan(preset) &&
    presetRolloutPlans(preset).includes(rollout)
  )
    query.set('rollout', rollout);
  const text = query.toString();
  return `#/${screen === 'overview' ? '' : screen}${text ? `?${text}` : ''}`;
}
