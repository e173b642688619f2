// The direction of conversions into and out of UZS, worked out by hand at the display rates
// (1 USD = 1,350 KRW = 12,500 UZS): a sum in UZS is the larger number, a sum in USD the smaller.
import { describe, expect, it } from 'vitest';

import { convertMoney, DISPLAY_RATES, scenarioRates } from './currency';
import { UZBEK_ESTIMATES } from './uzbek-estimates';

describe('UZS conversion direction', () => {
  it('12,500 UZS is 1 USD, and 1 USD is 12,500 UZS', () => {
    expect(convertMoney(12_500, 'UZS', 'USD', DISPLAY_RATES)).toBe(1);
    expect(convertMoney(1, 'USD', 'UZS', DISPLAY_RATES)).toBe(12_500);
  });

  it('12,500,000 UZS is 1,350,000 KRW (÷ 12,500 × 1,350), and 1,350 KRW is 12,500 UZS', () => {
    expect(convertMoney(12_500_000, 'UZS', 'KRW', DISPLAY_RATES)).toBe(1_350_000);
    expect(convertMoney(1_350, 'KRW', 'UZS', DISPLAY_RATES)).toBe(12_500);
  });

  it('uses the scenario’s own UZS rate: at 12,000 UZS per USD, 12,000 UZS is 1 USD and 1,350 KRW is 12,000 UZS', () => {
    const rates = scenarioRates('UZS', 12_000);
    expect(convertMoney(12_000, 'UZS', 'USD', rates)).toBe(1);
    expect(convertMoney(1_350, 'KRW', 'UZS', rates)).toBe(12_000);
  });

  it('75 bn UZS (the basis of the Uzbek budget cap) is US$6 M at 12,500 UZS per USD', () => {
    expect(convertMoney(75_000_000_000, 'UZS', 'USD', DISPLAY_RATES)).toBe(6_000_000);
  });

  it('converts the Korean fees into UZS, not the other way: 1,200 KRW → 11,111 UZS, 1,000 KRW → 9,259 UZS', () => {
    // 1,200 × 12,500 / 1,350 = 11,111.1; 1,000 × 12,500 / 1,350 = 9,259.3 (the other way: 130 and 108).
    expect(UZBEK_ESTIMATES.counterFee!.value).toBe(11_111);
    expect(UZBEK_ESTIMATES.onlineFee!.value).toBe(9_259);
  });
});
