/**
 * Calibration to the seed's baseline: "more than 300 bn KRW a year" of social costs saved in Korea. The
 * baseline is a stated figure, not independently confirmed (status U, fixtures/korea/preset.json
 * `savingsBaselineKrwPerYear`), and a floor ("more than"): the calibrated value is the least that is
 * consistent with it. The app shows it as the output of these assumptions, not as a fact.
 *
 * One parameter is calibrated: citizen time saved per avoided visit (`minutesSavedPerVisit`), the least
 * documented input. Savings at maturity are affine in it, S(m) = S(0) + m · V · value of time / 60 with V the
 * visits avoided, so the calibrated value is solved in closed form: m* = (baseline − S(0)) · 60 / (V · VoT).
 */
import koreaFixture from '../../../fixtures/korea/preset.json';
import { parameterSpec } from '../parameters/parameter-catalogue';
import type { NumericParameterSpec } from '../parameters/parameter-spec';
import type { SourcedFigure } from '../sourced-figure';
import { readEconomicParameters } from './economic-inputs';
import type { SavingsBreakdown } from './savings-model';
import { savingsAtMaturity } from './savings-model';

/** The 300 bn KRW/yr baseline with its source (SEED), status U and note. */
export const SAVINGS_BASELINE: SourcedFigure = koreaFixture.figures
  .savingsBaselineKrwPerYear as unknown as SourcedFigure;

/** The baseline in KRW per year (300,000,000,000). */
export const SAVINGS_BASELINE_KRW_PER_YEAR = SAVINGS_BASELINE.value as number;

/** The parameter the calibration solves for. */
export const CALIBRATED_PARAMETER = 'minutesSavedPerVisit';

/** Outcome of calibrateToBaseline; money in the scenario currency per year. */
export interface CalibrationResult {
  /** Catalogue key of the calibrated parameter. */
  readonly parameter: typeof CALIBRATED_PARAMETER;
  /** Calibrated value, minutes per avoided visit (negative when the other components alone exceed the baseline). */
  readonly value: number;
  readonly unit: string;
  /** The catalogue's plausible range for the parameter. */
  readonly range: readonly [number, number];
  /** Whether the calibrated value lies inside that range (inclusive). */
  readonly withinRange: boolean;
  /** Where the value lies in the range: 0 at its low end, 1 at its high end (outside 0–1 when outside). */
  readonly positionInRange: number;
  /** For people, e.g. "33.2 min: solved, at 2 % of its 30–240 min range". */
  readonly description: string;
  /** The value the parameters held before calibration. */
  readonly previousValue: number;
  /** The baseline matched, scenario currency per year. */
  readonly baselinePerYear: number;
  /** Savings at maturity with the calibrated value; its `total` equals the baseline. */
  readonly breakdown: SavingsBreakdown;
}

/**
 * Solves for the minutes saved per avoided visit at which savings at maturity (whole registry live, mature
 * online use) equal `baselinePerYear`.
 * @param parameters scenario parameter values (all economic keys present).
 * @param baselinePerYear target social saving, scenario currency per year.
 * @param scale.titles titles in the registry (fraud exposure).
 * @throws Error when no visit is avoided or time has no value, so no number of minutes can reach the target.
 */
export function calibrateToBaseline(
  parameters: Readonly<Record<string, unknown>>,
  baselinePerYear: number,
  scale: { readonly titles: number },
): CalibrationResult {
  const p = readEconomicParameters(parameters);
  const withoutTime = savingsAtMaturity({ ...p, minutesSavedPerVisit: 0 }, scale.titles);
  const slopePerMinute = (withoutTime.visitsAvoided * p.valueOfTimePerHour) / 60;
  if (!(slopePerMinute > 0)) {
    throw new Error(
      'cannot calibrate minutesSavedPerVisit: no visit is avoided or citizen time has no value',
    );
  }
  const value = (baselinePerYear - withoutTime.total) / slopePerMinute;
  const spec = parameterSpec(CALIBRATED_PARAMETER) as NumericParameterSpec;
  const [low, high] = spec.range;
  return {
    parameter: CALIBRATED_PARAMETER,
    value,
    unit: spec.unit,
    range: [low, high],
    withinRange: value >= low && value <= high,
    positionInRange: rangePosition(value, [low, high]),
    description: describeSolvedValue(value, [low, high]),
    previousValue: p.minutesSavedPerVisit,
    baselinePerYear,
    breakdown: savingsAtMaturity({ ...p, minutesSavedPerVisit: value }, scale.titles),
  };
}

/** Where a value lies in a range: 0 at the low end, 1 at the high end (outside 0–1 when outside it). */
export function rangePosition(value: number, range: readonly [number, number]): number {
  const [low, high] = range;
  return high > low ? (value - low) / (high - low) : 0;
}

const minutes = (m: number) => String(Number(m.toFixed(1)));

/**
 * The calibrated minutes per visit and its place in its plausible range, for every place that shows it:
 * "33.2 min: solved, at 2 % of its 30–240 min range" (or "… below its 30–240 min range").
 */
export function describeSolvedValue(value: number, range: readonly [number, number]): string {
  const [low, high] = range;
  const where =
    value < low
      ? `below its ${low}–${high} min range`
      : value > high
        ? `above its ${low}–${high} min range`
        : `at ${Math.round(rangePosition(value, range) * 100)} % of its ${low}–${high} min range`;
  return `${minutes(value)} min: solved, ${where}`;
}
