import { useScenario } from '@/db';
import type { RolloutVariant } from '@/domain/presets/rollout-variants';
import type { Scenario } from '@/domain/scenario/scenario-schema';

import { PlannerScreen } from './planner-screen';

interface Props {
  /** The preset's scenario, shown when no saved scenario is asked for (or it is not in the store). */
  readonly preset: Scenario;
  readonly variant?: RolloutVariant;
  /** `#/planner?scenario=<id>`: the saved scenario to open instead of the preset. */
  readonly savedId?: string;
}

function SavedPlanner({ preset, variant, savedId }: Props & { readonly savedId: string }) {
  const row = useScenario(savedId);
  if (row === undefined)
    return (
      <p className="muted" role="status">
        Opening the saved scenario…
      </p>
    );
  if (row === null)
    return (
      <>
        <div role="alert" className="problems" data-testid="saved-scenario-missing">
          <p>
            Saved scenario “{savedId}” is not in this browser&apos;s store (deleted, or saved in another
            browser); showing the preset {preset.name}.
          </p>
        </div>
        <PlannerScreen scenario={preset} {...(variant === undefined ? {} : { variant })} />
      </>
    );
  return <PlannerScreen key={row.id} scenario={row.document} savedId={row.id} />;
}

/** The Planner on the preset, or on a saved scenario when the address names one. */
export function PlannerRoute({ preset, variant, savedId }: Props) {
  if (savedId === undefined)
    return <PlannerScreen scenario={preset} {...(variant === undefined ? {} : { variant })} />;
  return <SavedPlanner preset={preset} savedId={savedId} {...(variant === undefined ? {} : { variant })} />;
}
