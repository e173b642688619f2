/**
 * Words and numbers about a rollout plan, kept apart from the components so they can be checked without a
 * browser: the plan's label, "Oct 2002", "53 bn", "at 14 % of 400–1,200", offices live by a year's end.
 */
import { NEVER } from '@/app/engine-results';
import type { VariantOverride } from '@/domain/presets/rollout-variants';
import type { Scenario } from '@/domain/scenario/scenario-schema';

import { formatFigureValue } from '../format';

/** The label a result carries: the plan's, or "Custom plan" for a scenario built from no named plan. */
export function planLabelOf(scenario: Scenario): string {
  return scenario.rollout.variant?.label ?? 'Custom plan';
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2002-10" → "Oct 2002"; anything else unchanged. */
export function monthName(yearMonth: string): string {
  const match = /^(\d{4})-(\d{2})$/.exec(yearMonth);
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
  return match && month ? `${month} ${match[1]}` : yearMonth;
}

/** Money in billions when it is that large ("53 bn"); other values as the catalogue formats them. */
export function formatAmount(value: number | string, unit: string): string {
  if (typeof value === 'number' && /currency|KRW|UZS/.test(unit) && Math.abs(value) >= 1e9)
    return `${(value / 1e9).toLocaleString('en-US', { maximumFractionDigits: 1 })} bn`;
  return formatFigureValue(value, unit);
}

/** "at 14 % of 400–1,200"; empty when the value has no range. */
export function rangePositionText(override: VariantOverride, unit: string): string {
  if (!override.range || override.rangePosition === undefined) return '';
  const [low, high] = override.range;
  return `at ${Math.round(override.rangePosition * 100)} % of ${formatAmount(low, unit)}–${formatAmount(high, unit)}`;
}

/** Offices live by the end of `year` in a run (go-live months counted from the run's first month). */
export function officesLiveBy(goLiveMonth: ArrayLike<number>, firstMonth: number, year: number): number {
  const lastMonth = year * 12 + 11 - firstMonth;
  let live = 0;
  for (let o = 0; o < goLiveMonth.length; o++) {
    const month = goLiveMonth[o]!;
    if (month !== NEVER && month <= lastMonth) live++;
  }
  return live;
}

/** The data centres' capital cost of a scenario, in its currency (central and regional centres). */
export function centreCapitalOf(scenario: Scenario): number {
  const p = scenario.parameters as Record<string, unknown>;
  const central = scenario.centres.filter((c) => c.kind === 'central').length;
  const regional = scenario.centres.length - central;
  return Number(p.centralCentreCost) * central + Number(p.regionalCentreCost) * regional;
}
