import { describe, expect, it } from 'vitest';

import { handCase, handPrices } from './economics-fixture.test-helper';
import { evaluateEconomics } from './evaluate';
import { PRICE_YEAR } from './prices';
import { costPerPageLines, pricesSentence } from './prices-text';

// The hand-worked case of evaluate.test.ts: costs at 1995 prices × 105 / 50 = × 2.1 to 2024 prices; the
// model's conversion costs 0.105 KRW a page at 2024 prices = 0.05 at 1995 prices; the sourced range
// 1,250–1,900 at 1995 prices is 2,625–3,990 at 2024 prices.
const { state, context } = handCase();

describe('the prices sentence', () => {
  it('names the base year, the re-based costs, their price year and the factor, in plain words', () => {
    expect(pricesSentence(evaluateEconomics(state, context))).toBe(
      "Costs and savings in KRW at constant 2024 prices. Re-based to 2024 prices with Korea's consumer price index: amounts entered at 1995 prices (staff, equipment, yearly budget, data centres, cost-per-page check) × 2.10.",
    );
  });

  it('says when the base year lies beyond the index and how it is extended', () => {
    // Base 2026: 105 × 1.02² = 109.242; costs × 109.242 / 50 = × 2.18; 2024 values × 1.02² = × 1.04.
    const later = {
      ...context,
      parameters: { ...context.parameters, priceBaseYear: 2026, inflationRate: 0.02 },
    };
    expect(pricesSentence(evaluateEconomics(state, later))).toBe(
      "Costs and savings in KRW at constant 2026 prices. Re-based to 2026 prices with Korea's consumer price index: amounts entered at 1995 prices (staff, equipment, yearly budget, data centres, cost-per-page check) × 2.18; amounts entered at 2024 prices (fees, value of time, fares, registry wages, fraud losses) × 1.04. Years outside the price index (1995–2024) are extended at the 2 % inflation assumption.",
    );
  });

  it('says that the Uzbek estimates are taken as entered', () => {
    const uzbek = {
      ...context,
      currency: 'UZS' as const,
      parameters: { ...context.parameters, priceBaseYear: 2025 },
      prices: {
        ...handPrices(),
        priceYears: PRICE_YEAR.UZB,
        cpi: { ...handPrices().cpi, country: 'UZB' as const },
      },
    };
    expect(pricesSentence(evaluateEconomics(state, uzbek))).toBe(
      'Costs and savings in UZS at constant 2025 prices. The Uzbek estimates are entered at current prices (2024–25 levels, taken as 2025 prices), so nothing is re-based.',
    );
  });
});

describe('the cost per page beside the sourced range', () => {
  it('shows both at the base year and at the sourced figure’s own prices', () => {
    const lines = costPerPageLines(evaluateEconomics(state, context));
    expect(lines.sourced).toBe('1,250–1,900 KRW per page at 1995 prices = 2,625–3,990 at 2024 prices');
    expect(lines.verdict).toBe('below the sourced range');
    // (6,000,000,000 + 100,000) × 2.1 / 4,000,000 pages = 3,150.0525 at 2024 prices = 1,500.025 at 1995.
    const inside = evaluateEconomics({ ...state, programmeCost: [6e9, 0] }, context);
    expect(costPerPageLines(inside).model).toBe('3,150 KRW per page at 2024 prices (1,500 at 1995 prices)');
  });

  it('reads inside or above the range as the model costs more', () => {
    // 6 bn: 3,150.0525 a page (inside 2,625–3,990); 8 bn: (8e9 + 100,000) × 2.1 / 4 M = 4,200.0525 (above).
    const inside = evaluateEconomics({ ...state, programmeCost: [6e9, 0] }, context);
    expect(costPerPageLines(inside).verdict).toBe('inside the sourced range');
    const above = evaluateEconomics({ ...state, programmeCost: [8e9, 0] }, context);
    expect(costPerPageLines(above).verdict).toBe('above the sourced range');
  });
});
