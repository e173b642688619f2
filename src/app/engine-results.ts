/**
 * What the screens read from the engine's results, without reaching into the engine (lint holds `ui → app →
 * workers`): the result types, the stage names and labels (declared in `workers/engine/stages.ts`) and the
 * national cost by month. Imports no engine code, only its result shape and stage list.
 */
import type { SimulationResult } from '../../workers/engine/engine-types';
import { METRIC, METRIC_COUNT } from '../../workers/engine/engine-types';

export type { SimulationResult, StageName } from '../../workers/engine/engine-types';
export { NEVER, STAGE_LABELS, STAGES } from '../../workers/engine/engine-types';

/** The programme's national cost in each month of the run, in the scenario's currency. */
export function nationalCostByMonth(result: SimulationResult): Float64Array {
  return Float64Array.from(
    { length: result.months },
    (_, m) => result.national[m * METRIC_COUNT + METRIC.cost] ?? 0,
  );
}
