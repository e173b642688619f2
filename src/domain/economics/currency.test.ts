import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import type { Currency } from '../scenario/scenario-schema';
import { CURRENCIES } from '../scenario/scenario-schema';
import { convertEconomicsResult } from './convert-result';
import type { ExchangeRates } from './currency';
import { convertMoney, DISPLAY_RATES, scenarioRates } from './currency';
import { handCase } from './economics-fixture.test-helper';
import { evaluateEconomics } from './evaluate';
import { nominalSeries, toNominal, toReal } from './price-level';

const PPP: ExchangeRates = { ...DISPLAY_RATES, ppp: { KRW: 900, UZS: 4_000, USD: 1 } };

describe('currency conversion', () => {
  it('1,350,000 KRW = 1,000 USD = 12,500,000 UZS at 1,350 KRW and 12,500 UZS per USD', () => {
    expect(convertMoney(1_350_000, 'KRW', 'USD', DISPLAY_RATES)).toBe(1_000);
    expect(convertMoney(1_000, 'USD', 'KRW', DISPLAY_RATES)).toBe(1_350_000);
    expect(convertMoney(1_350_000, 'KRW', 'UZS', DISPLAY_RATES)).toBe(12_500_000);
  });

  it('round trip KRW → USD → KRW: 300 bn KRW → 222,222,222.2 USD → 300 bn KRW', () => {
    const usd = convertMoney(300e9, 'KRW', 'USD', DISPLAY_RATES);
    expect(usd).toBeCloseTo(222_222_222.22, 2);
    expect(convertMoney(usd, 'USD', 'KRW', DISPLAY_RATES)).toBeCloseTo(300e9, 2);
  });

  it('at PPP (900 KRW, 4,000 UZS per international $): 1,350,000 KRW → 1,500 int$ → 6,000,000 UZS → back', () => {
    const intl = convertMoney(1_350_000, 'KRW', 'USD', PPP);
    expect(intl).toBe(1_500);
    const uzs = convertMoney(intl, 'USD', 'UZS', PPP);
    expect(uzs).toBe(6_000_000);
    expect(convertMoney(uzs, 'UZS', 'KRW', PPP)).toBe(1_350_000);
  });

  it('any amount survives a round trip between any two currencies, with and without PPP (property)', () => {
    const currency = fc.constantFrom<Currency>(...CURRENCIES);
    const rate = fc.double({ min: 0.01, max: 1e6, noNaN: true });
    fc.assert(
      fc.property(
        fc.double({ min: -1e15, max: 1e15, noNaN: true }),
        currency,
        currency,
        rate,
        rate,
        fc.boolean(),
        (amount, from, to, krw, uzs, ppp) => {
          const perUsd = { KRW: krw, UZS: uzs, USD: 1 };
          const rates: ExchangeRates = ppp ? { perUsd: DISPLAY_RATES.perUsd, ppp: perUsd } : { perUsd };
          const back = convertMoney(convertMoney(amount, from, to, rates), to, from, rates);
          return Math.abs(back - amount) <= 1e-12 * Math.max(1, Math.abs(amount));
        },
      ),
    );
  });

  it('rejects a rate that is not positive', () => {
    const bad: ExchangeRates = { perUsd: { KRW: 0, UZS: 12_500, USD: 1 } };
    expect(() => convertMoney(1, 'KRW', 'USD', bad)).toThrow(/exchange rate for KRW/);
  });

  it('puts the scenario’s own rate in place of the display rate', () => {
    expect(scenarioRates('UZS', 12_000).perUsd).toEqual({ KRW: 1_350, UZS: 12_000, USD: 1 });
  });

  it('converts every money figure of a result, and back', () => {
    const { state, context } = handCase();
    const result = evaluateEconomics(state, context);
    const usd = convertEconomicsResult(result, 'USD', DISPLAY_RATES);
    expect(usd.currency).toBe('USD');
    expect(usd.npv).toBeCloseTo(result.npv / 1_350, 9);
    // 2030 costs 420,000 KRW at 2024 prices (evaluate.test.ts).
    expect(usd.costs.total[0]).toBeCloseTo(420_000 / 1_350, 9);
    expect(usd.costPerPageCheck.reference).toBeCloseTo(3_276 / 1_350, 9);
    expect(usd.costPerPageCheck.referenceRange?.[1]).toBeCloseTo(3_990 / 1_350, 9);
    expect(usd.maturity.visitsAvoided).toBe(result.maturity.visitsAvoided);
    expect(usd.benefitCostRatio).toBe(result.benefitCostRatio);
    const back = convertEconomicsResult(usd, 'KRW', DISPLAY_RATES);
    expect(back.npv).toBeCloseTo(result.npv, 6);
    expect(back.savings.total[1]).toBeCloseTo(result.savings.total[1]!, 6);
  });
});

describe('price level', () => {
  it('100 at 2024 prices is 121 nominal in 2026 at 10 % inflation, and 100 / 1.1 in 2023', () => {
    expect(toNominal(100, 2026, 2024, 0.1)).toBeCloseTo(121, 12);
    expect(toNominal(100, 2023, 2024, 0.1)).toBeCloseTo(100 / 1.1, 12);
    expect(toReal(121, 2026, 2024, 0.1)).toBeCloseTo(100, 12);
    expect(nominalSeries([100, 100], [2024, 2025], 2024, 0.02)).toEqual([100, 102]);
  });
});
