/**
 * The app's address: "#/planner?preset=uzbekistan". Parsed and validated here so a bad link shows a
 * clear message and falls back to a safe default instead of breaking the page.
 */
import { isPresetId, PRESET_IDS } from '@/domain/presets/presets';
import type { PresetId } from '@/domain/presets/presets';

export const SCREENS = ['overview', 'planner', 'map', 'compare', 'training', 'runs', 'sources'] as const;
export type ScreenId = (typeof SCREENS)[number];

export interface AppLocation {
  readonly screen: ScreenId;
  readonly preset: PresetId;
  /** Problems with the address, each naming the part and the bad value. */
  readonly problems: readonly string[];
}

const KNOWN_PARAMS = new Set(['preset']);

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
  return { screen, preset, problems };
}

export function formatAppLocation(screen: ScreenId, preset: PresetId): string {
  const query = preset === 'korea' ? '' : `?preset=${preset}`;
  return `#/${screen === 'overview' ? '' : screen}${query}`;
}
