/**
 * Which assumptions decide the sign of the NPV: each estimate (E) or recollection (R) among the economic
 * inputs is moved, one at a time, to both ends of its plausible range (the country's own range,
 * parameters/parameter-info.ts); an input decides the sign when an end of its range turns the NPV to the
 * other sign. The engine's inputs (workload, staffing, budget) are not moved here: they change the timeline
 * and need a re-run of the engine (the CLI's sensitivity does that).
 */
import type { PresetId } from '../presets/presets';
import type { Country } from '../scenario/scenario-schema';
import { parameterSpec } from '../parameters/parameter-catalogue';
import { parameterInfoFor, plausibleRangeOf } from '../parameters/parameter-info';
import type { NumericParameterSpec, SourceStatus } from '../parameters/parameter-spec';
import { formatNumber } from '../parameters/parameter-spec';
import type { Scenario } from '../scenario/scenario-schema';
import type { EconomicsContext, YearlyDigitization } from './economic-inputs';
import { ECONOMIC_KEYS, economicsContext } from './economic-inputs';
import { evaluateEconomics } from './evaluate';
import type { ExcludedParameter } from './tornado';
import { sensitivityParameters, tornado } from './tornado';
import { yearlyDigitization } from './yearly-state';

/** One input moved to both ends of its range. */
export interface SignInput {
  readonly key: string;
  readonly label: string;
  readonly status: SourceStatus;
  readonly unit: string;
  readonly value: number;
  readonly low: number;
  readonly high: number;
  readonly npvAtLow: number;
  readonly npvAtHigh: number;
  /** The ends at which the NPV has the other sign than at the base (empty: the sign holds). */
  readonly flipsAt: readonly ('low' | 'high')[];
}

export interface NpvSignReport {
  readonly npv: number;
  readonly sign: 'positive' | 'negative' | 'zero';
  /** Every input moved, largest NPV swing first. */
  readonly inputs: readonly SignInput[];
  /** The inputs that flip the sign at an end of their range, largest swing first. */
  readonly deciders: readonly SignInput[];
  /**
   * NPV with every moved input at the end of its range that takes the NPV furthest from its sign at the base
   * (all together): whether the assumptions jointly could change the sign.
   */
  readonly npvAllAgainst: number;
  /**
   * The fewest inputs, taken largest swing first, that change the sign when put together at their ends
   * against it (empty when even all of them do not).
   */
  readonly jointDeciders: readonly SignInput[];
  /** Left out: the calibrated minutes per visit of a calibrated (Korean) scenario. */
  readonly excluded: readonly ExcludedParameter[];
  /** A paragraph for the economics view. */
  readonly text: string;
}

const UNSURE: ReadonlySet<SourceStatus> = new Set(['E', 'R']);
const signOf = (v: number) => (v > 0 ? 'positive' : v < 0 ? 'negative' : 'zero');

function money(amount: number, currency: string): string {
  const sign = amount < 0 ? '−' : '';
  const bn = Math.abs(amount) / 1e9;
  const text = bn >= 1 ? `${formatNumber(Math.round(bn))} bn` : formatNumber(Math.round(Math.abs(amount)));
  return `${sign}${text} ${currency}`;
}

const STATUS_WORD: Readonly<Record<SourceStatus, string>> = {
  C: 'confirmed',
  'C~': 'weak source',
  R: 'recollection',
  E: 'estimate',
  U: 'unconfirmed',
};

/**
 * The sign report for any NPV function of the parameters.
 * @param base parameter values (each key moved must hold a number).
 * @param evaluateNpv pure NPV of a parameter record.
 * @param country whose statuses and plausible ranges apply.
 * @param currency for the text.
 * @param calibrated whether the scenario's minutes per visit are calibrated (Korea): then they are not moved.
 * @param keys inputs to consider (default: the economic model's inputs); only E and R ones are moved.
 */
