import type { EconomicsResult } from '@/domain/economics';
import { costPerPageLines } from '@/domain/economics/prices-text';

import { SourceBadge } from '../components/source-badge';
import { Money } from './money';

/** The savings components at maturity, in display order. */
export const SAVINGS_COMPONENTS = [
  { key: 'citizenTime', label: 'Citizen time' },
  { key: 'travel', label: 'Travel' },
  { key: 'staffTime', label: 'Registry staff time' },
  { key: 'fraud', label: 'Fraud losses avoided' },
] as const;

interface Props {
  readonly economics: EconomicsResult;
}

/** Headline appraisal figures and the savings breakdown at maturity, each with its exact value. */
export function EconomicsFigures({ economics: e }: Props) {
  const c = e.currency;
  const bcr = e.benefitCostRatio;
  const perPage = costPerPageLines(e);
  return (
    <>
      <dl className="result-grid econ-grid">
        <div>
          <dt>Annual saving at maturity</dt>
          <dd>
            <Money value={e.maturity.total} currency={c} testId="econ-maturity-total" suffix="/yr" />
          </dd>
        </div>
        <div>
          <dt>NPV at {(e.discountRate * 100).toLocaleString('en-US')} % real</dt>
          <dd>
            <Money value={e.npv} currency={c} testId="econ-npv" />
          </dd>
        </div>
        <div>
          <dt>Payback year</dt>
          <dd data-testid="econ-payback" data-value={e.paybackYear === null ? '' : String(e.paybackYear)}>
            {e.paybackYear ?? 'not within the horizon'}
          </dd>
        </div>
        <div>
          <dt>Benefit-cost ratio</dt>
          <dd data-testid="econ-bcr" data-value={bcr === null ? '' : String(bcr)}>
            {bcr === null ? 'n/a (no costs)' : bcr.toLocaleString('en-US', { maximumFractionDigits: 2 })}
          </dd>
        </div>
        <div>
          <dt>Cost per page (conversion)</dt>
          <dd>
            <Money value={e.costPerPage} currency={c} testId="econ-cost-per-page" />
          </dd>
        </div>
      </dl>
      <p className="econ-cost-check" data-testid="econ-cost-per-page-check">
        <strong>Cost per page</strong> of the conversion (staff, equipment and data centres): model{' '}
        {perPage.model}. {perPage.kind === 'sourced' ? 'Sourced figure' : 'Estimated figure'}:{' '}
        {perPage.sourced}{' '}
        <SourceBadge status={e.costPerPageCheck.status} sources={e.costPerPageCheck.sources} />
        {perPage.verdict && <> — the model is {perPage.verdict}</>}.
      </p>
      <h4>Savings at maturity by component</h4>
      <table className="econ-breakdown" data-testid="econ-breakdown">
        <caption className="visually-hidden">Savings at maturity by component, {c} per year</caption>
        <thead>
          <tr>
            <th scope="col">Component</th>
            <th scope="col">{c} per year</th>
            <th scope="col">Share</th>
          </tr>
        </thead>
        <tbody>
          {SAVINGS_COMPONENTS.map(({ key, label }) => (
            <tr key={key}>
              <th scope="row">{label}</th>
              <td>
                <Money value={e.maturity[key]} currency={c} testId={`econ-maturity-${key}`} />
              </td>
              <td>{share(e.maturity[key], e.maturity.total)}</td>
            </tr>
          ))}
          <tr className="econ-total-row">
            <th scope="row">Total</th>
            <td>
              <Money value={e.maturity.total} currency={c} />
            </td>
            <td>100 %</td>
          </tr>
        </tbody>
      </table>
      <p className="muted">
        Not counted in the total (a transfer, not a saving to society): fees users no longer pay,{' '}
        <Money value={e.maturity.feeTransferToUsers} currency={c} testId="econ-maturity-feeTransferToUsers" />{' '}
        per year.
      </p>
    </>
  );
}

function share(part: number, total: number): string {
  return total > 0 ? `${((part / total) * 100).toFixed(1)} %` : '–';
}
