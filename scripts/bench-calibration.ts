/**
 * Machine-speed calibration (performance.md E1n): sfc32 draws per second with the engine's own generator
 * (state in a Uint32Array). Kernel throughput divided by this rate compares across machines.
 */
import { createRng, nextUint32 } from '../workers/engine/rng';
import { best, median, round, timeSync } from './bench-stats';

export const CALIBRATION_DRAWS = 50_000_000;

function draw(count: number): number {
  const rng = createRng(12_345, 0);
  let sink = 0;
  // XOR every draw into a sink so the loop cannot be removed as dead code.
  for (let i = 0; i < count; i++) sink ^= nextUint32(rng);
  return sink;
}

export interface Calibration {
  readonly draws: number;
  readonly seconds: number[];
  readonly medianSeconds: number;
  /** From the fastest run: other load on the machine only ever slows a run down. */
  readonly drawsPerSecond: number;
}

export function calibrate(runs: number): Calibration {
  draw(CALIBRATION_DRAWS / 10);
  const seconds = Array.from({ length: runs }, () => timeSync(() => draw(CALIBRATION_DRAWS)).seconds);
  return {
    draws: CALIBRATION_DRAWS,
    seconds: seconds.map((s) => round(s)),
    medianSeconds: round(median(seconds)),
    drawsPerSecond: Math.round(CALIBRATION_DRAWS / best(seconds)),
  };
}
