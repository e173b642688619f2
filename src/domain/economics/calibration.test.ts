import { describe, expect, it } from 'vitest';

import { buildPresetScenario } from '../presets/presets';
import {
  calibrateToBaseline,
  describeSolvedValue,
  SAVINGS_BASELINE,
  SAVINGS_BASELINE_KRW_PER_YEAR,
} from './calibration';
import { economicsScale, readEconomicParameters } from './economic-inputs';
import { savingsAtMaturity } from './savings-model';

const korea = buildPresetScenario('korea');
const koreaScale = economicsScale(korea);

describe('calibration to the 300 bn KRW/yr baseline', () => {
  it('keeps the baseline as a stated, unconfirmed floor (status U, source SEED, "more than")', () => {
    expect(SAVINGS_BASELINE_KRW_PER_YEAR).toBe(300_000_000_000);
    expect(SAVINGS_BASELINE.status).toBe('U');
    expect(SAVINGS_BASELINE.sources).toContain('SEED');
    expect(SAVINGS_BASELINE.note).toMatch(/not confirmed/);
    expect(SAVINGS_BASELINE.unit).toMatch(/or more \(a floor, not confirmed\)/);
  });

  // Korea at maturity, without citizen time: 36.66 M requests (139 M × 0.96 × 0.25 + 11 M × 0.3),
  // 18.33 M visits; travel 54.99 bn, staff 36.66 M × 5/60 h × 30,000 = 91.65 bn, fraud 45 M titles × 0.45 / 1 M
  // = 20.25 attempts × (0.5 + 0.01 × (0.85 − 0.5) − 0.2 = 0.3035) = 6.145875 prevented × 200 M = 1.229175 bn;
  // together 147.869175 bn. Each minute saved per visit adds 18.33 M × 15,000 / 60 = 4.5825 bn, so
  // m* = (300 − 147.869175) / 4.5825 = 152.130825 / 4.5825 = 33.19822 min, (33.19822 − 30) / 210 = 1.5 % of the range.
  it('solves minutes saved per visit = 33.1982, at 2 % of its 30–240 min range, and hits 300 bn', () => {
    const c = calibrateToBaseline(korea.parameters, SAVINGS_BASELINE_KRW_PER_YEAR, koreaScale);
    expect(c.parameter).toBe('minutesSavedPerVisit');
    expect(c.value).toBeCloseTo(33.1982, 4);
    expect(c.withinRange).toBe(true);
    expect(c.range).toEqual([30, 240]);
    expect(c.positionInRange).toBeCloseTo(3.1982 / 210, 4);
    expect(c.description).toBe('33.2 min: solved, at 2 % of its 30–240 min range');
    expect(Math.abs(c.breakdown.total / 300e9 - 1)).toBeLessThan(1e-12);
    expect(c.breakdown.travel).toBeCloseTo(54.99e9, 0);
    expect(c.breakdown.staffTime).toBeCloseTo(91.65e9, 0);
    expect(c.breakdown.fraudsPrevented).toBeCloseTo(6.145875, 9);
    expect(c.breakdown.fraud).toBeCloseTo(1.229175e9, 0);
    expect(c.breakdown.citizenTime).toBeCloseTo(152.130825e9, 0);
  });

  it('describes a solved value outside its range as such', () => {
    expect(describeSolvedValue(12, [30, 240])).toBe('12 min: solved, below its 30–240 min range');
    expect(describeSolvedValue(300.04, [30, 240])).toBe('300 min: solved, above its 30–240 min range');
    expect(describeSolvedValue(240, [30, 240])).toBe('240 min: solved, at 100 % of its 30–240 min range');
  });

  it('the Korean preset, fully digitized at mature adoption, reproduces 300 bn KRW/yr within 0.5 %', () => {
    const p = readEconomicParameters(korea.parameters);
    const total = savingsAtMaturity(p, koreaScale.titles).total;
    expect(Math.abs(total / 300e9 - 1)).toBeLessThan(0.005);
  });

  it('reports a calibrated value outside the range, and refuses when no visit is avoided', () => {
    const high = calibrateToBaseline(korea.parameters, 3e12, koreaScale);
    expect(high.withinRange).toBe(false);
    expect(high.value).toBeGreaterThan(240);
    const noVisits = { ...korea.parameters, certificatesPerYear: 0, registrationsPerYear: 0 };
    expect(() => calibrateToBaseline(noVisits, 300e9, koreaScale)).toThrow(/cannot calibrate/);
  });
});

describe('transfer to Uzbekistan', () => {
  // 10 M × 0.8 × 0.25 + 1 M × 0.3 = 2.3 M requests, 1.15 M visits: time 1.15 M × 1 h × 18,000 = 20.7 bn,
  // travel 1.15 M × 10,000 = 11.5 bn, staff 2.3 M × 5/60 h × 35,000 = 6.708 bn, fraud 8,801,164 titles ×
  // 1.35 / 1 M = 11.88157 attempts × 0.3035 × 500 M = 1.80303 bn; total ≈ 40.71 bn UZS a year.
  it('saves about 40.71 bn UZS a year at maturity with the labelled Uzbek estimates', () => {
    const uz = buildPresetScenario('uzbekistan');
    const p = readEconomicParameters(uz.parameters);
    const s = savingsAtMaturity(p, economicsScale(uz).titles);
    expect(uz.currency).toBe('UZS');
    expect(s.citizenTime).toBeCloseTo(20.7e9, -6);
    expect(s.travel).toBeCloseTo(11.5e9, -6);
    expect(s.staffTime).toBeCloseTo(6.7083e9, -6);
    expect(s.fraud).toBeCloseTo(1.80303e9, -6);
    expect(s.total / 1e9).toBeCloseTo(40.71, 1);
  });
});
