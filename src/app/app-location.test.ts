import { describe, expect, it } from 'vitest';

import { formatAppLocation, parseAppLocation, SCREENS } from './app-location';

describe('parseAppLocation', () => {
  it('opens the Korean overview by default', () => {
    expect(parseAppLocation('')).toEqual({ screen: 'overview', preset: 'korea', problems: [] });
  });

  it('reads screen and preset', () => {
    expect(parseAppLocation('#/planner?preset=uzbekistan')).toEqual({
      screen: 'planner',
      preset: 'uzbekistan',
      problems: [],
    });
  });

  it('round-trips every screen and preset', () => {
    for (const screen of SCREENS)
      for (const preset of ['korea', 'uzbekistan'] as const)
        expect(parseAppLocation(formatAppLocation(screen, preset))).toEqual({ screen, preset, problems: [] });
  });

  it('names a bad preset and falls back to Korea', () => {
    const location = parseAppLocation('#/map?preset=japan');
    expect(location.preset).toBe('korea');
    expect(location.screen).toBe('map');
    expect(location.problems.join()).toContain('preset: "japan" is not a preset');
  });

  it('names an unknown page and an unknown parameter', () => {
    const location = parseAppLocation('#/nowhere?colour=red');
    expect(location.screen).toBe('overview');
    expect(location.problems).toHaveLength(2);
    expect(location.problems.join('\n')).toMatch(/"nowhere" does not exist[\s\S]*"colour" is not known/);
  });
});
