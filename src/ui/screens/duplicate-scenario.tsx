import { useState } from 'react';

import { formatScenarioLocation } from '@/app/app-location';
import { duplicateIntoStore } from '@/app/scenario-editing';
import type { Scenario } from '@/domain/scenario/scenario-schema';

interface Props {
  readonly scenario: Scenario;
  /** Set when the scenario on screen is a saved one. */
  readonly savedId?: string;
}

const COUNTRY_WORDS: Readonly<Record<Scenario['country'], string>> = { KOR: 'Korea', UZB: 'Uzbekistan' };

/**
 * "Duplicate Korea" (a preset, with its rollout plan's values) or "Duplicate this scenario" (a saved one):
 * saves a copy named "Copy of …" and opens it in the Planner, where it can be edited.
 */
export function DuplicateScenario({ scenario, savedId }: Props) {
  const [state, setState] = useState<
    { kind: 'idle' } | { kind: 'saving' } | { kind: 'failed'; message: string }
  >({ kind: 'idle' });
  const label =
    savedId === undefined ? `Duplicate ${COUNTRY_WORDS[scenario.country]}` : 'Duplicate this scenario';
  const duplicate = () => {
    setState({ kind: 'saving' });
    void duplicateIntoStore(scenario, Date.now()).then((answer) => {
      if (answer.ok) {
        setState({ kind: 'idle' });
        window.location.hash = formatScenarioLocation(answer.id);
      } else {
        setState({ kind: 'failed', message: [answer.message, ...answer.problems].join('; ') });
      }
    });
  };
  return (
    <div className="duplicate-scenario">
      <button type="button" onClick={duplicate} disabled={state.kind === 'saving'} data-testid="duplicate">
        {label}
      </button>
      <span className="muted">
        {savedId === undefined
          ? 'Saves a copy of this preset, with the rollout plan’s values, to edit.'
          : 'Saves a copy of this scenario and opens it.'}
      </span>
      {state.kind === 'failed' && (
        <p role="alert" className="problems">
          Not duplicated: {state.message}
        </p>
      )}
    </div>
  );
}
