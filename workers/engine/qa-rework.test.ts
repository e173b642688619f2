// QA and rework, worked out by hand on one office (parameters and their arithmetic in testing/hand-office.ts).
//
// The office: 1,000 records of one page each, so lots close at exactly 300 pages:
//   lots 1–3   300 pages, a full lot: the plan's sample, 50 pages, Ac 0
//   lot 4      100 pages, the last, partial lot: sampled by its own size, 20 pages (91–150), Ac 0
//              (20 × 0.65 % = 0.13 < 0.5)
//   samples    3 × 50 + 20 = 170 pages; QA time 170 × 0.02 h = 3.4 h for one inspection of every lot
//   keying     1,000 pages × 0.125 h = 125 h; 75 h a month = 600 pages a month
//   staff      3.5 FTE (prep 1 + scan 1 + key 0.5 + QA 1) × 1,000,000 = 3,500,000 a month;
//              equipment 1 scanner × 20,000,000 + ⌈3.5⌉ = 4 workstations × 2,000,000 = 28,000,000
import { describe, expect, it } from 'vitest';

import { STAGES } from './engine-types';
import { EVERY_PAGE_DEFECTIVE, officeSeries, officeTotal, runHand } from './testing/hand-office';

const ONE_OFFICE = [{ records: 1_000, pages: 1_000, startOffset: 0 }];
const KEY = STAGES.indexOf('key');
const QA = STAGES.indexOf('qa');
const STAFF_PER_MONTH = 3_500_000;
const EQUIPMENT = 28_000_000;

describe('no lot rejected (error rate 0: defect probability 0)', () => {
  const { shard, result } = runHand(ONE_OFFICE);

  it('reworks no record, keys every page once and inspects every lot once', () => {
    expect(result.totals.recordsReworked).toBe(0);
    expect(officeTotal(result, 0, 'recordsReworked')).toBe(0);
    expect(shard.stageWork[KEY]).toBeCloseTo(125, 9);
    expect(shard.stageWork[QA]).toBeCloseTo(3.4, 9);
  });

  it('keys 600 pages in month 0 and 400 in month 1: lots 1–2 done in month 0, lots 3–4 in month 1', () => {
    // Keying is the slowest stage; QA (1 h a full lot, 150 h a month) inspects a lot in the month it was keyed.
    expect(officeSeries(result, 0, 'recordsDone', 3)).toEqual([600, 400, 0]);
    expect(officeSeries(result, 0, 'pagesScanned', 2)).toEqual([1_000, 0]);
    expect(result.goLiveMonth[0]).toBe(1);
    // Keying's 125 h at 75 h a month end 125 / 75 = 5/3 months after the start.
    expect(result.completionTime[0]).toBeCloseTo(5 / 3, 9);
  });

  it('pays equipment in month 0 and the staff in months 0 and 1 (the go-live month in full)', () => {
    expect(officeSeries(result, 0, 'cost', 3)).toEqual([EQUIPMENT + STAFF_PER_MONTH, STAFF_PER_MONTH, 0]);
    expect(result.totals.cost).toBe(EQUIPMENT + 2 * STAFF_PER_MONTH);
  });

  it('uses 5/6 of keying capacity while active (125 h of 2 × 75 h) and names keying the bottleneck', () => {
    expect(result.stageUtilisation[KEY]).toBeCloseTo(125 / 150, 9);
    // QA: 3.4 h of 2 × 150 h.
    expect(result.stageUtilisation[QA]).toBeCloseTo(3.4 / 300, 9);
    expect(result.bottleneckStage[0]).toBe(KEY);
  });
});

