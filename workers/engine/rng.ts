/**
 * Seeded random numbers: sfc32 (a small fast chaotic generator passing PractRand to 2^60 bytes).
 * The state lives in a Uint32Array, never in closure variables: Chromium's pointer compression boxes
 * closure-captured 32-bit integers and runs such generators 2–4× slower than Node (docs/performance.md).
 *
 * Every (seed, stream) pair gets its own independent stream, so an office's draws do not depend on which
 * worker simulates it or in which order.
 */

export type RngState = Uint32Array;

/** splitmix32 finaliser: spreads a 32-bit input over all output bits. */
function mix32(x: number): number {
  let z = (x + 0x9e3779b9) | 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

/** A generator for stream `stream` of `seed` (both any 32-bit integers). */
export function createRng(seed: number, stream: number): RngState {
  const a = mix32(seed | 0);
  const b = mix32((a ^ Math.imul(stream | 0, 0x27d4eb2d)) | 0);
  const state = new Uint32Array([a, b, mix32(b ^ 0x5bd1e995), 1]);
  // Discard the first outputs so that nearby seeds diverge completely.
  for (let i = 0; i < 12; i++) nextUint32(state);
  return state;
}

/** Next 32-bit unsigned integer. */
export function nextUint32(s: RngState): number {
  const a = s[0]!;
  const b = s[1]!;
  const c = s[2]!;
  const d = s[3]!;
  const t = (((a + b) | 0) + d) | 0;
  s[3] = (d + 1) | 0;
  s[0] = b ^ (b >>> 9);
  s[1] = (c + (c << 3)) | 0;
  s[2] = (((c << 21) | (c >>> 11)) + t) | 0;
  return t >>> 0;
}

/** Uniform in [0, 1) with 32 bits of resolution. */
export function nextFloat(s: RngState): number {
  return nextUint32(s) * 2.3283064365386963e-10;
}

/** Uniform in (0, 1]: safe for logarithms. */
export function nextOpenFloat(s: RngState): number {
  return (nextUint32(s) + 1) * 2.3283064365386963e-10;
}

/** Derives a 32-bit seed for a sub-task (a replication, say) from a base seed. */
export function deriveSeed(seed: number, index: number): number {
  return mix32((mix32(seed | 0) ^ Math.imul((index | 0) + 1, 0x9e3779b1)) | 0) | 0;
}
