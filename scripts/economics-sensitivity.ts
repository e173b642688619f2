/**
 * Sensitivity (tornado) of NPV and of the national completion month, and Monte Carlo savings bands, for the
 * CLI's result file. Each tornado run re-runs the engine in lot mode, deterministic (parameter effects, not
 * noise), single-threaded in this process; one engine run per parameter end serves both tornados.
 */
import { performance } from 'node:perf_hooks';

import { economicsOfRun } from '../src/domain/economics/economics-of-run';
import type { Tornado } from '../src/domain/economics/tornado';
import { sensitivityParameters, tornado } from '../src/domain/economics/tornado';
import { numericParameters } from '../src/domain/parameters/parameter-catalogue';
import { plausibleRangeOf } from '../src/domain/parameters/parameter-info';
import type { NumericParameterSpec } from '../src/domain/parameters/parameter-spec';
import type { Scenario } from '../src/domain/scenario/scenario-schema';
import { validateScenario } from '../src/domain/scenario/validate-scenario';
import { savingsBandsOfRun } from '../workers/engine/economics-section';
import { prepareEngineInput } from '../workers/engine/engine-input';
import { METRIC, METRIC_COUNT, NEVER } from '../workers/engine/engine-types';
import type { SensitivitySection, TornadoBarJson, TornadoJson } from '../workers/engine/result-document';
import { simulateAll } from '../workers/engine/run';

export type { SensitivitySection, TornadoBarJson, TornadoJson };
export { savingsBandsOfRun };

type Outcome = { readonly npv: number; readonly completionMonths: number };

const num = (v: number): number | null => (Number.isFinite(v) ? v : null);

function toJson(t: Tornado): TornadoJson {
  return {
    base: num(t.base),
    bars: t.bars.map((b) => ({
      parameter: b.key,
      label: b.label,
      unit: b.unit,
      baseValue: b.baseValue,
      low: b.low,
      high: b.high,
      atLow: num(b.atLow),
      atHigh: num(b.atHigh),
      swing: num(b.swing),
    })),
  };
}

/** NPV and completion month of one deterministic lot-mode run of a valid scenario. */
export function evaluateScenario(scenario: Scenario): Outcome {
  const input = prepareEngineInput(scenario);
  const result = simulateAll(input, { seed: 1, mode: 'lot', stochastic: false });
  const cost = Array.from(
    { length: result.months },
    (_, m) => result.national[m * METRIC_COUNT + METRIC.cost]!,
  );
  const npv = economicsOfRun(scenario, result.goLiveMonth, cost).npv;
  const done = result.completionMonth;
  return { npv, completionMonths: done === NEVER ? scenario.horizonMonths : done };
}

/**
 * Both tornados of a scenario. Ranges are the country's own (the catalogue's for Korea, the Uzbek estimates'
 * for Uzbekistan, scaled to any other value). In a KRW scenario the calibrated minutes per visit are left out.
 * @param specs parameters to move (default: every numeric parameter of the catalogue).
 */
export function sensitivitySection(
  scenario: Scenario,
  specs: readonly NumericParameterSpec[] = numericParameters,
): SensitivitySection {
  const started = performance.now();
  const base = scenario.parameters as Readonly<Record<string, unknown>>;
  const rangeOf = plausibleRangeOf(scenario.country);
  const withParameters = (parameters: Readonly<Record<string, unknown>>) =>
    validateScenario({ ...scenario, parameters });
  const chosen = sensitivityParameters(specs, base, scenario.currency === 'KRW');
  const skipped: { parameter: string; reason: string }[] = chosen.excluded.map((e) => ({
    parameter: e.key,
    reason: e.reason,
  }));
  const usable = chosen.specs.filter((spec) => {
    const value = base[spec.key];
    if (typeof value !== 'number') {
      skipped.push({ parameter: spec.key, reason: 'no numeric base value' });
      return false;
    }
    const bad = rangeOf(spec, value).find((end) => !withParameters({ ...base, [spec.key]: end }).ok);
    if (bad !== undefined)
      skipped.push({ parameter: spec.key, reason: `value ${bad} makes the scenario invalid` });
    return bad === undefined;
  });
  // One engine run per distinct parameter set, shared by both tornados.
  const cache = new Map<string, Outcome>();
  const outcome = (parameters: Readonly<Record<string, unknown>>): Outcome => {
    const changed = Object.keys(parameters).filter((k) => parameters[k] !== base[k]);
    const id = changed.map((k) => `${k}=${String(parameters[k])}`).join('&');
    let hit = cache.get(id);
    if (!hit) {
      const checked = withParameters(parameters);
      if (!checked.ok) throw new Error(`sensitivity: invalid parameters (${id})`);
      hit = evaluateScenario(checked.scenario);
      cache.set(id, hit);
    }
    return hit;
  };
  const npv = tornado(base, (p) => outcome(p).npv, usable, rangeOf);
  const completionMonths = tornado(base, (p) => outcome(p).completionMonths, usable, rangeOf);
  return {
    note: 'One parameter at a time at the ends of its plausible range; deterministic lot-mode runs.',
    npv: toJson(npv),
    completionMonths: toJson(completionMonths),
    skipped,
    engineRuns: cache.size,
    seconds: Math.round(performance.now() - started) / 1000,
  };
}
