import { describe, expect, it } from 'vitest';

import { numericParameters } from '../parameters/parameter-catalogue';
import { buildPresetScenario, PRESET_IDS } from '../presets/presets';
import { COUNTRIES } from '../scenario/scenario-schema';
import type { CpiTable } from './prices';
import {
  CPI,
  cpiIndex,
  cpiYears,
  ENGINE_MONEY_KEYS,
  MONEY_KEYS,
  PRICE_YEAR,
  priceRebasing,
  priceSetting,
  programmePriceYear,
  rebasedParameters,
  rebasing,
} from './prices';

/** A table of two years, worked by hand. */
const hand: CpiTable = {
  country: 'KOR',
  index: { 1995: 50, 2024: 105 },
  unit: 'index',
  sources: [],
  status: 'E',
  basis: 'hand-worked',
  verify: '',
};

describe('re-basing, worked by hand', () => {
  it('100 KRW at 1995 prices with a CPI of 50, and 105 in 2024, is 210 KRW at 2024 prices', () => {
    const r = rebasing(hand, 1995, 2024, 0.02);
    expect(r.factor).toBeCloseTo(2.1, 15);
    expect(100 * r.factor).toBeCloseTo(210, 12);
    expect(r.extended).toBe(false);
    // And back: 210 at 2024 prices is 100 at 1995 prices.
    expect(210 * rebasing(hand, 2024, 1995, 0.02).factor).toBeCloseTo(100, 12);
  });

  it('leaves an amount alone when its price year is the base year, even outside the table', () => {
    expect(rebasing(hand, 2030, 2030, 0.1)).toEqual({
      fromYear: 2030,
      toYear: 2030,
      factor: 1,
      extended: false,
    });
  });

  it('extends the table beyond its ends at the inflation rate, and says so', () => {
    // 2026 = 105 × 1.1² = 127.05; 1993 = 50 / 1.1² = 41.3223.
    expect(cpiIndex(hand, 2026, 0.1).index).toBeCloseTo(127.05, 10);
    expect(cpiIndex(hand, 1993, 0.1).index).toBeCloseTo(50 / 1.21, 10);
    expect(cpiIndex(hand, 2026, 0.1).extended).toBe(true);
    // 1995 prices → 2026 prices: 127.05 / 50 = 2.541.
    const r = rebasing(hand, 1995, 2026, 0.1);
    expect(r.factor).toBeCloseTo(2.541, 12);
    expect(r.extended).toBe(true);
  });

  it('refuses a year missing inside the table instead of guessing it', () => {
    expect(() => cpiIndex(hand, 2000, 0.02)).toThrow(/no value for 2000/);
  });

  it('multiplies each money parameter by its own factor and nothing else', () => {
    const setting = { priceYears: PRICE_YEAR.KOR, cpi: hand };
    const prices = priceRebasing(setting, 2024, 0.02);
    const out = rebasedParameters(
      { staffCostPerFteMonth: 1_000, valueOfTimePerHour: 100, usdExchangeRate: 1_350, keyersPerOffice: 18 },
      prices,
    );
    expect(out.staffCostPerFteMonth).toBeCloseTo(2_100, 9); // 1995 prices × 2.1
    expect(out.valueOfTimePerHour).toBe(100); // 2024 prices × 1
    expect(out.usdExchangeRate).toBe(1_350); // a display rate, not re-based
    expect(out.keyersPerOffice).toBe(18); // not money
  });
});

describe('price years of the money parameters', () => {
  const currencyKeys = numericParameters
    .filter((spec) => /currency/i.test(spec.unit))
    .map((spec) => spec.key)
    .sort();

  it('every parameter whose unit is a currency is a money parameter, and no other', () => {
    expect([...MONEY_KEYS].sort()).toEqual(currencyKeys);
  });

  it('every money parameter has a price year in every country, inside 1950–2100', () => {
    for (const country of COUNTRIES) {
      for (const key of currencyKeys) {
        const year = PRICE_YEAR[country][key as (typeof MONEY_KEYS)[number]];
        expect(year, `${country} ${key}`).toBeGreaterThanOrEqual(1950);
        expect(year, `${country} ${key}`).toBeLessThanOrEqual(2100);
      }
    }
  });

  it("gives the engine's money parameters one price year (Korea: 1995, Uzbekistan: 2025)", () => {
    expect(programmePriceYear(priceSetting('KOR'))).toBe(1995);
    expect(programmePriceYear(priceSetting('UZB'))).toBe(2025);
    const mixed = { ...PRICE_YEAR.KOR, scannerCost: 2024 };
    expect(() => programmePriceYear({ priceYears: mixed, cpi: CPI.KOR })).toThrow(/different price years/);
    expect(ENGINE_MONEY_KEYS).toContain('yearlyBudgetCap');
  });
});

describe('the CPI tables', () => {
  it("re-base Korea's 1995 prices to 2024 by 114.18 / 51.99 ≈ × 2.196 (audit's recollection × 1.9–2.2)", () => {
    const r = rebasing(CPI.KOR, 1995, 2024, 0.02);
    expect(r.factor).toBeCloseTo(114.18 / 51.99, 12);
    expect(r.factor).toBeGreaterThan(1.9);
    expect(r.factor).toBeLessThan(2.25);
    expect(CPI.KOR.status).toBe('C~');
    expect(CPI.KOR.sources.length).toBeGreaterThan(0);
  });

  it('have every year between their first and last (no gaps), with positive levels', () => {
    for (const country of COUNTRIES) {
      const cpi = CPI[country];
      const { first, last } = cpiYears(cpi);
      for (let year = first; year <= last; year++) {
        expect(cpi.index[year], `${country} ${year}`).toBeGreaterThan(0);
      }
    }
  });

  // Flows are at constant prices, so the CPI is read only at the price years and the base year, never at
  // the years of the flows (1993–2022 for Korea, 2026–2045 for Uzbekistan): a preset's flow years need no
  // index. Its price years and base year must be in the table or equal (no extension for a preset).
  it("covers every year a preset's re-basing reads, without extending the table", () => {
    for (const id of PRESET_IDS) {
      const scenario = buildPresetScenario(id);
      const base = Number(scenario.parameters.priceBaseYear);
      const inflation = Number(scenario.parameters.inflationRate);
      const prices = priceRebasing(priceSetting(scenario.country), base, inflation);
      expect(prices.programme.extended, `${id} programme`).toBe(false);
      for (const key of MONEY_KEYS) expect(prices.parameters[key].extended, `${id} ${key}`).toBe(false);
    }
  });

  it('take Uzbekistan as entered (2025 prices, base 2025), and extend its table only if the base moves', () => {
    const prices = priceRebasing(priceSetting('UZB'), 2025, 0.1);
    expect(prices.programme.factor).toBe(1);
    // Base 2024: 2025 is past the table's end (2024), extended at 10 %: × 1 / 1.1, flagged.
    const moved = priceRebasing(priceSetting('UZB'), 2024, 0.1);
    expect(moved.programme.factor).toBeCloseTo(1 / 1.1, 12);
    expect(moved.programme.extended).toBe(true);
  });

  it('the Uzbek preset replaces every Korean money value (no KRW amount left in a UZS scenario)', () => {
    const korea = buildPresetScenario('korea').parameters;
    const uzbekistan = buildPresetScenario('uzbekistan').parameters;
    for (const key of MONEY_KEYS) expect(uzbekistan[key], key).not.toBe(korea[key]);
  });
});
