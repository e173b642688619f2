/**
 * What the economic model reads: the engine's yearly digitization state, the scenario's scale (titles,
 * pages, centres) and the economic parameters, typed. Money is in the scenario's currency at constant
 * prices of `priceBaseYear`.
 */
import type { Currency, Scenario } from '../scenario/scenario-schema';
import type { PriceSetting } from './prices';
import { priceSetting } from './prices';

/** The engine's outcome, one entry per calendar year simulated (all arrays the same length). */
export interface YearlyDigitization {
  /** Calendar years, consecutive and increasing, e.g. [1993, 1994, …]. */
  readonly years: readonly number[];
  /** Share (0–1) of all records whose office is live at the end of the year; non-decreasing. */
  readonly digitizedShare: readonly number[];
  /** Digitization programme cost in the year (staff + equipment, from the engine), scenario currency. */
  readonly programmeCost: readonly number[];
}

/** Size of the registry, from the scenario. */
export interface EconomicsScale {
  /** Titles (records) in the registry: the fraud exposure. */
  readonly titles: number;
  readonly pages: number;
  readonly centralCentres: number;
  readonly regionalCentres: number;
}

/** Everything besides the yearly state that the model reads from a scenario. */
export interface EconomicsContext {
  /** Scenario parameter values keyed by catalogue key (`scenario.parameters`). */
  readonly parameters: Readonly<Record<string, unknown>>;
  readonly currency: Currency;
  readonly scale: EconomicsScale;
  /** Price years of the money parameters and the CPI that re-bases them (prices.ts; from the country). */
  readonly prices: PriceSetting;
}

/** Parameter keys the economic model reads (all numeric catalogue entries). */
export const ECONOMIC_KEYS = [
  'registrationsPerYear',
  'certificatesPerYear',
  'matureOnlineIssuanceShare',
  'matureOnlineFilingShare',
  'adoptionYearsToMature',
  'onlineServicesFromYear',
  'onlineCertificateSubstitution',
  'requestsPerCounterVisit',
  'counterFee',
  'onlineFee',
  'minutesSavedPerVisit',
  'valueOfTimePerHour',
  'travelCostPerVisit',
  'staffMinutesPerCounterRequest',
  'registryStaffCostPerHour',
  'fraudAttemptsPerMillionTitles',
  'lossPerFraud',
  'detectionPaper',
  'detectionDigital',
  'detectionDigitalAlerts',
  'alertAdoption',
  'centralCentreCost',
  'regionalCentreCost',
  'centreOperationsShare',
  'discountRate',
  'priceBaseYear',
  'inflationRate',
] as const;

/** A parameter key the economic model reads. */
export type EconomicKey = (typeof ECONOMIC_KEYS)[number];

/** The economic parameters as numbers; units are those of the catalogue (economic-parameters.ts). */
export type EconomicParameters = Readonly<Record<EconomicKey, number>>;

/**
 * Reads the economic parameters from a scenario's parameter record.
 * @throws Error naming the key when one is missing or not a finite number (a validated scenario has them all).
 */
export function readEconomicParameters(values: Readonly<Record<string, unknown>>): EconomicParameters {
  const out = {} as Record<EconomicKey, number>;
  for (const key of ECONOMIC_KEYS) {
    const value = values[key];
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      throw new Error(`economic parameter ${key} is missing or not a finite number`);
    }
    out[key] = value;
  }
  return out;
}

/** Titles, pages and centre counts of a scenario. */
export function economicsScale(scenario: Scenario): EconomicsScale {
  let titles = 0;
  let pages = 0;
  for (const office of scenario.offices) {
    titles += office.records;
    pages += office.pages;
  }
  const centralCentres = scenario.centres.filter((c) => c.kind === 'central').length;
  return { titles, pages, centralCentres, regionalCentres: scenario.centres.length - centralCentres };
}

/** The context of a validated scenario: its parameters, currency, scale and its country's price setting. */
export function economicsContext(scenario: Scenario): EconomicsContext {
  return {
    parameters: scenario.parameters,
    currency: scenario.currency,
    scale: economicsScale(scenario),
    prices: priceSetting(scenario.country),
  };
}

/**
 * Checks a yearly state: equal lengths, consecutive years, shares in [0, 1] and non-decreasing (a tolerance
 * of 1e-9 absorbs rounding), finite non-negative costs.
 * @throws RangeError describing the first problem.
 */
export function checkYearlyDigitization(state: YearlyDigitization): void {
  const { years, digitizedShare, programmeCost } = state;
  const n = years.length;
  if (digitizedShare.length !== n || programmeCost.length !== n) {
    throw new RangeError('years, digitizedShare and programmeCost must have the same length');
  }
  for (let j = 0; j < n; j++) {
    const share = digitizedShare[j]!;
    const cost = programmeCost[j]!;
    if (j > 0 && years[j] !== years[j - 1]! + 1)
      throw new RangeError(`year ${years[j]} does not follow ${years[j - 1]}`);
    if (!(share >= 0 && share <= 1)) throw new RangeError(`digitizedShare[${j}] = ${share} is not in 0–1`);
    if (j > 0 && share < digitizedShare[j - 1]! - 1e-9)
      throw new RangeError(`digitizedShare falls in ${years[j]}`);
    if (!(cost >= 0 && Number.isFinite(cost)))
      throw new RangeError(`programmeCost[${j}] = ${cost} is not ≥ 0`);
  }
}
