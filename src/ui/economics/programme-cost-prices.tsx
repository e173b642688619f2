import { priceRebasing, priceSetting } from '@/domain/economics/prices';
import type { Rebasing } from '@/domain/economics/prices';
import type { Scenario } from '@/domain/scenario/scenario-schema';

import { formatInteger } from '../format';

/**
 * The engine's total cost is at the price year of its money parameters (Korea: 1995); the appraisal re-bases
 * it to the price base year with the country's consumer price index. Null when the years cannot be read.
 */
export function programmeCostRebasing(scenario: Scenario): Rebasing | null {
  try {
    const base = Number(scenario.parameters.priceBaseYear);
    const inflation = Number(scenario.parameters.inflationRate);
    return priceRebasing(priceSetting(scenario.country), base, inflation).programme;
  } catch {
    return null;
  }
}

/** "KRW at 1995 prices" (or just the currency when the price year is unknown). */
export function costHeading(scenario: Scenario, rebasing: Rebasing | null): string {
  return rebasing ? `${scenario.currency} at ${rebasing.fromYear} prices` : scenario.currency;
}

/** "= 655,432,000,000 KRW at 2024 prices (× 2.20, consumer price index)"; empty when nothing is re-based. */
export function rebasedCostText(cost: number, scenario: Scenario, rebasing: Rebasing | null): string {
  if (!rebasing || rebasing.fromYear === rebasing.toYear || !Number.isFinite(cost)) return '';
  const factor = rebasing.factor.toLocaleString('en-US', {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  });
  return `= ${formatInteger(cost * rebasing.factor)} ${scenario.currency} at ${rebasing.toYear} prices (× ${factor} with the consumer price index)`;
}

/** "Total cost, KRW at 1995 prices": the engine's cost at its own price level. */
export function TotalCostHeading({ scenario }: { readonly scenario: Scenario }) {
  return <>Total cost, {costHeading(scenario, programmeCostRebasing(scenario))}</>;
}

/** Beside a run's total cost: the same cost at the appraisal's price base year (nothing when it is the same year). */
export function RebasedCost({ scenario, cost }: { readonly scenario: Scenario; readonly cost: number }) {
  const text = rebasedCostText(cost, scenario, programmeCostRebasing(scenario));
  return text ? (
    <dd className="muted" data-testid="result-cost-rebased">
      {text}
    </dd>
  ) : null;
}

interface Bands {
  readonly p10: number;
  readonly p50: number;
  readonly p90: number;
}

/** A Monte Carlo row: the P10/P50/P90 total cost at the appraisal's price base year (nothing when not re-based). */
export function RebasedCostRow({ scenario, cost }: { readonly scenario: Scenario; readonly cost: Bands }) {
  const rebasing = programmeCostRebasing(scenario);
  if (!rebasing || rebasing.fromYear === rebasing.toYear) return null;
  const factor = rebasing.factor.toLocaleString('en-US', {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  });
  return (
    <tr data-testid="mc-cost-rebased">
      <th scope="row">
        Total cost, {scenario.currency} at {rebasing.toYear} prices (× {factor} with the consumer price index)
      </th>
      <td className="num">{formatInteger(cost.p10 * rebasing.factor)}</td>
      <td className="num">{formatInteger(cost.p50 * rebasing.factor)}</td>
      <td className="num">{formatInteger(cost.p90 * rebasing.factor)}</td>
    </tr>
  );
}
