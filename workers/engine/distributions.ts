/**
 * Distributions drawn on the hot path, without allocation. Lognormal variates come from a quantile table
 * (4,096 equiprobable cells, midpoint quantiles, small enough to stay in L1/L2 cache) so a draw is one table lookup instead of a normal variate
 * and an exp: the record kernel draws one per record.
 */
import type { RngState } from './rng';
import { nextFloat, nextUint32 } from './rng';

const TABLE_BITS = 12;
const TABLE_SIZE = 1 << TABLE_BITS;

/** Inverse of the standard normal CDF (Acklam's rational approximation, |error| < 1.2e-9). */
export function normalQuantile(p: number): number {
  const a = [
    -39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716,
    2.506628277459239,
  ];
  const b = [
    -54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572,
  ];
  const c = [
    -0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968,
    2.938163982698783,
  ];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const low = 0.02425;
  if (p < low) {
    const q = Math.sqrt(-2 * Math.log(p));
    return (
      (((((c[0]! * q + c[1]!) * q + c[2]!) * q + c[3]!) * q + c[4]!) * q + c[5]!) /
      ((((d[0]! * q + d[1]!) * q + d[2]!) * q + d[3]!) * q + 1)
    );
  }
  if (p > 1 - low) return -normalQuantile(1 - p);
  const q = p - 0.5;
  const r = q * q;
  return (
    ((((((a[0]! * r + a[1]!) * r + a[2]!) * r + a[3]!) * r + a[4]!) * r + a[5]!) * q) /
    (((((b[0]! * r + b[1]!) * r + b[2]!) * r + b[3]!) * r + b[4]!) * r + 1)
  );
}

/**
 * Table of a lognormal with mean 1 and coefficient of variation `cv`, rescaled so that the table's own
 * mean is exactly 1 (so sums over many records are unbiased).
 */
export function lognormalTable(cv: number): Float64Array {
  const table = new Float64Array(TABLE_SIZE);
  if (cv <= 0) return table.fill(1);
  const sigma = Math.sqrt(Math.log(1 + cv * cv));
  const mu = -0.5 * sigma * sigma;
  let sum = 0;
  for (let i = 0; i < TABLE_SIZE; i++) {
    const v = Math.exp(mu + sigma * normalQuantile((i + 0.5) / TABLE_SIZE));
    table[i] = v;
    sum += v;
  }
  const scale = TABLE_SIZE / sum;
  for (let i = 0; i < TABLE_SIZE; i++) table[i]! *= scale;
  return table;
}

/**
 * Table of the standard exponential (mean exactly 1). Geometric page counts are floor(E / λ): one lookup
 * instead of a logarithm per record. The table's largest cell is about 9, so about one draw in 8,000 is cut
 * short of the exponential's tail.
 */
export function exponentialTable(): Float64Array {
  const table = new Float64Array(TABLE_SIZE);
  let sum = 0;
  for (let i = 0; i < TABLE_SIZE; i++) {
    const v = -Math.log(1 - (i + 0.5) / TABLE_SIZE);
    table[i] = v;
    sum += v;
  }
  const scale = TABLE_SIZE / sum;
  for (let i = 0; i < TABLE_SIZE; i++) table[i]! *= scale;
  return table;
}

/** Table of the standard normal (midpoint quantiles, recentred to mean exactly 0 and rescaled to sd 1). */
export function normalTable(): Float64Array {
  const table = new Float64Array(TABLE_SIZE);
  for (let i = 0; i < TABLE_SIZE; i++) table[i] = normalQuantile((i + 0.5) / TABLE_SIZE);
  let sumSq = 0;
  for (let i = 0; i < TABLE_SIZE; i++) sumSq += table[i]! * table[i]!;
  const scale = Math.sqrt(TABLE_SIZE / sumSq);
  for (let i = 0; i < TABLE_SIZE; i++) table[i]! *= scale;
  return table;
}

/** One draw from a quantile table. */
export function drawFromTable(s: RngState, table: Float64Array): number {
  return table[nextUint32(s) >>> (32 - TABLE_BITS)]!;
}

/**
 * 1/λ for geometric counts with the given mean: floor(E / λ), E standard exponential, is geometric with
 * P(X ≥ k) = q^k, q = mean / (1 + mean), λ = −ln q.
 */
export function geometricScale(mean: number): number {
  if (mean <= 0) return 0;
  return -1 / Math.log(mean / (1 + mean));
}

/**
 * P(Binomial(n, p) ≤ c), summed in log space so that large n·p does not underflow. Computed once per
 * scenario (a full QA lot's acceptance probability), so its n + c steps do not matter.
 */
export function binomialCdf(c: number, n: number, p: number): number {
  if (c < 0) return 0;
  if (c >= n || p <= 0) return 1;
  if (p >= 1) return 0;
  const logP = Math.log(p);
  const logQ = Math.log1p(-p);
  let logChoose = 0; // ln C(n, k)
  let sum = 0;
  for (let k = 0; k <= c; k++) {
    if (k > 0) logChoose += Math.log((n - k + 1) / k);
    sum += Math.exp(logChoose + k * logP + (n - k) * logQ);
  }
  return Math.min(1, sum);
}

/**
 * Binomial(n, p) by inversion: walks the probability mass function from 0, so it costs about n·p + 1 steps
 * and one uniform (n is a QA sample size, drawn once per lot). `cleanMass` = (1 − p)^n may be passed in
 * precomputed.
 */
export function binomial(s: RngState, n: number, p: number, cleanMass = Math.pow(1 - p, n)): number {
  if (p <= 0 || n <= 0) return 0;
  if (p >= 1) return n;
  if (n * p > 30) {
    // (1 − p)^n would underflow; the normal approximation is accurate here.
    const k = Math.round(n * p + Math.sqrt(n * p * (1 - p)) * normal(s));
    return k < 0 ? 0 : k > n ? n : k;
  }
  const ratio = p / (1 - p);
  let mass = cleanMass;
  let u = nextFloat(s);
  let k = 0;
  while (u >= mass && k < n) {
    u -= mass;
    mass *= (ratio * (n - k)) / (k + 1);
    k++;
  }
  return k;
}

/** Standard normal by the polar method (used once per lot, not per record). */
export function normal(s: RngState): number {
  for (;;) {
    const u = 2 * nextFloat(s) - 1;
    const v = 2 * nextFloat(s) - 1;
    const r = u * u + v * v;
    if (r > 0 && r < 1) return u * Math.sqrt((-2 * Math.log(r)) / r);
  }
}
