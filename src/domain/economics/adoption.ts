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
 * A_j = Σ_{c<j} Δ_c · g(j − max(c, k − 1)), where Δ_c is the share of records that went live during year c
 * and k the index of the first year online services exist (0: from the start).
 * Records live at the end of year c serve from year c + 1 on; in year j they have been live j − c years. A
 * cohort live before online services exist starts adopting in year k, as if it had gone live at the end of
 * year k − 1 (Korea: offices computerized from 1997, Internet issuance from 2004).
 * Invariants: 0 ≤ A_j ≤ digitizedShare[j − 1] ≤ 1; A is non-decreasing; A_j = 0 for j < max(1, k).
 * @param digitizedShare share of records live at the end of each year (non-decreasing, 0–1).
 * @param firstOnlineYearIndex k, index (into the years) of the first year with online services; ≤ 0 for none.
 */
export function adoptedShare(
  digitizedShare: readonly number[],
  yearsToMature: number,
  firstOnlineYearIndex = 0,
): number[] {
  const n = digitizedShare.length;
  const cohorts = digitizedShare.map((s, c) => Math.max(0, s - (c > 0 ? digitizedShare[c - 1]! : 0)));
  const out = new Array<number>(n).fill(0);
  for (let j = 1; j < n; j++) {
    let sum = 0;
    for (let c = 0; c < j; c++) {
      const from = Math.max(c, firstOnlineYearIndex - 1);
      sum += cohorts[c]! * adoptionProgress(j - from, yearsToMature);
    }
    out[j] = sum;
  }
  return out;
}

/** Share of records live at the start of each year: the previous year's end, 0 for the first year. */
export function liveShareAtStart(digitizedShare: readonly number[]): number[] {
  return digitizedShare.map((_, j) => (j > 0 ? digitizedShare[j - 1]! : 0));
}