export function npvSignReport(
  base: Readonly<Record<string, unknown>>,
  evaluateNpv: (parameters: Readonly<Record<string, unknown>>) => number,
  country: Country | PresetId,
  currency: string,
  calibrated: boolean,
  keys: readonly string[] = ECONOMIC_KEYS,
): NpvSignReport {
  const unsure = keys
    .map((key) => parameterSpec(key))
    .filter((spec): spec is NumericParameterSpec => spec?.kind === 'number')
    .filter((spec) => UNSURE.has(parameterInfoFor(country, spec.key)!.status));
  const { specs, excluded } = sensitivityParameters(unsure, base, calibrated);
  const t = tornado(base, evaluateNpv, specs, plausibleRangeOf(country));
  const sign = signOf(t.base);
  const inputs: SignInput[] = t.bars.map((bar) => {
    const info = parameterInfoFor(country, bar.key)!;
    const flipsAt = (['low', 'high'] as const).filter((end) => {
      const v = end === 'low' ? bar.atLow : bar.atHigh;
      return sign !== 'zero' && Number.isFinite(v) && signOf(v) !== sign && signOf(v) !== 'zero';
    });
    return {
      key: bar.key,
      label: bar.label,
      status: info.status,
      unit: info.unit,
      value: bar.baseValue,
      low: bar.low,
      high: bar.high,
      npvAtLow: bar.atLow,
      npvAtHigh: bar.atHigh,
      flipsAt,
    };
  });
  const deciders = inputs.filter((input) => input.flipsAt.length > 0);
  // Inputs at their ends against the base's sign, added largest swing first, until the sign changes.
  const against: Record<string, unknown> = { ...base };
  let jointDeciders: SignInput[] = [];
  let npvAllAgainst = t.base;
  inputs.forEach((input, i) => {
    const lowIsAgainst =
      sign === 'negative' ? input.npvAtLow > input.npvAtHigh : input.npvAtLow < input.npvAtHigh;
    against[input.key] = lowIsAgainst ? input.low : input.high;
    npvAllAgainst = evaluateNpv(against);
    if (jointDeciders.length === 0 && sign !== 'zero' && signOf(npvAllAgainst) !== sign)
      jointDeciders = inputs.slice(0, i + 1);
  });
  const text = describe(t.base, sign, deciders, inputs, jointDeciders, npvAllAgainst, currency);
  return { npv: t.base, sign, inputs, deciders, npvAllAgainst, jointDeciders, excluded, text };
}

function describe(
  npv: number,
  sign: NpvSignReport['sign'],
  deciders: readonly SignInput[],
  inputs: readonly SignInput[],
  jointDeciders: readonly SignInput[],
  npvAllAgainst: number,
  currency: string,
): string {
  const head = `The NPV is ${sign} at these assumptions (${money(npv, currency)}).`;
  const tail =
    ' Inputs of the conversion itself (workload, staffing, budget) change the timeline and are not moved here.';
  if (sign === 'zero') return head + tail;
  const other = sign === 'negative' ? 'positive' : 'negative';
  const end = sign === 'negative' ? 'favourable' : 'unfavourable';
  const n4 = (v: number) => formatNumber(Number(v.toPrecision(4)));
  const at = (d: SignInput, high: boolean) =>
    `${d.label.toLowerCase()} at ${n4(high ? d.high : d.low)} ${d.unit} (${STATUS_WORD[d.status]}; now ${n4(d.value)})`;
  const endIsHigh = (d: SignInput) =>
    sign === 'negative' ? d.npvAtHigh > d.npvAtLow : d.npvAtHigh < d.npvAtLow;
  const assumptions =
    ' Each of these is an estimate or a recollection: the sign rests on assumptions, not on confirmed figures.';
  if (deciders.length > 0) {
    const list = deciders.map((d) => at(d, d.flipsAt.includes('high'))).join('; ');
    return `${head} It turns ${other} when any one of these is moved to the ${end} end of its plausible range: ${list}.${assumptions}${tail}`;
  }
  const single = `${head} No single estimate or recollection, moved to the ${end} end of its plausible range, makes it ${other}.`;
  if (jointDeciders.length === 0) {
    return `${single} Even with all ${inputs.length} at their ${end} ends together it stays ${sign} (${money(npvAllAgainst, currency)}): the sign holds across their plausible ranges.${tail}`;
  }
  const list = jointDeciders.map((d) => at(d, endIsHigh(d))).join('; ');
  return `${single} It turns ${other} when the ${jointDeciders.length} with the largest effect are at their ${end} ends together: ${list}.${assumptions}${tail}`;
}

/**
 * The sign report of one run's appraisal: the run's yearly digitization state is held fixed and the
 * economic inputs are moved (no engine re-run). A KRW scenario is taken as calibrated (its minutes per visit
 * are not moved), as in the CLI's tornado.
 */
export function npvSignOfRun(
  state: YearlyDigitization,
  context: EconomicsContext,
  country: Country | PresetId,
): NpvSignReport {
  return npvSignReport(
    context.parameters,
    (parameters) => evaluateEconomics(state, { ...context, parameters }).npv,
    country,
    context.currency,
    context.currency === 'KRW',
  );
}

/**
 * The sign report of a scenario's run, from the same engine outputs as economicsOfRun.
 * @param goLiveMonth per office (scenario order), month index from the scenario start; negative = never.
 * @param monthlyCost national programme cost per simulated month, in the scenario currency.
 */
export function npvSignOfScenarioRun(
  scenario: Scenario,
  goLiveMonth: ArrayLike<number>,
  monthlyCost: ArrayLike<number>,
): NpvSignReport {
  const state = yearlyDigitization({
    startMonth: scenario.startMonth,
    officeRecords: scenario.offices.map((o) => o.records),
    goLiveMonth,
    monthlyCost,
  });
  return npvSignOfRun(state, economicsContext(scenario), scenario.country);
}
