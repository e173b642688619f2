/**
 * One-at-a-time sensitivity (tornado): each parameter is moved to the low and then the high end of its
 * plausible range, all others held at the base, and the output is recomputed. Generic: the caller supplies
 * `evaluate(parameters) → number` (NPV, national completion month, savings at maturity, …).
 */
import type { NumericParameterSpec } from '../parameters/parameter-spec';
import { CALIBRATED_PARAMETER, describeSolvedValue } from './calibration';

/** One parameter of the tornado: its two ends and the output at each. */
export interface TornadoBar {
  readonly key: string;
  readonly label: string;
  readonly unit: string;
  readonly baseValue: number;
  /** Parameter value at the low / high end. */
  readonly low: number;
  readonly high: number;
  /** Output with the parameter at its low / high end. */
  readonly atLow: number;
  readonly atHigh: number;
  /** |atHigh − atLow|; NaN when an output is not finite. */
  readonly swing: number;
}

/** A tornado: the base output and the bars. */
export interface Tornado {
  /** Output at the base parameters. */
  readonly base: number;
  /** Sorted by swing, largest first (ties by key; non-finite swings last). */
  readonly bars: readonly TornadoBar[];
}

/** Low and high value of a parameter for the tornado, given its base value. */
export type RangeOf = (spec: NumericParameterSpec, baseValue: number) => readonly [number, number];

/** The catalogue's plausible range, as it stands. */
export const catalogueRange: RangeOf = (spec) => spec.range;

/**
 * The catalogue's range scaled to the scenario: for money parameters (unit mentions "currency"), and for any
 * parameter whose value lies outside the catalogue range (e.g. Uzbek volumes), the range is taken relative to
 * the catalogue default, [value × low / default, value × high / default], clamped to the limits. Otherwise
 * the catalogue range. Use it when the scenario is not in the catalogue's (Korean, KRW) units.
 */
export const scaledRange: RangeOf = (spec, baseValue) => {
  const [low, high] = spec.range;
  const inside = baseValue >= low && baseValue <= high;
  if ((inside && !spec.unit.includes('currency')) || spec.defaultValue === 0) return spec.range;
  const clamp = (v: number) => {
    const c = Math.min(spec.limits[1], Math.max(spec.limits[0], v));
    return spec.integer ? Math.round(c) : c;
  };
  const factor = baseValue / spec.defaultValue;
  return [clamp(low * factor), clamp(high * factor)];
};

/**
 * Builds a tornado.
 * @param base parameter values (e.g. `scenario.parameters`); each spec's key must hold a number.
 * @param evaluate pure function of the parameters; called 2 × specs.length + 1 times.
 * @param specs parameters to move (e.g. `economicParameters`, or any catalogue entries).
 * @param rangeOf where the low and high ends lie (default: the catalogue range).
 */
export function tornado(
  base: Readonly<Record<string, unknown>>,
  evaluate: (parameters: Readonly<Record<string, unknown>>) => number,
  specs: readonly NumericParameterSpec[],
  rangeOf: RangeOf = catalogueRange,
): Tornado {
  const bars = specs.map((spec): TornadoBar => {
    const baseValue = base[spec.key];
    if (typeof baseValue !== 'number') throw new Error(`parameter ${spec.key} has no numeric base value`);
    const [low, high] = rangeOf(spec, baseValue);
    const atLow = evaluate({ ...base, [spec.key]: low });
    const atHigh = evaluate({ ...base, [spec.key]: high });
    const swing = Number.isFinite(atLow) && Number.isFinite(atHigh) ? Math.abs(atHigh - atLow) : Number.NaN;
    return { key: spec.key, label: spec.label, unit: spec.unit, baseValue, low, high, atLow, atHigh, swing };
  });
  const rank = (bar: TornadoBar) => (Number.isNaN(bar.swing) ? -1 : bar.swing);
  bars.sort((a, b) => rank(b) - rank(a) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { base: evaluate(base), bars };
}

/** A parameter left out of a tornado, and why. */
export interface ExcludedParameter {
  readonly key: string;
  readonly reason: string;
}

/**
 * The parameters a tornado should move. In a calibrated scenario (Korea: savings at maturity solved to the
 * seed's "more than 300 bn KRW a year") the calibrated minutes per visit are left out: they are solved from
 * the other inputs, so moving them alone would move the calibration target, and the solved value sits at the
 * floor of its range (a one-sided bar). Its place in the range is given in the reason.
 * @param base parameter values (the calibrated one is read for the reason's text).
 * @param calibrated whether the scenario uses the calibrated value (Korean, KRW scenarios).
 */
export function sensitivityParameters(
  specs: readonly NumericParameterSpec[],
  base: Readonly<Record<string, unknown>>,
  calibrated: boolean,
): { readonly specs: readonly NumericParameterSpec[]; readonly excluded: readonly ExcludedParameter[] } {
  const calibratedSpec = specs.find((spec) => spec.key === CALIBRATED_PARAMETER);
  if (!calibrated || !calibratedSpec) return { specs, excluded: [] };
  const value = base[CALIBRATED_PARAMETER];
  const solved =
    typeof value === 'number' ? `${describeSolvedValue(value, calibratedSpec.range)}; ` : 'solved; ';
  return {
    specs: specs.filter((spec) => spec !== calibratedSpec),
    excluded: [
      {
        key: CALIBRATED_PARAMETER,
        reason: `calibrated to the seed’s “more than 300 bn KRW a year” (${solved}moving it alone would move the calibration target)`,
      },
    ],
  };
}
