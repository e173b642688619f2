// "Korea as it happened": the committed calibration (fixtures/korea/preset.json, rollout.overrides.historical
// and the historical wave starts) still meets the sourced milestones, through the bundled engine (README
// Pitfalls). Milestones as the issue gives them, from the sources: pilot at 5–7 offices in 1997 and about
// 100 offices in 1998 (Jan 1995 plan [K3]), all offices and completion in October 2002 [K5].
import { mkdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';

import { presetRolloutVariants } from '../src/domain/presets/rollout-variants';
import { loadBundledEngine } from '../workers/engine/testing/bundled-engine';
import type * as Calibrator from './calibrate-historical';

type Engine = Awaited<ReturnType<typeof loadBundledEngine>>;
let engine: Engine;
let input: ReturnType<Engine['prepareEngineInput']>;

const OFFICES = 209;
const FIRST_MONTH = 1993 * 12; // the preset starts in 1993-01
const endOf = (year: number) => year * 12 + 11 - FIRST_MONTH;
const monthOf = (ym: string) => Number(ym.slice(0, 4)) * 12 + Number(ym.slice(5, 7)) - 1 - FIRST_MONTH;

function liveBy(goLive: ArrayLike<number>, month: number): number {
  let n = 0;
  for (let o = 0; o < goLive.length; o++) if (goLive[o]! >= 0 && goLive[o]! <= month) n++;
  return n;
}

beforeAll(async () => {
  engine = await loadBundledEngine();
  input = engine.prepareEngineInput(engine.buildPresetScenario('korea', { rolloutPlan: 'historical' }));
}, 60_000);

describe('Korea as it happened: the replay meets the milestones', () => {
  it('record mode, seed 1: ≥ 5 offices live by end 1997, 90–110 by end 1998, all 209 and completion in 2002-08…12', () => {
    const result = engine.simulateAll(input, { seed: 1, mode: 'record', stochastic: true });
    expect(liveBy(result.goLiveMonth, endOf(1997))).toBeGreaterThanOrEqual(5);
    const by1998 = liveBy(result.goLiveMonth, endOf(1998));
    expect(by1998).toBeGreaterThanOrEqual(90);
    expect(by1998).toBeLessThanOrEqual(110);
    expect(liveBy(result.goLiveMonth, endOf(2002))).toBe(OFFICES);
    expect(result.completionMonth).toBeGreaterThanOrEqual(monthOf('2002-08'));
    expect(result.completionMonth).toBeLessThanOrEqual(monthOf('2002-12'));
  }, 60_000);

  it('Monte Carlo (lot mode, 40 replications): P50 completion in 2002-08…12, P50 go-lives meet 1997 and 1998', () => {
    const mc = engine.summarizeReplications([
      engine.runReplications(
        input,
        Array.from({ length: 40 }, (_, r) => r),
        { seed: 2024, mode: 'lot' },
      ),
    ]);
    expect(mc.completionMonth.p50).toBeGreaterThanOrEqual(monthOf('2002-08'));
    expect(mc.completionMonth.p50).toBeLessThanOrEqual(monthOf('2002-12'));
    const p50 = Array.from({ length: OFFICES }, (_, o) => mc.officeGoLive[o * 3 + 1]!);
    expect(liveBy(p50, endOf(1997))).toBeGreaterThanOrEqual(5);
    expect(liveBy(p50, endOf(1998))).toBeGreaterThanOrEqual(90);
    expect(liveBy(p50, endOf(1998))).toBeLessThanOrEqual(110);
  }, 120_000);
});

describe('Korea as it happened: the solver lands on the committed values', () => {
  it('solves to the committed inputs (within a step of each)', async () => {
    const root = fileURLToPath(new URL('..', import.meta.url));
    const dir = `${root}node_modules/.cache/registry-rollout-lab`;
    mkdirSync(dir, { recursive: true });
    const outfile = `${dir}/calibrate-historical-test-${process.pid}.mjs`;
    await build({
      entryPoints: [`${root}scripts/calibrate-historical.ts`],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      outfile,
      logLevel: 'warning',
    });
    const calibrator = (await import(pathToFileURL(outfile).href)) as typeof Calibrator;
    const solved = calibrator.calibrate();
    const committed = Object.fromEntries(
      presetRolloutVariants('korea')
        .find((v) => v.id === 'historical')!
        .overrides.map((o) => [o.key, Number(o.value)]),
    );
    expect(Math.abs(solved.inputs.charsPerPage / committed.charsPerPage! - 1)).toBeLessThanOrEqual(0.05);
    expect(Math.abs(solved.inputs.keyersPerOffice - committed.keyersPerOffice!)).toBeLessThanOrEqual(1);
    expect(Math.abs(solved.inputs.yearlyBudgetCap - committed.yearlyBudgetCap!)).toBeLessThanOrEqual(3e9);
    const waves = engine.buildPresetScenario('korea', { rolloutPlan: 'historical' }).rollout.waves;
    for (const wave of waves)
      expect(
        Math.abs(monthOf(solved.inputs.starts[wave.id]!) - monthOf(wave.startMonth)),
        wave.id,
      ).toBeLessThanOrEqual(2);
  }, 180_000);
});
