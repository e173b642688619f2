import { describe, expect, it } from 'vitest';

import { buildPresetScenario } from '../presets/presets';
import { calibrateToBaseline, SAVINGS_BASELINE, SAVINGS_BASELINE_KRW_PER_YEAR } from './calibration';
import { economicsScale, readEconomicParameters } from './economic-inputs';
import { savingsAtMaturity } from './savings-model';

const korea = buildPresetScenario('korea');
const koreaScale = economicsScale(korea);

describe('calibration to the 300 bn KRW/yr baseline', () => {
  it('keeps the baseline as a stated, unconfirmed figure (status U, source SEED)', () => {
    expect(SAVINGS_BASELINE_KRW_PER_YEAR).toBe(300_000_000_000);
    expect(SAVINGS_BASELINE.status).toBe('U');
    expect(SAVINGS_BASELINE.sources).toContain('SEED');
    expect(SAVINGS_BASELINE.note).toMatch(/not confirmed/);
  });

  // Korea at maturity, without citizen time: 36.66 M requests (139 M × 0.96 × 0.25 + 11 M × 0.3),
  // 18.33 M visits; travel 54.99 bn, staff 36.66 M × 5/60 h × 30,000 = 91.65 bn, fraud 45 M titles × 3 / 1 M ×
  // (0.535 − 0.2) × 300 M = 13.5675 bn; together 160.2075 bn. Each minute saved per visit adds
  // 18.33 M × 15,000 / 60 = 4.5825 bn, so m* = (300 − 160.2075) / 4.5825 = 30.5057 min.
  it('solves minutes saved per visit = 30.5057, inside 30–240 min, and hits 300 bn within 0.5 %', () => {
    const c = calibrateToBaseline(korea.parameters, SAVINGS_BASELINE_KRW_PER_YEAR, koreaScale);
    expect(c.parameter).toBe('minutesSavedPerVisit');
    expect(c.value).toBeCloseTo(30.5057, 4);
    expect(c.withinRange).toBe(true);
    expect(c.range).toEqual([30, 240]);
    expect(Math.abs(c.breakdown.total / 300e9 - 1)).toBeLessThan(0.005);
    expect(c.breakdown.travel).toBeCloseTo(54.99e9, 0);
    expect(c.breakdown.staffTime).toBeCloseTo(91.65e9, 0);
    expect(c.breakdown.fraud).toBeCloseTo(13.5675e9, 0);
    expect(c.breakdown.citizenTime).toBeCloseTo(139.7925e9, 0);
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
  // 10 / 1 M × 0.335 × 500 M = 14.742 bn; total ≈ 53.65 bn UZS a year.
  it('saves about 53.65 bn UZS a year at maturity with the labelled Uzbek estimates', () => {
    const uz = buildPresetScenario('uzbekistan');
    const p = readEconomicParameters(uz.parameters);
    const s = savingsAtMaturity(p, economicsScale(uz).titles);
    expect(uz.currency).toBe('UZS');
    expect(s.citizenTime).toBeCloseTo(20.7e9, -6);
    expect(s.travel).toBeCloseTo(11.5e9, -6);
    expect(s.staffTime).toBeCloseTo(6.7083e9, -6);
    expect(s.fraud).toBeCloseTo(14.742e9, -6);
    expect(s.total / 1e9).toBeCloseTo(53.65, 1);
  });
});
