/**
 * Every catalogue parameter must be read by something that computes a result: moved within its limits, it
 * changes the engine's compiled input (prepareEngineInput) or the economic appraisal (evaluateEconomics) of
 * the Korean preset. A parameter that changes neither is dead weight in the Planner; the few that are
 * legitimately (or knowingly) unread are listed with the reason, and the list is kept exact: a listed
 * parameter that starts to change a result fails too. Lives in scripts/ because it needs both the domain and
 * the engine (the domain may not import the engine).
 */
import { isDeepStrictEqual } from 'node:util';

import { describe, expect, it } from 'vitest';

import { economicsContext } from '../src/domain/economics/economic-inputs';
import type { YearlyDigitization } from '../src/domain/economics/economic-inputs';
import { evaluateEconomics } from '../src/domain/economics/evaluate';
import { CAPTURE_MODES } from '../src/domain/parameters/engine-parameters';
import { allParameters } from '../src/domain/parameters/parameter-catalogue';
import type { ParameterSpec } from '../src/domain/parameters/parameter-spec';
import { buildPresetScenario } from '../src/domain/presets/presets';
import type { Scenario } from '../src/domain/scenario/scenario-schema';
import { validateScenario } from '../src/domain/scenario/validate-scenario';
import { prepareEngineInput } from '../workers/engine/engine-input';

/** Parameters that change neither the engine's input nor the appraisal, and why. */
const NOT_READ: Readonly<Record<string, string>> = {
  regionalStorageTb:
    'not used yet: the engine reports the storage each centre uses, with no capacity limit (said in its basis)',
  centralStorageTb:
    'not used yet: the engine reports the storage each centre uses, with no capacity limit (said in its basis)',
  usdExchangeRate:
    'a display rate: read by the currency conversion of the economics view (scenarioRates), not by a result',
};

const korea = buildPresetScenario('korea');

/** A yearly state that spans the Korean years: nothing live until 1996, all live by 2002, online from 2004. */
function state(): YearlyDigitization {
  const years = Array.from({ length: 30 }, (_, j) => 1993 + j);
  return {
    years,
    digitizedShare: years.map((y) => Math.min(1, Math.max(0, (y - 1996) / 6))),
    programmeCost: years.map((y) => (y <= 2002 ? 40e9 : 0)),
  };
}

/** Everything a parameter could change: the engine's compiled input and the appraisal. */
function results(scenario: Scenario): { engine: unknown; economics: unknown } {
  return {
    engine: prepareEngineInput(scenario),
    economics: evaluateEconomics(state(), economicsContext(scenario)),
  };
}

/** A value within the limits other than the default: an end of the plausible range, else a limit. */
function movedValue(spec: ParameterSpec): number | string {
  if (spec.kind === 'choice') return spec.choices.find((c) => c !== spec.defaultValue)!;
  return [spec.range[1], spec.range[0], spec.limits[1], spec.limits[0]].find((v) => v !== spec.defaultValue)!;
}

function withParameter(scenario: Scenario, key: string, value: number | string): Scenario {
  const checked = validateScenario({ ...scenario, parameters: { ...scenario.parameters, [key]: value } });
  if (!checked.ok) throw new Error(`${key} = ${value}: ${checked.problems[0]?.message}`);
  return checked.scenario;
}

/** Whether moving the parameter changes a result, under every capture mode (some rates apply to one mode). */
function changesAResult(spec: ParameterSpec): boolean {
  const value = movedValue(spec);
  const bases =
    spec.key === 'captureMode'
      ? [korea]
      : CAPTURE_MODES.map((mode) => withParameter(korea, 'captureMode', mode));
  return bases.some(
    (base) => !isDeepStrictEqual(results(base), results(withParameter(base, spec.key, value))),
  );
}

describe('every catalogue parameter is read', () => {
  for (const spec of allParameters) {
    const reason = NOT_READ[spec.key];
    if (reason === undefined) {
      it(`${spec.key} changes the engine's input or the appraisal when moved to ${String(movedValue(spec))}`, () => {
        expect(changesAResult(spec), `${spec.key} is read by nothing`).toBe(true);
      });
    } else {
      it(`${spec.key} changes nothing, knowingly: ${reason}`, () => {
        expect(changesAResult(spec), `${spec.key} is read now: take it off NOT_READ`).toBe(false);
      });
    }
  }

  it('lists only catalogue parameters as unread', () => {
    const keys = new Set(allParameters.map((s) => s.key));
    expect(Object.keys(NOT_READ).filter((k) => !keys.has(k))).toEqual([]);
  });
});
