/** Staff per office as the engine sizes it, for the office detail (compiles the scenario: import lazily). */
import type { Scenario } from '@/domain/scenario/scenario-schema';

import { prepareEngineInput } from '../../workers/engine/engine-input';

/** FTE per office: the parameters describe an average office, scaled by its pages. */
export function officeStaffFte(scenario: Scenario): Float64Array | null {
  const perFte = Number(scenario.parameters.staffCostPerFteMonth);
  if (!(perFte > 0)) return null;
  return Float64Array.from(prepareEngineInput(scenario).officeStaffCost, (c) => c / perFte);
}
