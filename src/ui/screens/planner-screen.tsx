import type { RolloutVariant } from '@/domain/presets/rollout-variants';
import type { Scenario } from '@/domain/scenario/scenario-schema';

import { CalibratedInputs, PlanLabel } from '../components/rollout-plan';
import { ParameterTable } from './parameter-table';
import { RunPanel } from './run-panel';

interface Props {
  readonly scenario: Scenario;
  /** The rollout plan the scenario was built from (its calibrated inputs are shown above the run panel). */
  readonly variant?: RolloutVariant;
}

/** A run panel over the scenario's parameters (unit, allowed limits, plausible range, source). Editing comes later. */
export function PlannerScreen({ scenario, variant }: Props) {
  return (
    <section className="screen" aria-labelledby="screen-title">
      <h1 id="screen-title">Planner</h1>
      <p>
        Scenario <strong>{scenario.name}</strong>: {scenario.offices.length} offices,{' '}
        {scenario.centres.length} data centres, {scenario.rollout.waves.length} waves, from{' '}
        {scenario.startMonth} over {scenario.horizonMonths} months. Money is in {scenario.currency}.
      </p>
      <PlanLabel scenario={scenario} />
      <p className="muted">Editing the parameters arrives later; runs use the preset as shown below.</p>
      {variant && <CalibratedInputs variant={variant} currency={scenario.currency} />}
      {/* Keyed by scenario. The run and its result live in the app's run session: leaving the screen keeps
          them, and switching preset while a run is going asks first (src/ui/app.tsx). */}
      <RunPanel key={scenario.id} scenario={scenario} />
      <ParameterTable scenario={scenario} />
    </section>
  );
}
