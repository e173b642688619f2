/**
 * Yearly costs of the programme, scenario currency at constant prices:
 * - programme: digitization staff and equipment, from the engine (per year);
 * - centre capital: central and regional data centres, spent in the first simulated year;
 * - operations: centre capital × yearly operations share, from the second simulated year on (maintenance,
 *   power, IT staff, hardware renewal; it also runs the online services).
 */
import type { EconomicParameters, EconomicsScale, YearlyDigitization } from './economic-inputs';

/** Costs per simulated year, scenario currency at constant prices; every entry ≥ 0. */
export interface YearlyCosts {
  readonly programme: readonly number[];
  readonly centreCapital: readonly number[];
  readonly operations: readonly number[];
  /** programme + centreCapital + operations, per year. */
  readonly total: readonly number[];
}

/** Capital cost of all data centres, scenario currency. */
export function centreCapitalCost(p: EconomicParameters, scale: EconomicsScale): number {
  return p.centralCentreCost * scale.centralCentres + p.regionalCentreCost * scale.regionalCentres;
}

/** Costs of every simulated year (index j ↔ years[j]); all entries ≥ 0. */
export function yearlyCosts(
  state: Pick<YearlyDigitization, 'programmeCost'>,
  p: EconomicParameters,
  scale: EconomicsScale,
): YearlyCosts {
  const capital = centreCapitalCost(p, scale);
  const programme = [...state.programmeCost];
  const centreCapital = programme.map((_, j) => (j === 0 ? capital : 0));
  const operations = programme.map((_, j) => (j === 0 ? 0 : capital * p.centreOperationsShare));
  const total = programme.map((c, j) => c + centreCapital[j]! + operations[j]!);
  return { programme, centreCapital, operations, total };
}
