import { describe, expect, it } from 'vitest';

import { parameterInfoFor } from '../parameters/parameter-info';
import { buildPresetScenario } from '../presets/presets';
import { economicsContext } from './economic-inputs';
import { npvSignOfRun, npvSignReport } from './npv-sign';

const base = { minutesSavedPerVisit: 33.2, discountRate: 0.045 };
const KEYS = ['minutesSavedPerVisit', 'discountRate'];
const num = (p: Readonly<Record<string, unknown>>, k: string) => p[k] as number;

describe('which assumptions decide the sign of the NPV', () => {
  it('names an input whose range end alone flips the sign: NPV = minutes − 100 turns positive at 240 min', () => {
    const r = npvSignReport(base, (p) => num(p, 'minutesSavedPerVisit') - 100, 'KOR', 'KRW', false, KEYS);
    expect(r.npv).toBeCloseTo(-66.8, 9);
    expect(r.sign).toBe('negative');
    expect(r.deciders.map((d) => [d.key, d.flipsAt])).toEqual([['minutesSavedPerVisit', ['high']]]);
    // The discount rate changes nothing here: it is moved (R) but decides nothing.
    expect(r.inputs.map((i) => i.key).sort()).toEqual(['discountRate', 'minutesSavedPerVisit']);
    expect(r.text).toMatch(
      /^The NPV is negative at these assumptions \(−67 KRW\)\. It turns positive when any one/,
    );
    expect(r.text).toMatch(/citizen time saved per avoided visit at 240 minutes \(estimate; now 33\.2\)/);
  });

  it('names the fewest inputs that flip it together when none does alone', () => {
    // NPV = −10 + (minutes − 33.2)/21 + (0.045 − rate) × 200. Alone: minutes 240 → −0.152…; rate 0.02 → −5.
    // Rate first (swing 20 > 9.85): −5, then with minutes at 240 as well: −5 + 9.848 = +4.848.
    const npv = (p: Readonly<Record<string, unknown>>) =>
      -10 + (num(p, 'minutesSavedPerVisit') - 33.2) / 21 + (0.045 - num(p, 'discountRate')) * 200;
    const r = npvSignReport(base, npv, 'KOR', 'KRW', false, KEYS);
    expect(r.deciders).toEqual([]);
    expect(r.jointDeciders.map((d) => d.key)).toEqual(['discountRate', 'minutesSavedPerVisit']);
    expect(r.npvAllAgainst).toBeCloseTo(-10 + 206.8 / 21 + 5, 9);
    expect(r.text).toMatch(
      /No single estimate or recollection.*It turns positive when the 2 with the largest effect/,
    );
  });

  it('says when the sign holds across the ranges, and leaves the calibrated minutes out for Korea', () => {
    const r = npvSignReport(base, (p) => 1_000 - num(p, 'discountRate'), 'KOR', 'KRW', true, KEYS);
    expect(r.excluded.map((e) => e.key)).toEqual(['minutesSavedPerVisit']);
    expect(r.inputs.map((i) => i.key)).toEqual(['discountRate']);
    expect(r.jointDeciders).toEqual([]);
    expect(r.text).toMatch(/Even with all 1 at their unfavourable ends together it stays positive/);
  });

  it('moves only the Uzbek estimates and recollections, within their own ranges', () => {
    const uz = buildPresetScenario('uzbekistan');
    const years = Array.from({ length: 20 }, (_, j) => 2026 + j);
    const state = {
      years,
      digitizedShare: years.map((y) => Math.min(1, Math.max(0, (y - 2027) / 5))),
      programmeCost: years.map((y) => (y <= 2032 ? 60e9 : 0)),
    };
    const r = npvSignOfRun(state, economicsContext(uz), 'UZB');
    expect(r.excluded).toEqual([]);
    expect(r.inputs.length).toBeGreaterThan(10);
    for (const input of r.inputs) {
      const info = parameterInfoFor('UZB', input.key)!;
      expect(['E', 'R']).toContain(input.status);
      expect(input.status).toBe(info.status);
      expect([input.low, input.high]).toEqual(info.plausible);
    }
    expect(r.text).toMatch(/^The NPV is (positive|negative) at these assumptions \(−?[\d,]+ (bn )?UZS\)/);
  });
});
