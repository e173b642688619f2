import type { RolloutVariant } from '@/domain/presets/rollout-variants';
import type { Scenario } from '@/domain/scenario/scenario-schema';

import { CalibratedInputs, PlanLabel } from '../components/rollout-plan';
import { DuplicateScenario } from './duplicate-scenario';
import { ParameterTable } from './parameter-table';
import { RunPanel } from './run-panel';
import { ScenarioEditor } from './scenario-editor';
import { ScenarioFilesPanel, useScenarioImport } from './scenario-files-panel';

interface Props {
  readonly scenario: Scenario;
  /** The rollout plan the scenario was built from (its calibrated inputs are shown above the run panel). */
  readonly variant?: RolloutVariant;
  /** The row id when the scenario is a saved one (`#/planner?scenario=<id>`) rather than a preset. */
  readonly savedId?: string;
}

/**
 * A run panel over the scenario's parameters (unit, allowed limits, plausible range, source): read-only for a
 * preset (duplicate it to edit), editable for a saved scenario (ScenarioEditor).
 */
export function PlannerScreen({ scenario, variant, savedId }: Props) {
  const importer = useScenarioImport();
  return (
    <section className="screen" aria-labelledby="screen-title" {...importer.dropTarget}>
      <h1 id="screen-title">Planner</h1>
      <p>
        Scenario <strong>{scenario.name}</strong>: {scenario.offices.length} offices,{' '}
        {scenario.centres.length} data centres, {scenario.rollout.waves.length} waves, from{' '}
        {scenario.startMonth} over {scenario.horizonMonths} months. Money is in {scenario.currency}.
      </p>
      <PlanLabel scenario={scenario} />
      <p className="muted" data-testid="planner-source">
        {savedId === undefined
          ? 'Editing the parameters needs a copy: duplicate the preset; runs use the preset as shown below.'
          : 'A saved scenario (My scenarios, below): edits below are saved as you make them, and runs use them.'}
      </p>
      <DuplicateScenario scenario={scenario} {...(savedId === undefined ? {} : { savedId })} />
      {variant && <CalibratedInputs variant={variant} currency={scenario.currency} />}
      <ScenarioFilesPanel
        scenario={scenario}
        importer={importer}
        {...(savedId === undefined ? {} : { savedId })}
      />
      {/* Keyed by scenario. The run and its result live in the app's run session: leaving the screen keeps
          them, and switching preset while a run is going asks first (src/ui/app.tsx). */}
      <RunPanel
        key={savedId ?? scenario.id}
        scenario={scenario}
        {...(savedId === undefined ? {} : { savedId })}
      />
      {savedId === undefined ? (
        <ParameterTable scenario={scenario} />
      ) : (
        <ScenarioEditor scenario={scenario} savedId={savedId} />
      )}
    </section>
  );
}
