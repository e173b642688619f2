// Lot mode (fast Monte Carlo) against record mode (every record simulated) away from the presets: 24 small
// scenarios drawn with a fixed seed from the plausible ranges of the parameters that shape an office's line
// (QA rate and staff, lot size, keyers, keying speed, characters per page, capture mode, scanners, prep,
// learning, error rates, AQL, image size and bandwidth), each parameter at the low end, the high end or
// inside its range, the first of them the QA-busy corner of issue 11 (QA 30 pages/h, 0.5 QA staff,
// 3,201-page lots, 40 keyers), where lot mode used to inspect a step's lots only once the whole step was
// keyed.
//
// The check: P50 national completion within 1 month. For that to mean something, record mode's own P50
// must be known to well under a month. Record mode runs 20 replications, then tops up to
// n = 5.2 σ² (at most 400), σ being the spread of those 20 completions: the standard error of a sample
// median, ≈ 1.25 σ / √n, is then ≤ 0.55 month, so a correct lot mode fails by chance less than 1 % of the
// time while one 2 months off fails. Most scenarios finish in the same month in every replication
// (σ ≈ 0–0.6: 20 replications); the noisy one (35,000-page lots, 8 keyers, OCR with costly corrections:
// σ ≈ 6 months) gets ~170. Over record seeds 1–5 every scenario's record P50 then stays within a month
// of lot mode's. Lot mode runs 1,000 replications (its own standard error: 0.04 σ). Through the bundled
// engine (README Pitfalls): ~12 s in all.
import { beforeAll, describe, expect, it } from 'vitest';

import { engineNumericParameters } from '../../src/domain/parameters/engine-parameters';
import { loadBundledEngine } from './testing/bundled-engine';
import { LINE_PARAMETERS, plausibleScenarios, QA_BUSY } from './testing/plausible-scenarios';

const SCENARIOS = plausibleScenarios(11, 24);
const PILOT_REPLICATIONS = 20;
const MAX_RECORD_REPLICATIONS = 400;
const LOT_REPLICATIONS = 1_000;

type Engine = Awaited<ReturnType<typeof loadBundledEngine>>;
let engine: Engine;

beforeAll(async () => {
  engine = await loadBundledEngine();
}, 60_000);

const replications = (from: number, to: number) => Array.from({ length: to - from }, (_, r) => from + r);

function standardDeviation(values: readonly number[]): number {
  const mean = values.reduce((sum, v) => sum + v, 0) / values.length;
  return Math.sqrt(values.reduce((sum, v) => sum + (v - mean) ** 2, 0) / (values.length - 1));
}

describe('lot mode against record mode over the plausible ranges', () => {
  it('draws at least 20 scenarios that reach both ends of every drawn range, the QA-busy corner first', () => {
    expect(SCENARIOS.length).toBeGreaterThanOrEqual(20);
    expect(SCENARIOS[0]!.scenario.parameters).toMatchObject(QA_BUSY);
    for (const key of LINE_PARAMETERS) {
      const spec = engineNumericParameters.find((p) => p.key === key)!;
      const values = SCENARIOS.slice(1).map((s) => Number(s.scenario.parameters[key]));
      expect(Math.min(...values), `${key} low end`).toBe(spec.range[0]);
      expect(Math.max(...values), `${key} high end`).toBe(spec.range[1]);
    }
    const modes = new Set(SCENARIOS.map((s) => s.scenario.parameters.captureMode));
    expect([...modes].sort()).toEqual(['double', 'ocrEdit', 'single']);
  });

  it.each(SCENARIOS.map((s, i) => [s.label, i] as const))(
    'P50 completion within 1 month: %s',
    (_label, i) => {
      const input = engine.prepareEngineInput(SCENARIOS[i]!.scenario);
      const options = { seed: 1, mode: 'record' } as const;
      const pilot = engine.runReplications(input, replications(0, PILOT_REPLICATIONS), options);
      const sigma = standardDeviation(Array.from(pilot.completionMonth));
      const n = Math.min(MAX_RECORD_REPLICATIONS, Math.ceil(5.2 * sigma * sigma));
      const batches = [pilot];
      if (n > PILOT_REPLICATIONS)
        batches.push(engine.runReplications(input, replications(PILOT_REPLICATIONS, n), options));
      const record = engine.summarizeReplications(batches);
      const lot = engine.summarizeReplications([
        engine.runReplications(input, replications(0, LOT_REPLICATIONS), { seed: 2024, mode: 'lot' }),
      ]);
      // At least 90 % of replications finish within the 600-month horizon (the scenarios take years, not
      // centuries), so the P50s compared are months, not NEVER.
      expect(record.completionMonth.p90).toBeGreaterThan(0);
      expect(lot.completionMonth.p90).toBeGreaterThan(0);
      expect(
        Math.abs(lot.completionMonth.p50 - record.completionMonth.p50),
        `record P50 ${record.completionMonth.p50}, lot P50 ${lot.completionMonth.p50}`,
      ).toBeLessThanOrEqual(1);
    },
    30_000,
  );
});
