import { describe, expect, it } from 'vitest';

import { yearlyDigitization, yearlyShareFromCumulative } from './yearly-state';

describe('yearly state from the engine’s monthly output', () => {
  it('18 months from 2030-07: years 2030–2031, shares at year ends, costs summed by calendar year', () => {
    // Office A (600 records) live in month 5 (Dec 2030); office B (400) in month 17 (Dec 2031);
    // office C (1,000) never. Cost 10 a month.
    const state = yearlyDigitization({
      startMonth: '2030-07',
      officeRecords: [600, 400, 1_000],
      goLiveMonth: Int32Array.from([5, 17, -1]),
      monthlyCost: new Float64Array(18).fill(10),
    });
    expect(state.years).toEqual([2030, 2031]);
    expect(state.digitizedShare).toEqual([0.3, 0.5]);
    expect(state.programmeCost).toEqual([60, 120]);
  });

  it('reads a cumulative curve at each year end (a partial last year at its last month)', () => {
    const curve = Array.from({ length: 15 }, (_, m) => (m + 1) * 10);
    expect(yearlyShareFromCumulative('2030-01', curve, 300)).toEqual({
      years: [2030, 2031],
      digitizedShare: [0.4, 0.5],
    });
  });

  it('rejects a bad start month or mismatched arrays', () => {
    const base = { officeRecords: [1], goLiveMonth: [0], monthlyCost: [1] };
    expect(() => yearlyDigitization({ ...base, startMonth: '2030-13' })).toThrow(/YYYY-MM/);
    expect(() => yearlyDigitization({ ...base, startMonth: '2030-01', goLiveMonth: [] })).toThrow(
      /one entry/,
    );
  });
});
