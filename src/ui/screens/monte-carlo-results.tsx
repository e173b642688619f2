import type { MonteCarloOutcome } from '@/app/engine-client';
import type { Scenario } from '@/domain/scenario/scenario-schema';

import { HistoricalCompletion, PlanLabel, ProgrammeCostBesideBudget } from '../components/rollout-plan';
import { RebasedCostRow, TotalCostHeading } from '../economics/programme-cost-prices';
import { formatInteger } from '../format';
import { describeRun, formatRunMonth } from './run-format';

interface Props {
  readonly scenario: Scenario;
  readonly outcome: MonteCarloOutcome;
}

/** P10/P50/P90 of national completion and total cost over the replications. */
export function MonteCarloResults({ scenario, outcome }: Props) {
  const { summary, firstMonth } = outcome;
  const { completionMonth, cost } = summary;
  return (
    <section aria-labelledby="mc-result-title" data-testid="mc-result">
      <h3 id="mc-result-title">Monte Carlo result</h3>
      <PlanLabel scenario={scenario} />
      <p className="muted">
        {formatInteger(summary.replications)} replications. {describeRun(outcome.request, outcome.workers)}{' '}
        P10 means one replication in ten finished earlier (or cost less); P90, nine in ten.
      </p>
      <table className="data-table mc-bands" data-testid="mc-bands">
        <thead>
          <tr>
            <th scope="col">Outcome</th>
            <th scope="col" className="num">
              P10
            </th>
            <th scope="col" className="num">
              P50
            </th>
            <th scope="col" className="num">
              P90
            </th>
          </tr>
        </thead>
        <tbody>
          <tr data-testid="mc-completion">
            <th scope="row">National completion</th>
            <td className="num">{formatRunMonth(firstMonth, completionMonth.p10)}</td>
            <td className="num">{formatRunMonth(firstMonth, completionMonth.p50)}</td>
            <td className="num">{formatRunMonth(firstMonth, completionMonth.p90)}</td>
          </tr>
          {scenario.country === 'KOR' && (
            <tr data-testid="mc-historical-completion">
              <th scope="row">Beside history</th>
              <td colSpan={3}>
                <HistoricalCompletion scenario={scenario} />
              </td>
            </tr>
          )}
          <tr data-testid="mc-cost">
            <th scope="row">
              <TotalCostHeading scenario={scenario} />
            </th>
            <td className="num">{formatInteger(cost.p10)}</td>
            <td className="num">{formatInteger(cost.p50)}</td>
            <td className="num">{formatInteger(cost.p90)}</td>
          </tr>
          <RebasedCostRow scenario={scenario} cost={cost} />
        </tbody>
      </table>
      {scenario.rollout.variant?.id === 'historical' && (
        <ProgrammeCostBesideBudget scenario={scenario} conversion={cost.p50} what="P50 of the replications" />
      )}
    </section>
  );
}
