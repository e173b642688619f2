/**
 * ISO 2859-1 single sampling, normal inspection, general inspection level II
 * (shared/docs/domain-facts.md section 5, source [Q1]).
 */

/** Lot size upper bounds (inclusive) and their sample sizes (code letters A…Q). */
const SAMPLE_SIZES: readonly (readonly [maxLot: number, sample: number])[] = [
  [8, 2],
  [15, 3],
  [25, 5],
  [50, 8],
  [90, 13],
  [150, 20],
  [280, 32],
  [500, 50],
  [1_200, 80],
  [3_200, 125],
  [10_000, 200],
  [35_000, 315],
  [150_000, 500],
  [500_000, 800],
  [Number.POSITIVE_INFINITY, 1_250],
];

/** Sample size for a lot of `lotSize` items (pages), never more than the lot itself. */
export function sampleSize(lotSize: number): number {
  for (let i = 0; i < SAMPLE_SIZES.length; i++) {
    const [maxLot, sample] = SAMPLE_SIZES[i]!;
    if (lotSize <= maxLot) return Math.min(sample, lotSize);
  }
  return lotSize;
}

/**
 * Acceptance numbers of the master table (Table II-A) run along diagonals of constant n × AQL: for the
 * sample of 200, AQL 0.25 → Ac 1, 0.40 → 2, 0.65 → 3, 1.0 → 5, 1.5 → 7, 2.5 → 10, 4.0 → 14, 6.5 → 21.
 * Keyed by the expected defects n × AQL / 100; an AQL between the standard steps takes the lower step.
 */
const DIAGONALS: readonly (readonly [expectedDefects: number, acceptance: number])[] = [
  [0, 0],
  [0.5, 1],
  [0.8, 2],
  [1.3, 3],
  [2, 5],
  [3, 7],
  [5, 10],
  [8, 14],
  [13, 21],
];

/** Most defects a sample of `sample` pages may have for its lot to be accepted at `aqlPercent`. */
export function acceptanceNumber(sample: number, aqlPercent: number): number {
  const expected = (sample * aqlPercent) / 100;
  if (expected > 13) return Math.max(21, Math.ceil(expected + 2.2 * Math.sqrt(expected)));
  let acceptance = 0;
  // A small tolerance absorbs rounding in n × AQL (200 × 0.65 = 1.3000000000000003).
  for (const [threshold, ac] of DIAGONALS) if (expected >= threshold * 0.999) acceptance = ac;
  return Math.min(acceptance, sample);
}
