import { useMemo } from 'react';

import type { NpvSignReport, SignInput } from '@/domain/economics';
import { npvSignOfScenarioRun } from '@/domain/economics';
import { parameterInfoFor } from '@/domain/parameters/parameter-info';
import type { Scenario } from '@/domain/scenario/scenario-schema';

import { SourceBadge } from '../components/source-badge';
import './economics-notes.css';

interface Props {
  readonly scenario: Scenario;
  /** Go-live month per office (scenario order), negative = never. */
  readonly goLiveMonth: ArrayLike<number>;
  /** National programme cost per simulated month, scenario currency. */
  readonly monthlyCost: ArrayLike<number>;
}

type Report = { readonly ok: true; readonly value: NpvSignReport } | { readonly ok: false };

/** The deciding inputs and how they decide: alone (any one of them) or together. */
function decidingInputs(report: NpvSignReport): {
  readonly lead: string;
  readonly inputs: readonly SignInput[];
} {
  if (report.deciders.length > 0)
    return {
      lead: 'Any one of these, at an end of its plausible range, changes the sign:',
      inputs: report.deciders,
    };
  if (report.jointDeciders.length > 0)
    return { lead: 'These together, at their ends, change the sign:', inputs: report.jointDeciders };
  return { lead: '', inputs: [] };
}

/**
 * "What decides the NPV's sign": the estimates and recollections among the economic inputs that turn the NPV
 * to the other sign at an end of their plausible ranges (alone or together), each with its status and sources.
 */
export function NpvSign({ scenario, goLiveMonth, monthlyCost }: Props) {
  const report = useMemo<Report>(() => {
    try {
      return { ok: true, value: npvSignOfScenarioRun(scenario, goLiveMonth, monthlyCost) };
    } catch {
      return { ok: false };
    }
  }, [scenario, goLiveMonth, monthlyCost]);
  if (!report.ok) return null;
  const { lead, inputs } = decidingInputs(report.value);
  return (
    <div className="econ-npv-sign" data-testid="econ-npv-sign">
      <h4>What decides the NPV’s sign</h4>
      <p data-testid="econ-npv-sign-text">{report.value.text}</p>
      {inputs.length > 0 && (
        <>
          <p>{lead}</p>
          <ul data-testid="econ-npv-sign-inputs">
            {inputs.map((input) => {
              const info = parameterInfoFor(scenario.country, input.key);
              return (
                <li key={input.key} data-status={input.status}>
                  {input.label}{' '}
                  <SourceBadge status={input.status} sources={info?.sources ?? []} basis={info?.basis} />
                </li>
              );
            })}
          </ul>
        </>
      )}
    </div>
  );
}