describe('every lot rejected (defect probability 1: 1 − 0.8^5000 rounds to 1)', () => {
  const { shard, result } = runHand(ONE_OFFICE, EVERY_PAGE_DEFECTIVE);

  it('reworks every record once: a correcting pass over every page and a second inspection of every lot', () => {
    expect(result.totals.recordsReworked).toBe(1_000);
    // Keying: one pass (125 h) + one correcting pass at reworkHoursPerPage = 1,000 / 8,000 h (125 h).
    expect(shard.stageWork[KEY]).toBeCloseTo(250, 9);
    // QA: each lot's sample inspected twice, 2 × 3.4 h.
    expect(shard.stageWork[QA]).toBeCloseTo(6.8, 9);
  });

  it('books each lot as reworked and done in the month its correction is re-inspected', () => {
    // Month 0: lot 1 keyed (37.5 h), inspected, rejected, corrected (37.5 h: keying's month is now full),
    // re-inspected. Lot 2's records then wait for month 1, and so on; lot 4 (100 pages, 12.5 + 12.5 h) in month 3.
    expect(officeSeries(result, 0, 'recordsReworked', 5)).toEqual([300, 300, 300, 100, 0]);
    expect(officeSeries(result, 0, 'recordsDone', 5)).toEqual([300, 300, 300, 100, 0]);
    expect(result.goLiveMonth[0]).toBe(3);
    // Keying's 250 h at 75 h a month: 250 / 75 = 10/3 months.
    expect(result.completionTime[0]).toBeCloseTo(10 / 3, 9);
    expect(result.totals.cost).toBe(EQUIPMENT + 4 * STAFF_PER_MONTH);
  });

  it('books a lot done when its correction is re-inspected, also when the correction spills into the next month', () => {
    // 1,440 h a year: 120 h per FTE-month, 0.5 keyer: 60 h a month. Lot 1 keyed in month 0 (37.5 h, 22.5 h left), rejected; its correction (37.5 h)
    // takes the 22.5 h and 15 h of month 1, so it is re-inspected and done in month 1 (45 h left). Lot 2:
    // 37.5 h in month 1 (7.5 h left), correction 7.5 h + 30 h of month 2 (30 h left). Lot 3: keyed into month 3
    // (52.5 h left), corrected in month 3 (15 h left). Lot 4: 12.5 h in month 3 (2.5 h left), correction 2.5 h +
    // 10 h of month 4. 250 h / 60 h = 4 1/6 months.
    const spill = runHand(ONE_OFFICE, { ...EVERY_PAGE_DEFECTIVE, hoursPerFteYear: 1_440 });
    expect(officeSeries(spill.result, 0, 'recordsReworked', 6)).toEqual([0, 300, 300, 300, 100, 0]);
    expect(officeSeries(spill.result, 0, 'recordsDone', 6)).toEqual([0, 300, 300, 300, 100, 0]);
    expect(spill.result.goLiveMonth[0]).toBe(4);
    expect(spill.result.completionTime[0]).toBeCloseTo(25 / 6, 9);
  });

  it('rejects a last lot of one page: a sample of 1 with 1 defect exceeds Ac 0', () => {
    // 301 pages: one full lot of 300 and a last lot of 1 page, sampled whole (sampleSize(1) = 1), Ac 0.
    const odd = runHand([{ records: 301, pages: 301, startOffset: 0 }], EVERY_PAGE_DEFECTIVE);
    expect(odd.result.totals.recordsReworked).toBe(301);
    // QA: (50 + 1) pages × 0.02 h, twice.
    expect(odd.shard.stageWork[QA]).toBeCloseTo(2.04, 9);
  });

  it('corrects double-keyed pages with one pass, not two: 2 × 125 h keying + 125 h correction', () => {
    const double = runHand(ONE_OFFICE, { ...EVERY_PAGE_DEFECTIVE, captureMode: 'double' });
    expect(double.result.totals.recordsReworked).toBe(1_000);
    expect(double.shard.stageWork[KEY]).toBeCloseTo(375, 9);
  });
});

describe('QA samples', () => {
  it('samples a full lot by the nominal lot size even when it closes over it, the last lot by its own size', () => {
    // Without variability: 400 records of exactly 3 pages. Lots of 280 pages close at 282 (94 records): four
    // full lots (1,128 pages), each sampled as a 280-page lot: 32 pages (151–280), not 50 (281–500); the last
    // lot, 72 pages (24 records), is sampled 13 (51–90). 4 × 32 + 13 = 141 pages × 0.02 h = 2.82 h.
    const { shard, result } = runHand(
      [{ records: 400, pages: 1_200, startOffset: 0 }],
      { qaLotSizePages: 280 },
      { seed: 1, mode: 'record', stochastic: false },
    );
    expect(shard.stageWork[QA]).toBeCloseTo(2.82, 9);
    expect(result.totals.recordsReworked).toBe(0);
  });
});

describe('the defect probability: 1 − (1 − error rate)^critical characters per page', () => {
  // 100,000 one-page records in 1,000 lots of 100 pages: every lot is full and sampled 20 pages (91–150).
  // Error rate 1 %, 5 critical characters: a page is defective with p = 1 − 0.99^5 = 0.0490099.
  const LOTS = 1_000;
  const lots = [{ records: 100_000, pages: 100_000, startOffset: 0 }];
  const base = {
    singlePassErrorRate: 0.01,
    criticalCharsPerPage: 5,
    qaLotSizePages: 100,
    keyersPerOffice: 100,
    qaStaffPerOffice: 4,
  };

  function rejectedLots(overrides: Readonly<Record<string, number | string>>): number {
    const { result } = runHand(lots, { ...base, ...overrides }, undefined, 60);
    expect(result.goLiveMonth[0]).toBeGreaterThanOrEqual(0);
    return result.totals.recordsReworked / 100;
  }

  it('rejects a lot with probability 1 − 0.99^100 = 0.634 at Ac 0 (AQL 0.65 %: 20 × 0.0065 = 0.13)', () => {
    // P(accept) = (1 − p)^20 = 0.99^100 = 0.366032; expected 634.0 rejected lots, σ = √(1000 × 0.366 × 0.634) = 15.2.
    // (A defect probability of one character, 0.01, would reject 1 − 0.99^20 = 18 % of lots.)
    expect(Math.abs(rejectedLots({}) - LOTS * (1 - 0.366032))).toBeLessThan(4.5 * 15.2);
  });

  it('rejects a lot with probability 0.2565 at Ac 1 (AQL 2.5 %: 20 × 0.025 = 0.5)', () => {
    // P(accept) = (1 − p)^20 + 20 p (1 − p)^19 = 0.366032 + 20 × 0.0490099 × 0.99^95 (0.385093) = 0.743500;
    // expected 256.5 rejected lots, σ = √(1000 × 0.7435 × 0.2565) = 13.8.
    expect(Math.abs(rejectedLots({ qaAqlPercent: 2.5 }) - LOTS * (1 - 0.7435))).toBeLessThan(4.5 * 13.8);
  });
});
