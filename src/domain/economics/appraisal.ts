/**
 * Discounting and the summary figures of a cost-benefit appraisal. Flows are yearly; each year's flow
 * falls at the END of that year and is discounted to the START of the first simulated year:
 * PV = Σ_j flow_j / (1 + r)^(j + 1). Values are real (constant prices) and r is a real rate.
 */

/** Discount factors 1 / (1 + r)^(j + 1) for j = 0 … years − 1. */
export function discountFactors(years: number, rate: number): number[] {
  if (!(rate > -1)) throw new RangeError(`discount rate must be > −1, got ${rate}`);
  return Array.from({ length: years }, (_, j) => Math.pow(1 + rate, -(j + 1)));
}

/** Present value at the start of the first year of end-of-year flows. */
export function presentValue(flows: readonly number[], rate: number): number {
  const factors = discountFactors(flows.length, rate);
  return flows.reduce((sum, flow, j) => sum + flow * factors[j]!, 0);
}

/** Running sums: out[j] = flows[0] + … + flows[j]. */
export function cumulative(flows: readonly number[]): number[] {
  let sum = 0;
  return flows.map((flow) => (sum += flow));
}

/**
 * First calendar year in which the cumulative net benefit is ≥ 0 once some cost has been spent, or null if
 * that never happens within the years given.
 * @param benefits,costs yearly flows (same length as years), undiscounted or discounted alike.
 */
export function paybackYear(
  years: readonly number[],
  benefits: readonly number[],
  costs: readonly number[],
): number | null {
  let net = 0;
  let spent = 0;
  for (let j = 0; j < years.length; j++) {
    net += benefits[j]! - costs[j]!;
    spent += costs[j]!;
    if (spent > 0 && net >= 0) return years[j]!;
  }
  return null;
}

/** PV of benefits / PV of costs, or null when the costs' PV is 0. */
export function benefitCostRatio(pvBenefits: number, pvCosts: number): number | null {
  return pvCosts > 0 ? pvBenefits / pvCosts : null;
}
