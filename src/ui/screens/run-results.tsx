import { useMemo } from 'react';

import type { SingleRunOutcome } from '@/app/engine-client';
import { STAGES } from '@/app/engine-client';
import type { Scenario } from '@/domain/scenario/scenario-schema';

import {
  HistoricalCompletion,
  OfficesLiveBesideHistory,
  PlanLabel,
  ProgrammeCostBesideBudget,
} from '../components/rollout-plan';
import { RebasedCost, TotalCostHeading } from '../economics/programme-cost-prices';
import { formatInteger } from '../format';
import { EconomicsView } from './economics-view';
import { OfficeGoLiveTable } from './office-go-live-table';
import { describeRun, formatRunMonth, STAGE_LABELS } from './run-format';

interface Props {
  readonly scenario: Scenario;
  readonly outcome: SingleRunOutcome;
}

/** One run's national figures, bottleneck stages, go-live month per office, then its economics. */
export function RunResults({ scenario, outcome }: Props) {
  const { result, firstMonth } = outcome;
  const bottlenecks = useMemo(() => {
    const counts = new Array<number>(STAGES.length).fill(0);
    for (const stage of result.bottleneckStage) counts[stage] = (counts[stage] ?? 0) + 1;
    return STAGES.map((name, s) => ({ name, offices: counts[s] ?? 0 })).filter((b) => b.offices > 0);
  }, [result]);
  const unfinished = result.totals.records - outcome.recordsCompleted;

  return (
    <>
      <section aria-labelledby="run-result-title" data-testid="run-result">
        <h3 id="run-result-title">Result</h3>
        <PlanLabel scenario={scenario} />
        <p className="muted">{describeRun(outcome.request, outcome.workers)}</p>
        <dl className="result-grid">
          <div>
            <dt>Records completed</dt>
            <dd data-testid="result-records">{formatInteger(outcome.recordsCompleted)}</dd>
            {unfinished > 0.5 && (
              <dd className="muted">{formatInteger(unfinished)} not within the horizon</dd>
            )}
          </div>
          <div>
            <dt>Pages scanned</dt>
            <dd data-testid="result-pages">{formatInteger(outcome.pagesScanned)}</dd>
          </div>
          <div>
            <dt>National completion</dt>
            <dd data-testid="result-completion">{formatRunMonth(firstMonth, result.completionMonth)}</dd>
            {scenario.country === 'KOR' && (
              <dd>
                <HistoricalCompletion scenario={scenario} />
              </dd>
            )}
          </div>
          <div>
            <dt>
              <TotalCostHeading scenario={scenario} />
            </dt>
            <dd data-testid="result-cost">{formatInteger(result.totals.cost)}</dd>
            <RebasedCost scenario={scenario} cost={result.totals.cost} />
          </div>
          <div>
            <dt>Records reworked</dt>
            <dd data-testid="result-reworked">{formatInteger(result.totals.recordsReworked)}</dd>
          </div>
        </dl>
        <OfficesLiveBesideHistory
          scenario={scenario}
          goLiveMonth={result.goLiveMonth}
          firstMonth={firstMonth}
        />
        {scenario.rollout.variant?.id === 'historical' && (
          <ProgrammeCostBesideBudget scenario={scenario} conversion={result.totals.cost} what="this run" />
        )}
        <h3>Bottleneck stage (busiest share of capacity)</h3>
        <ul className="bottlenecks" data-testid="result-bottlenecks">
          {bottlenecks.map((b) => (
            <li key={b.name}>
              {STAGE_LABELS[b.name]}: {formatInteger(b.offices)} office{b.offices === 1 ? '' : 's'}
            </li>
          ))}
        </ul>
        <OfficeGoLiveTable scenario={scenario} outcome={outcome} />
      </section>
      <EconomicsView scenario={scenario} result={result} />
    </>
  );
}
