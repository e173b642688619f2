/**
 * Monte Carlo bands of yearly savings: each digitization curve (one per replication, or the P10/P50/P90
 * curves of the engine) gives a savings series; per year the bands are nearest-rank percentiles of those
 * series, so every band value is one some curve produced. Savings rise with the live share year by year
 * (an earlier go-live never saves less), so the P10/P50/P90 curves map to the P10/P50/P90 savings.
 */
import type { EconomicsContext } from './economic-inputs';
import { readEconomicParameters } from './economic-inputs';
import { priceRebasing, rebasedParameters } from './prices';
import { yearlySavings } from './savings-model';

/** Per-year nearest-rank percentiles of total savings; p10 ≤ p50 ≤ p90 in every year. */
export interface SavingsBands {
  readonly years: readonly number[];
  /** Total social savings per year, scenario currency. */
  readonly p10: readonly number[];
  readonly p50: readonly number[];
  readonly p90: readonly number[];
}

/** Nearest-rank percentile (1–100) of values sorted ascending. */
export function nearestRank(sorted: readonly number[], percent: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.max(1, Math.ceil((percent / 100) * sorted.length));
  return sorted[rank - 1]!;
}

/**
 * Bands of total yearly savings.
 * @param years calendar years, one per entry of every curve.
 * @param shareCurves digitized share at each year end (0–1, non-decreasing), one curve per replication.
 * @throws RangeError when there is no curve or a curve's length differs from `years`.
 */
export function savingsBands(
  years: readonly number[],
  shareCurves: readonly (readonly number[])[],
  context: EconomicsContext,
): SavingsBands {
  if (shareCurves.length === 0) throw new RangeError('no digitization curve to band');
  const raw = readEconomicParameters(context.parameters);
  const prices = priceRebasing(context.prices, raw.priceBaseYear, raw.inflationRate);
  const p = readEconomicParameters(rebasedParameters(context.parameters, prices));
  const series = shareCurves.map((curve, i) => {
    if (curve.length !== years.length)
      throw new RangeError(`curve ${i} has ${curve.length} years, expected ${years.length}`);
    return yearlySavings({ years, digitizedShare: curve }, p, context.scale.titles).map((s) => s.total);
  });
  const band = (percent: number) =>
    years.map((_, j) =>
      nearestRank(
        series.map((s) => s[j]!).sort((a, b) => a - b),
        percent,
      ),
    );
  return { years: [...years], p10: band(10), p50: band(50), p90: band(90) };
}
