/**
 * The appraisal of one simulation run, computed the same way wherever a run ends (the app's results view
 * and the CLI's JSON), so the two always show the same figures for the same scenario and seed.
 */
import type { Scenario } from '../scenario/scenario-schema';
import { economicsContext } from './economic-inputs';
import type { EconomicsResult } from './evaluate';
import { evaluateEconomics } from './evaluate';
import { yearlyDigitization } from './yearly-state';

/**
 * @param goLiveMonth - per office (scenario order), month index from the scenario start; negative = never
 * @param monthlyCost - national programme cost per simulated month, in the scenario currency
 */
export function economicsOfRun(
  scenario: Scenario,
  goLiveMonth: ArrayLike<number>,
  monthlyCost: ArrayLike<number>,
): EconomicsResult {
  const state = yearlyDigitization({
    startMonth: scenario.startMonth,
    officeRecords: scenario.offices.map((o) => o.records),
    goLiveMonth,
    monthlyCost,
  });
  return evaluateEconomics(state, economicsContext(scenario));
}
