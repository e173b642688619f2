/**
 * What every result says about the rollout plan it comes from: the plan's label, for Korea the completion
 * as it happened beside the simulated one, and for a calibrated plan its solved inputs (value, status, basis,
 * place in the plausible range) and its programme cost beside the sourced budget.
 */
import { unitText } from '@/domain/display-labels';
import { priceSetting, programmePriceYear } from '@/domain/economics/prices';
import { parameterSpec } from '@/domain/parameters/parameter-catalogue';
import {
  KOREA_HISTORICAL_COMPLETION,
  KOREA_OFFICES_LIVE_MILESTONES,
  KOREA_PROGRAMME_BUDGET,
} from '@/domain/presets/korea-history';
import type { RolloutVariant } from '@/domain/presets/rollout-variants';
import type { Scenario } from '@/domain/scenario/scenario-schema';

import {
  centreCapitalOf,
  formatAmount,
  monthName,
  officesLiveBy,
  planLabelOf,
  rangePositionText,
} from './plan-text';
import { SourceBadge } from './source-badge';

export { planLabelOf } from './plan-text';

/** "Rollout plan: As it happened — calibrated to sources", on every screen that shows a result. */
export function PlanLabel({ scenario }: { readonly scenario: Scenario }) {
  const id = scenario.rollout.variant?.id ?? 'custom';
  return (
    <p className={`plan-label plan-${id}`} data-testid="plan-label">
      Rollout plan: <strong>{planLabelOf(scenario)}</strong>
    </p>
  );
}

/** "As it happened: Oct 2002 [K5]" beside a simulated Korean completion; nothing for other countries. */
export function HistoricalCompletion({ scenario }: { readonly scenario: Scenario }) {
  if (scenario.country !== 'KOR') return null;
  const { month, sources, status } = KOREA_HISTORICAL_COMPLETION;
  return (
    <span className="historical-completion" data-testid="historical-completion">
      As it happened: {monthName(month)} <SourceBadge status={status} sources={sources} />
    </span>
  );
}

/** The price year of the engine's money inputs (Korea: 1995, the January 1995 plan's), or null. */
function programmePriceYearOf(scenario: Scenario): number | null {
  try {
    return programmePriceYear(priceSetting(scenario.country));
  } catch {
    return null;
  }
}

function RangeBar({ position }: { readonly position: number }) {
  const at = Math.max(0, Math.min(1, position)) * 100;
  return (
    <span className="plan-range-bar" aria-hidden="true">
      <span className="plan-range-mark" style={{ left: `${at}%` }} />
    </span>
  );
}

/** The inputs a plan sets, solved against the sourced milestones: value, unit, status, basis, place in range. */
export function CalibratedInputs({
  variant,
  currency,
}: {
  readonly variant: RolloutVariant;
  readonly currency: string;
}) {
  if (variant.overrides.length === 0) return null;
  return (
    <table className="data-table calibrated-inputs" data-testid="calibrated-inputs">
      <caption>Inputs this plan calibrates to the sources</caption>
      <thead>
        <tr>
          <th scope="col">Input</th>
          <th scope="col" className="num">
            Value
          </th>
          <th scope="col">Unit</th>
          <th scope="col">Status and sources</th>
          <th scope="col">Where it sits in its plausible range</th>
          <th scope="col">How it was found</th>
        </tr>
      </thead>
      <tbody>
        {variant.overrides.map((override) => {
          const spec = parameterSpec(override.key);
          const unit = spec?.unit ?? '';
          return (
            <tr key={override.key} data-input={override.key}>
              <th scope="row">{spec?.label ?? override.key}</th>
              <td className="num">{formatAmount(override.value, unit)}</td>
              <td>{unitText(unit, override.value, currency)}</td>
              <td>
                <SourceBadge status={override.status} sources={override.sources} />
              </td>
              <td className="range-cell">
                {override.rangePosition !== undefined && <RangeBar position={override.rangePosition} />}{' '}
                {rangePositionText(override, unit)}
              </td>
              <td className="basis-text">{override.basis}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/**
 * The programme's cost in a Korean run (conversion from the engine + the data centres' capital, at the
 * price year of the engine's inputs, 1995 for Korea) beside the sourced budget: 250 bn planned [K3], ~300 bn [K1].
 */
export function ProgrammeCostBesideBudget({
  scenario,
  conversion,
  what,
}: {
  readonly scenario: Scenario;
  /** The engine's conversion cost (staff and equipment), in the scenario's currency. */
  readonly conversion: number;
  /** Which run figure this is, e.g. "this run" or "P50 of the replications". */
  readonly what: string;
}) {
  if (scenario.country !== 'KOR' || !Number.isFinite(conversion)) return null;
  const centres = centreCapitalOf(scenario);
  const priceYear = programmePriceYearOf(scenario);
  const bn = (value: number) => formatAmount(value, 'KRW');
  return (
    <div className="programme-cost" data-testid="programme-cost">
      <h4>Programme cost beside the budget</h4>
      <dl className="result-grid">
        <div>
          <dt>Programme cost, {what}</dt>
          <dd data-testid="programme-cost-total">
            {bn(conversion + centres)} {scenario.currency}
          </dd>
          <dd className="muted">
            conversion {bn(conversion)} + data centres {bn(centres)}
            {priceYear ? `, at ${priceYear} prices` : ''} (model estimate)
          </dd>
        </div>
        {KOREA_PROGRAMME_BUDGET.map((budget) => (
          <div key={budget.label}>
            <dt>Budget, {budget.label}</dt>
            <dd>
              {budget.label.startsWith('estimated') ? '~' : ''}
              {bn(budget.value)} {budget.currency}{' '}
              <SourceBadge status={budget.status} sources={budget.sources} />
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

/** For the historical plan: offices live at the end of 1997, 1998 and 2002 in this run, beside history. */
export function OfficesLiveBesideHistory({
  scenario,
  goLiveMonth,
  firstMonth,
}: {
  readonly scenario: Scenario;
  readonly goLiveMonth: ArrayLike<number>;
  readonly firstMonth: number;
}) {
  if (scenario.country !== 'KOR' || scenario.rollout.variant?.id !== 'historical') return null;
  return (
    <table className="data-table" data-testid="offices-live-history">
      <caption>Offices live, this run beside history</caption>
      <thead>
        <tr>
          <th scope="col">End of year</th>
          <th scope="col" className="num">
            This run
          </th>
          <th scope="col">History</th>
        </tr>
      </thead>
      <tbody>
        {KOREA_OFFICES_LIVE_MILESTONES.map((m) => (
          <tr key={m.year}>
            <th scope="row">{m.year}</th>
            <td className="num">{officesLiveBy(goLiveMonth, firstMonth, m.year)}</td>
            <td>
              {m.history} <SourceBadge status={m.status} sources={m.sources} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
