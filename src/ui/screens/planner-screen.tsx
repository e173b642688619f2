import { choiceLabel, unitText } from '@/domain/display-labels';
import { allParameters } from '@/domain/parameters/parameter-catalogue';
import type { Scenario } from '@/domain/scenario/scenario-schema';

import { SourceBadge } from '../components/source-badge';
import { formatFigureValue } from '../format';
import { RunPanel } from './run-panel';

interface Props {
  readonly scenario: Scenario;
}

/** A run panel over the scenario's parameters (unit, allowed limits, plausible range, source). Editing comes later. */
export function PlannerScreen({ scenario }: Props) {
  const values = scenario.parameters as Record<string, unknown>;
  return (
    <section className="screen" aria-labelledby="screen-title">
      <h1 id="screen-title">Planner</h1>
      <p>
        Scenario <strong>{scenario.name}</strong>: {scenario.offices.length} offices,{' '}
        {scenario.centres.length} data centres, {scenario.rollout.waves.length} waves, from{' '}
        {scenario.startMonth} over {scenario.horizonMonths} months. Money is in {scenario.currency}.
      </p>
      <p className="muted">Editing the parameters arrives later; runs use the preset as shown below.</p>
      {/* Keyed by scenario: switching preset unmounts the panel, which cancels a run in progress. */}
      <RunPanel key={scenario.id} scenario={scenario} />
      <table className="data-table" data-testid="parameters">
        <caption>Model parameters</caption>
        <thead>
          <tr>
            <th scope="col">Parameter</th>
            <th scope="col">Value</th>
            <th scope="col">Unit</th>
            <th scope="col">Allowed</th>
            <th scope="col">Plausible range</th>
            <th scope="col">Source</th>
          </tr>
        </thead>
        <tbody>
          {allParameters.map((spec) => (
            <tr key={spec.key} data-parameter={spec.key}>
              <th scope="row">{spec.label}</th>
              <td className="num">
                {spec.kind === 'number'
                  ? formatFigureValue(values[spec.key], spec.unit)
                  : choiceLabel(String(values[spec.key]))}
              </td>
              <td>{unitText(spec.unit, undefined, scenario.currency)}</td>
              <td>
                {spec.kind === 'number'
                  ? `${formatFigureValue(spec.limits[0], spec.unit)}–${formatFigureValue(spec.limits[1], spec.unit)}`
                  : spec.choices.map(choiceLabel).join(', ')}
              </td>
              <td>
                {spec.kind === 'number'
                  ? `${formatFigureValue(spec.range[0], spec.unit)}–${formatFigureValue(spec.range[1], spec.unit)}`
                  : ''}
              </td>
              <td>
                <SourceBadge status={spec.status} sources={spec.sources} basis={spec.basis} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
