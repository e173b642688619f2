/**
 * Online adoption after go-live: a logistic S-curve in the years since a part of the registry went live.
 *
 * The logistic f(τ) = 1 / (1 + 19^(1 − 2τ/T)) has its midpoint at T/2 and f(0) = 5 %, f(T) = 95 %. It is
 * rescaled so that adoption starts at exactly 0 at go-live and tends to 1:
 * g(τ) = (f(τ) − f(0)) / (1 − f(0)), so g(T) = 18/19 ≈ 0.947 and g(T/2) = 9/19 ≈ 0.474.
 * The mature online share is multiplied by g.
 */

/** f(0) of the logistic: 1 / (1 + 19). */
const F0 = 1 / 20;

/**
 * Adoption progress g(τ) in [0, 1) after τ years live, reaching about 95 % of maturity at τ = T.
 * @param yearsLive τ, years since go-live; 0 or less gives 0.
 * @param yearsToMature T > 0.
 */
export function adoptionProgress(yearsLive: number, yearsToMature: number): number {
  if (!(yearsToMature > 0)) throw new RangeError(`yearsToMature must be > 0, got ${yearsToMature}`);
  if (yearsLive <= 0) return 0;
  const f = 1 / (1 + Math.pow(19, 1 - (2 * yearsLive) / yearsToMature));
  return (f - F0) / (1 - F0);
}

/**
 * Share of the registry weighted by adoption progress, per simulated year j:
 * A_j = Σ_{c<j} Δ_c · g(j − c), where Δ_c is the share of records that went live during year c.
 * Records live at the end of year c serve from year c + 1 on; in year j they have been live j − c years.
 * Invariants: 0 ≤ A_j ≤ digitizedShare[j − 1] ≤ 1; A is non-decreasing; A_0 = 0.
 * @param digitizedShare share of records live at the end of each year (non-decreasing, 0–1).
 */
export function adoptedShare(digitizedShare: readonly number[], yearsToMature: number): number[] {
  const n = digitizedShare.length;
  const cohorts = digitizedShare.map((s, c) => Math.max(0, s - (c > 0 ? digitizedShare[c - 1]! : 0)));
  const out = new Array<number>(n).fill(0);
  for (let j = 1; j < n; j++) {
    let sum = 0;
    for (let c = 0; c < j; c++) sum += cohorts[c]! * adoptionProgress(j - c, yearsToMature);
    out[j] = sum;
  }
  return out;
}

/** Share of records live at the start of each year: the previous year's end, 0 for the first year. */
export function liveShareAtStart(digitizedShare: readonly number[]): number[] {
  return digitizedShare.map((_, j) => (j > 0 ? digitizedShare[j - 1]! : 0));
}
