import { describe, expect, it } from 'vitest';

import { NEVER } from '@/app/engine-results';
import { KOREA_HISTORICAL_COMPLETION } from '@/domain/presets/korea-history';
import { buildPresetScenario } from '@/domain/presets/presets';
import { presetRolloutVariant } from '@/domain/presets/rollout-variants';

import {
  centreCapitalOf,
  formatAmount,
  monthName,
  officesLiveBy,
  planLabelOf,
  rangePositionText,
} from './plan-text';

describe('words about a rollout plan', () => {
  it("labels a run with its plan's label, and a scenario without one as a custom plan", () => {
    expect(planLabelOf(buildPresetScenario('korea'))).toBe('Illustrative plan — estimate');
    const historical = buildPresetScenario('korea', { rolloutPlan: 'historical' });
    expect(planLabelOf(historical)).toBe('As it happened — calibrated to sources');
    expect(planLabelOf(buildPresetScenario('uzbekistan'))).toBe('Illustrative plan — estimate');
    const custom = { ...historical, rollout: { waves: historical.rollout.waves } };
    expect(planLabelOf(custom)).toBe('Custom plan');
  });

  it('writes the historical completion as a month for people', () => {
    expect(monthName(KOREA_HISTORICAL_COMPLETION.month)).toBe('Oct 2002');
    expect(monthName('1997-01')).toBe('Jan 1997');
    expect(monthName('1997-12')).toBe('Dec 1997');
    expect(monthName('not within the horizon')).toBe('not within the horizon');
  });

  it('places each calibrated input in its plausible range, money in billions', () => {
    // Hand-made inputs (the calibrated values move whenever the replay is re-solved):
    // 514 characters in 400–1,200: (514 − 400) / 800 = 14.25 % → 14 %; 21 keyers in 8–40: 13 / 32 = 40.6 % → 41 %;
    // 53 bn in 25–60 bn: 28 / 35 = 80 %.
    const input = (key: string, value: number, range: [number, number]) => ({
      key,
      value,
      status: 'E' as const,
      sources: [],
      basis: 'b',
      range,
      rangePosition: (value - range[0]) / (range[1] - range[0]),
    });
    expect(rangePositionText(input('charsPerPage', 514, [400, 1_200]), '')).toBe('at 14 % of 400–1,200');
    expect(rangePositionText(input('keyersPerOffice', 21, [8, 40]), '')).toBe('at 41 % of 8–40');
    expect(rangePositionText(input('yearlyBudgetCap', 53e9, [25e9, 60e9]), 'currency/year')).toBe(
      'at 80 % of 25 bn–60 bn',
    );
    // The committed plan carries a position for each of its calibrated inputs.
    for (const o of presetRolloutVariant('korea', 'historical')!.overrides)
      if (typeof o.value === 'number') expect(rangePositionText(o, '')).toMatch(/^at \d+ % of /);
    expect(formatAmount(53_000_000_000, 'currency/year')).toBe('53 bn');
    expect(formatAmount(250_500_000_000, 'KRW')).toBe('250.5 bn');
    expect(formatAmount(9_000, 'keystrokes/hour')).toBe('9,000');
    expect(rangePositionText({ key: 'x', value: 1, status: 'E', sources: [], basis: 'b' }, '')).toBe('');
  });

  it('counts offices live by the end of a year, never-finished offices left out', () => {
    const first = 1993 * 12; // 1993-01
    // Live in 1997-12 (month 59), 1998-01 (60), 2002-10 (117), and never.
    const goLive = [59, 60, 117, NEVER];
    expect(officesLiveBy(goLive, first, 1996)).toBe(0);
    expect(officesLiveBy(goLive, first, 1997)).toBe(1);
    expect(officesLiveBy(goLive, first, 1998)).toBe(2);
    expect(officesLiveBy(goLive, first, 2002)).toBe(3);
    expect(officesLiveBy(goLive, first, 2050)).toBe(3);
  });

  it("costs the data centres' capital: one central and the regional centres", () => {
    const korea = buildPresetScenario('korea', { rolloutPlan: 'historical' });
    const p = korea.parameters as Record<string, number>;
    const regional = korea.centres.filter((c) => c.kind === 'regional').length;
    expect(regional).toBe(11);
    expect(centreCapitalOf(korea)).toBe(p.centralCentreCost! + 11 * p.regionalCentreCost!);
  });
});
