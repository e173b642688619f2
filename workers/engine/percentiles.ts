/**
 * P10/P50/P90 of Monte Carlo outcomes. Percentiles use the nearest-rank method on sorted values, so they
 * are always values that some replication produced. A replication that never finished counts as later
 * than any month (it sorts last), and a percentile that lands on it is reported as NEVER.
 */
import type { ReplicationBatch } from './monte-carlo';
import { NEVER } from './engine-types';

export const PERCENTILES = [10, 50, 90] as const;

export interface Band {
  readonly p10: number;
  readonly p50: number;
  readonly p90: number;
}

export interface MonteCarloSummary {
  readonly replications: number;
  readonly completionMonth: Band;
  readonly cost: Band;
  /** [office * 3 + (0 p10 | 1 p50 | 2 p90)] go-live month, NEVER where that percentile did not finish. */
  readonly officeGoLive: Int32Array;
  /** [month * 3 + band] cumulative national records done. */
  readonly recordsDoneBands: Float64Array;
}

/** Nearest-rank percentile of sorted values. */
export function nearestRank(sorted: ArrayLike<number>, percent: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const rank = Math.max(1, Math.ceil((percent / 100) * n));
  return sorted[rank - 1]!;
}

function monthBand(values: Int32Array): Band {
  // NEVER (-1) sorts after every real month.
  const sorted = Float64Array.from(values, (v) => (v === NEVER ? Number.POSITIVE_INFINITY : v)).sort();
  const pick = (p: number) => {
    const v = nearestRank(sorted, p);
    return Number.isFinite(v) ? v : NEVER;
  };
  return { p10: pick(10), p50: pick(50), p90: pick(90) };
}

function valueBand(values: Float64Array): Band {
  const sorted = Float64Array.from(values).sort();
  return { p10: nearestRank(sorted, 10), p50: nearestRank(sorted, 50), p90: nearestRank(sorted, 90) };
}

export function summarizeReplications(batches: readonly ReplicationBatch[]): MonteCarloSummary {
  const first = batches[0];
  if (!first) throw new Error('no replications to summarise');
  const { months, officeCount } = first;
  const total = batches.reduce((sum, b) => sum + b.replications.length, 0);
  const completion = new Int32Array(total);
  const cost = new Float64Array(total);
  let at = 0;
  for (const b of batches) {
    completion.set(b.completionMonth, at);
    cost.set(b.cost, at);
    at += b.replications.length;
  }
  const officeGoLive = new Int32Array(officeCount * 3);
  const column = new Int32Array(total);
  for (let o = 0; o < officeCount; o++) {
    let k = 0;
    for (const b of batches)
      for (let r = 0; r < b.replications.length; r++) column[k++] = b.goLiveMonth[r * officeCount + o]!;
    const band = monthBand(column);
    officeGoLive[o * 3] = band.p10;
    officeGoLive[o * 3 + 1] = band.p50;
    officeGoLive[o * 3 + 2] = band.p90;
  }
  const recordsDoneBands = new Float64Array(months * 3);
  const values = new Float64Array(total);
  for (let m = 0; m < months; m++) {
    let k = 0;
    for (const b of batches)
      for (let r = 0; r < b.replications.length; r++) values[k++] = b.recordsDoneCurve[r * months + m]!;
    const band = valueBand(values);
    recordsDoneBands[m * 3] = band.p10;
    recordsDoneBands[m * 3 + 1] = band.p50;
    recordsDoneBands[m * 3 + 2] = band.p90;
  }
  return {
    replications: total,
    completionMonth: monthBand(completion),
    cost: valueBand(cost),
    officeGoLive,
    recordsDoneBands,
  };
}
