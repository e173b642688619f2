/**
 * Calibration to the seed's baseline: "more than 300 bn KRW a year" of social costs saved in Korea. The
 * baseline is a stated figure, not independently confirmed (status U, fixtures/korea/preset.json
 * `savingsBaselineKrwPerYear`); the app shows it as the output of these assumptions, not as a fact.
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
    previousValue: p.minutesSavedPerVisit,
    baselinePerYear,
    breakdown: savingsAtMaturity({ ...p, minutesSavedPerVisit: value }, scale.titles),
  };
}
