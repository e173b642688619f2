import { describe, expect, it } from 'vitest';

import { presetRolloutPlans } from '@/domain/presets/presets';

import { formatAppLocation, formatScenarioLocation, parseAppLocation, SCREENS } from './app-location';

describe('parseAppLocation', () => {
  it('opens the Korean overview by default', () => {
    expect(parseAppLocation('')).toEqual({
      screen: 'overview',
      preset: 'korea',
      rollout: 'illustrative',
      problems: [],
    });
  });

  it('reads screen and preset', () => {
    expect(parseAppLocation('#/planner?preset=uzbekistan')).toEqual({
      screen: 'planner',
      preset: 'uzbekistan',
      rollout: 'illustrative',
      problems: [],
    });
  });

  it('round-trips every screen, preset and rollout plan', () => {
    for (const screen of SCREENS)
      for (const preset of ['korea', 'uzbekistan'] as const)
        for (const rollout of presetRolloutPlans(preset))
          expect(parseAppLocation(formatAppLocation(screen, preset, rollout))).toEqual({
            screen,
            preset,
            rollout,
            problems: [],
          });
  });

  it("reads Korea's historical plan", () => {
    expect(parseAppLocation('#/overview?preset=korea&rollout=historical')).toEqual({
      screen: 'overview',
      preset: 'korea',
      rollout: 'historical',
      problems: [],
    });
    expect(formatAppLocation('planner', 'korea', 'historical')).toBe('#/planner?rollout=historical');
    expect(formatAppLocation('planner', 'korea', 'illustrative')).toBe('#/planner');
  });

  it('names an unknown plan and falls back to the illustrative plan', () => {
    const location = parseAppLocation('#/planner?preset=korea&rollout=fantasy');
    expect(location).toMatchObject({ screen: 'planner', preset: 'korea', rollout: 'illustrative' });
    expect(location.problems).toEqual([
      'URL parameter rollout: "fantasy" is not a rollout plan of Korea (use illustrative or historical); showing the illustrative plan.',
    ]);
  });

  it("refuses Korea's historical plan for Uzbekistan, and leaves it out of Uzbekistan's address", () => {
    const location = parseAppLocation('#/?preset=uzbekistan&rollout=historical');
    expect(location).toMatchObject({ preset: 'uzbekistan', rollout: 'illustrative' });
    expect(location.problems.join()).toContain('"historical" is not a rollout plan of Uzbekistan');
    expect(formatAppLocation('map', 'uzbekistan', 'historical')).toBe('#/map?preset=uzbekistan');
  });

  it('reads a saved scenario id for the Planner, and refuses a malformed one naming it', () => {
    const id = '0b7c6a52-5d1e-4e3f-9a3b-1c2d3e4f5a6b';
    expect(formatScenarioLocation(id)).toBe(`#/planner?scenario=${id}`);
    expect(parseAppLocation(formatScenarioLocation(id))).toEqual({
      screen: 'planner',
      preset: 'korea',
      rollout: 'illustrative',
      scenario: id,
      problems: [],
    });
    const bad = parseAppLocation('#/planner?scenario=%3Cscript%3E');
    expect(bad.scenario).toBeUndefined();
    expect(bad.problems).toEqual([
      'URL parameter scenario: "<script>" is not the id of a saved scenario (letters, digits, "-" or "_"); showing the preset.',
    ]);
    expect(parseAppLocation(`#/planner?scenario=${'a'.repeat(65)}`).scenario).toBeUndefined();
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
