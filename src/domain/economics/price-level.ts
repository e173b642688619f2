/**
 * Constant and current prices. The model works at constant prices of the price base year (real values);
 * a nominal figure for year t is real × (1 + inflation)^(t − base year). NPV and BCR stay real (real
 * values at a real discount rate); nominal series are for display only.
 */

/** Nominal value in `year` of a real amount at prices of `priceBaseYear`. */
export function toNominal(real: number, year: number, priceBaseYear: number, inflationRate: number): number {
  if (!(inflationRate > -1)) throw new RangeError(`inflation must be > −1, got ${inflationRate}`);
  return real * Math.pow(1 + inflationRate, year - priceBaseYear);
}

/** Nominal series from real amounts, one per calendar year. */
export function nominalSeries(
  real: readonly number[],
  years: readonly number[],
  priceBaseYear: number,
  inflationRate: number,
): number[] {
  return real.map((amount, j) => toNominal(amount, years[j]!, priceBaseYear, inflationRate));
}

/** Real amount at prices of `priceBaseYear` from a nominal amount of `year` (inverse of toNominal). */
export function toReal(nominal: number, year: number, priceBaseYear: number, inflationRate: number): number {
  return nominal / toNominal(1, year, priceBaseYear, inflationRate);
}
