/**
 * Parameters for scenarios small enough to work out by hand: every rate a power of two or a round number,
 * no learning curve, no budget cap (no throttling), no spread in keying times. With one page per record
 * (records = pages) even the stochastic kernels draw every record at exactly one page, so lots close at
 * exactly `qaLotSizePages`; only the QA outcome is left to chance (and set to certainty by the error rate).
 *
 *   hours per FTE-month   1,800 / 12 = 150 h
 *   prep                  1 FTE × 150 h, 500 pages/h → 0.002 h/page
 *   scan                  min(1 operator × 150 h, 1 scanner × 1 shift × 8 h × 240 days / 12 = 160 h) = 150 h,
 *                         500 pages/h
 *   key (single pass)     1,000 characters / 8,000 keystrokes an hour = 0.125 h/page; 0.5 keyer × 150 h
 *                         = 75 h a month = 600 pages a month
 *   QA                    1 FTE × 150 h, 50 pages/h → 0.02 h per sampled page; lots of 300 pages:
 *                         ISO 2859-1 sample 50 (281–500), Ac 0 at AQL 0.65 (50 × 0.65 % = 0.325 < 0.5)
 *   defects               error rate 0: defect probability 0, no lot is ever rejected
 */
import type { EngineInput } from '../engine-input';
import { prepareEngineInput } from '../engine-input';
import type { RunOptions, ShardResult, SimulationResult } from '../engine-types';
import { METRIC_COUNT, METRICS } from '../engine-types';
import { mergeShards } from '../merge';
import { simulateShard } from '../simulate';
import type { SyntheticOffice } from './synthetic-scenario';
import { syntheticScenario } from './synthetic-scenario';

export const HAND_PARAMETERS: Readonly<Record<string, number | string>> = {
  captureMode: 'single',
  charsPerPage: 1_000,
  keyingKph: 8_000,
  ocrEditSpeedup: 2.5,
  keyingTimeCv: 0,
  prepPagesPerHour: 500,
  scanPagesPerHour: 500,
  qaPagesPerHour: 50,
  qaLotSizePages: 300,
  qaAqlPercent: 0.65,
  hoursPerFteYear: 1_800,
  prepStaffPerOffice: 1,
  scanOperatorsPerOffice: 1,
  scannersPerOffice: 1,
  shiftsPerDay: 1,
  hoursPerShift: 8,
  workingDaysPerYear: 240,
  keyersPerOffice: 0.5,
  qaStaffPerOffice: 1,
  learningMonths: 0,
  learningStartEfficiency: 1,
  yearlyBudgetCap: 0,
  singlePassErrorRate: 0,
  doubleKeyErrorRate: 0,
  ocrEditErrorRate: 0,
  criticalCharsPerPage: 1,
  // Links far faster than any office needs, unless a test slows them.
  regionalIngestMbps: 100_000,
  centralIngestMbps: 100_000,
  imageKbPerPage: 300,
  staffCostPerFteMonth: 1_000_000,
  scannerCost: 20_000_000,
  workstationCost: 2_000_000,
};

/** Error rates that make every page defective: 1 − (1 − 0.2)^5000 is 1 in floating point (0.8^5000 underflows). */
export const EVERY_PAGE_DEFECTIVE: Readonly<Record<string, number>> = {
  singlePassErrorRate: 0.2,
  doubleKeyErrorRate: 0.05,
  ocrEditErrorRate: 0.2,
  criticalCharsPerPage: 5_000,
};

export interface HandRun {
  readonly input: EngineInput;
  readonly shard: ShardResult;
  readonly result: SimulationResult;
}

/** Runs every office of a hand scenario in one shard, keeping the shard (stage work) and the merged result. */
export function runHand(
  offices: readonly SyntheticOffice[],
  overrides: Readonly<Record<string, number | string>> = {},
  options: RunOptions = { seed: 1, mode: 'record', stochastic: true },
  horizonMonths = 24,
): HandRun {
  const input = prepareEngineInput(
    syntheticScenario(offices, { ...HAND_PARAMETERS, ...overrides }, horizonMonths),
  );
  const all = Array.from({ length: input.officeCount }, (_, o) => o);
  const shard = simulateShard(input, all, options);
  return { input, shard, result: mergeShards(input, [shard]) };
}

/** One office's metric per month, months 0 … `count` − 1. */
export function officeSeries(
  result: SimulationResult,
  office: number,
  metric: (typeof METRICS)[number],
  count = result.months,
): number[] {
  const k = METRICS.indexOf(metric);
  return Array.from(
    { length: count },
    (_, m) => result.metrics[(office * result.months + m) * METRIC_COUNT + k]!,
  );
}

/** Sum of one office's metric over the horizon. */
export function officeTotal(
  result: SimulationResult,
  office: number,
  metric: (typeof METRICS)[number],
): number {
  return officeSeries(result, office, metric).reduce((a, b) => a + b, 0);
}
