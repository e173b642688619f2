/**
 * Social savings of a computerized registry, per year, from first principles (amounts in the scenario's
 * currency at constant prices):
 *
 * - Counter requests replaced R = certificates × mature online share × substitution × A
 *                                 + filings × mature e-filing share × A,
 *   where A is the adoption-weighted live share (adoption.ts; no adoption before online services exist).
 *   Visits avoided V = R / requests per visit.
 * - Citizen time = V × minutes saved / 60 × value of time; travel = V × travel cost per visit.
 * - Registry staff time = R × staff minutes per request / 60 × staff cost per hour.
 * - Fraud losses avoided = titles × L × attempts per 1 M / 1e6 × loss per fraud × max(0, d − paper), with
 *   L the live share and d = digital + alert enrolment × max(0, alerts − digital) the digital detection.
 *
 * Fee differences (counter fee − online fee) × replaced certificate requests move money from the registry
 * to its users: a transfer, not a saving for society. It is reported as `feeTransferToUsers` and left out of
 * `total`. Every component is ≥ 0 for parameters within the catalogue limits.
 */
import { adoptedShare, liveShareAtStart } from './adoption';
import type { EconomicParameters, YearlyDigitization } from './economic-inputs';

/** Savings of one year (or of a steady state), scenario currency per year. */
export interface SavingsBreakdown {
  readonly citizenTime: number;
  readonly travel: number;
  readonly staffTime: number;
  readonly fraud: number;
  /** citizenTime + travel + staffTime + fraud; the social saving. */
  readonly total: number;
  /** Fees users no longer pay to the registry (negative if online costs more). Not part of `total`. */
  readonly feeTransferToUsers: number;
  readonly counterRequestsReplaced: number;
  readonly visitsAvoided: number;
  /** Frauds stopped that a paper registry would have let through, per year. */
  readonly fraudsPrevented: number;
}

/** Citizen time and travel saved per avoided visit, currency/visit. */
export function savingPerVisit(p: EconomicParameters): number {
  return (p.minutesSavedPerVisit / 60) * p.valueOfTimePerHour + p.travelCostPerVisit;
}

/** Detection probability of the digital registry with owner alerts, never below the paper registry's. */
export function digitalDetection(p: EconomicParameters): number {
  const alerts = p.alertAdoption * Math.max(0, p.detectionDigitalAlerts - p.detectionDigital);
  return Math.max(p.detectionPaper, p.detectionDigital + alerts);
}

/**
 * Savings for a given adoption-weighted share A and live share L (both 0–1).
 * @param titles titles in the registry (fraud exposure).
 */
export function savingsFor(
  p: EconomicParameters,
  titles: number,
  adopted: number,
  live: number,
): SavingsBreakdown {
  const certificatesReplaced =
    p.certificatesPerYear * p.matureOnlineIssuanceShare * p.onlineCertificateSubstitution * adopted;
  const filingsOnline = p.registrationsPerYear * p.matureOnlineFilingShare * adopted;
  const counterRequestsReplaced = certificatesReplaced + filingsOnline;
  const visitsAvoided = counterRequestsReplaced / p.requestsPerCounterVisit;
  const citizenTime = visitsAvoided * (p.minutesSavedPerVisit / 60) * p.valueOfTimePerHour;
  const travel = visitsAvoided * p.travelCostPerVisit;
  const staffTime =
    counterRequestsReplaced * (p.staffMinutesPerCounterRequest / 60) * p.registryStaffCostPerHour;
  const attempts = (titles * live * p.fraudAttemptsPerMillionTitles) / 1_000_000;
  const fraudsPrevented = attempts * (digitalDetection(p) - p.detectionPaper);
  const fraud = fraudsPrevented * p.lossPerFraud;
  return {
    citizenTime,
    travel,
    staffTime,
    fraud,
    total: citizenTime + travel + staffTime + fraud,
    feeTransferToUsers: certificatesReplaced * (p.counterFee - p.onlineFee),
    counterRequestsReplaced,
    visitsAvoided,
    fraudsPrevented,
  };
}

/** Steady state: the whole registry live and online use at its mature share. */
export function savingsAtMaturity(p: EconomicParameters, titles: number): SavingsBreakdown {
  return savingsFor(p, titles, 1, 1);
}

/**
 * Savings of every simulated year (index j ↔ years[j]). Online adoption starts no earlier than
 * `onlineServicesFromYear` (adoption.ts).
 */
export function yearlySavings(
  state: Pick<YearlyDigitization, 'years' | 'digitizedShare'>,
  p: EconomicParameters,
  titles: number,
): SavingsBreakdown[] {
  const firstYear = state.years[0] ?? p.onlineServicesFromYear;
  const adopted = adoptedShare(
    state.digitizedShare,
    p.adoptionYearsToMature,
    p.onlineServicesFromYear - firstYear,
  );
  const live = liveShareAtStart(state.digitizedShare);
  return adopted.map((a, j) => savingsFor(p, titles, a, live[j]!));
}
