/**
 * The Planner's parameter table as data: one row per catalogue parameter, read from the scenario country's
 * own entry (parameterInfoFor: value, unit, status, sources, basis, plausible range and limits), or from the
 * rollout plan's override when the scenario's plan sets the parameter. Rows are grouped as the catalogue
 * groups them. Pure, so the words and numbers can be checked without a browser.
 */
import { choiceLabel, unitText } from '@/domain/display-labels';
import { allParameters } from '@/domain/parameters/parameter-catalogue';
import { parameterInfoFor } from '@/domain/parameters/parameter-info';
import type { ParameterGroup, SourceStatus } from '@/domain/parameters/parameter-spec';
import { presetFixture, PRESET_IDS } from '@/domain/presets/presets';
import { presetRolloutVariant } from '@/domain/presets/rollout-variants';
import type { RolloutVariant, VariantOverride } from '@/domain/presets/rollout-variants';
import type { Scenario } from '@/domain/scenario/scenario-schema';

import { formatFigureValue } from '../format';

/** Group headings for people, by catalogue group. */
export const GROUP_TITLES: Readonly<Record<ParameterGroup, string>> = {
  capture: 'Capture: preparing, scanning and keying',
  quality: 'Quality assurance',
  staffing: 'Staff, equipment and learning',
  calendar: 'Working time',
  centres: 'Data centres and network',
  budget: 'Budget',
  demand: 'Demand for registry services',
  benefits: 'Fees and time saved',
  fraud: 'Fraud',
  costs: 'Costs',
  finance: 'Prices, exchange rate and discounting',
};

export interface ParameterRow {
  readonly key: string;
  readonly label: string;
  readonly kind: 'number' | 'choice';
  /** The value as shown ("4,500,000", "75 bn", "double keying"). */
  readonly value: string;
  /** Unit for people, currency named ("UZS/month"); empty for a year or a choice. */
  readonly unit: string;
  /** Validity limits, or the choices of a choice parameter. */
  readonly allowed: string;
  /** Plausible range of this country's entry (or of the plan's calibration), with no unit. */
  readonly plausible: string;
  /** "outside the plausible range 50–150 bn UZS/year", when the value is outside it. */
  readonly outside?: string;
  readonly status: SourceStatus;
  readonly sources: readonly string[];
  readonly basis: string;
  /** Why the row shows another country's entry (no estimate of its own). */
  readonly note?: string;
  /** What the rollout plan did with this value ("calibrated for “As it happened”: at 14 % of its …"). */
  readonly plan?: string;
  /** The scenario's value differs from the entry it is labelled with. */
  readonly changed?: string;
  /** The entry's value as shown ("9,000"), when the scenario's value differs from it. */
  readonly changedFrom?: string;
}

export interface ParameterRowGroup {
  readonly group: ParameterGroup;
  readonly title: string;
  readonly rows: readonly ParameterRow[];
}

const BILLION = 1e9;
const MONEY = /\b(?:KRW|UZS|USD|currency)\b/;

/** A number in a table: years as written, other numbers grouped, money in billions as "75 bn" (Intl). */
export function formatParameterNumber(value: number, unit: string): string {
  if (/^year(?!s)/.test(unit)) return String(value);
  if (MONEY.test(unit) && Math.abs(value) >= BILLION)
    return `${(value / BILLION).toLocaleString('en-US', { maximumFractionDigits: 2 })} bn`;
  return formatFigureValue(value, unit);
}

/** Significant digits of a range end: a range scaled from another (104,166,666.67) reads as 104,000,000. */
const RANGE_DIGITS = 3;

/** A range end rounded to RANGE_DIGITS significant digits when it has more than RANGE_DIGITS + 1. */
function roundRangeEnd(value: number): number {
  if (value === 0 || Number(value.toPrecision(RANGE_DIGITS + 1)) === value) return value;
  return Number(value.toPrecision(RANGE_DIGITS));
}

/** "50–150 bn", "400–1,200", "2019–2026"; billions are named once, after the pair. */
export function formatRange(range: readonly [number, number], unit: string): string {
  if (/^year(?!s)/.test(unit)) return `${range[0]}–${range[1]}`;
  const [low, high] = range.map(roundRangeEnd) as [number, number];
  if (MONEY.test(unit) && Math.abs(low) >= BILLION && Math.abs(high) >= BILLION) {
    const bn = (v: number) => (v / BILLION).toLocaleString('en-US', { maximumFractionDigits: 2 });
    return `${bn(low)}–${bn(high)} bn`;
  }
  return `${formatParameterNumber(low, unit)}–${formatParameterNumber(high, unit)}`;
}

function formatValue(value: number | string | unknown, unit: string): string {
  if (typeof value === 'number') return formatParameterNumber(value, unit);
  return choiceLabel(String(value));
}

function percent(share: number): string {
  return `${Math.round(share * 100).toLocaleString('en-US')} %`;
}

/** The preset whose rollout plans a scenario of this country was built from. */
function presetOfCountry(country: Scenario['country']) {
  return PRESET_IDS.find((id) => presetFixture(id).country === country);
}

/** The scenario's named rollout plan, when it was built from one. */
function planOf(scenario: Scenario): RolloutVariant | undefined {
  const preset = presetOfCountry(scenario.country);
  const variantId = scenario.rollout.variant?.id;
  return preset && variantId ? presetRolloutVariant(preset, variantId) : undefined;
}

function planText(override: VariantOverride, planName: string, unit: string): string {
  const how = /^\s*calibrated\b/i.test(override.basis) ? 'calibrated' : 'set';
  const where =
    override.range && override.rangePosition !== undefined
      ? `: at ${percent(override.rangePosition)} of its ${formatRange(override.range, unit)} range`
      : '';
  return `${how} for the plan “${planName}”${where}`;
}

/** Every catalogue parameter of the scenario as a row, grouped as the catalogue groups them. */
export function parameterRowGroups(scenario: Scenario): ParameterRowGroup[] {
  const values = scenario.parameters as Record<string, unknown>;
  const plan = planOf(scenario);
  const overrides = new Map((plan?.overrides ?? []).map((o) => [o.key, o]));
  const planName = plan?.name ?? '';
  const groups = new Map<ParameterGroup, ParameterRow[]>();
  for (const spec of allParameters) {
    const info = parameterInfoFor(scenario.country, spec.key);
    if (!info) continue;
    const override = overrides.get(spec.key);
    const unit = info.unit;
    const entryValue = override ? override.value : info.value;
    const value = Object.hasOwn(values, spec.key) ? values[spec.key] : entryValue;
    const plausible = override?.range ?? info.plausible;
    const status = override?.status ?? info.status;
    const sources = override?.sources ?? info.sources;
    const basis = override?.basis ?? info.basis;
    const outside =
      typeof value === 'number' && plausible && (value < plausible[0] || value > plausible[1])
        ? `outside the plausible range ${formatRange(plausible, unit)} ${unitText(unit, undefined, scenario.currency)}`.trim()
        : undefined;
    const row: ParameterRow = {
      key: spec.key,
      label: info.label,
      kind: spec.kind,
      value: formatValue(value, unit),
      unit: unitText(unit, value, scenario.currency),
      allowed:
        spec.kind === 'number'
          ? formatRange(spec.limits, unit)
          : spec.choices.map((choice) => choiceLabel(choice)).join(', '),
      plausible: plausible ? formatRange(plausible, unit) : '',
      status,
      sources,
      basis,
      ...(outside ? { outside } : {}),
      ...(info.note && !override ? { note: info.note } : {}),
      ...(override ? { plan: planText(override, planName, unit) } : {}),
      ...(value !== entryValue
        ? {
            changed: `changed from ${formatValue(entryValue, unit)}: the status and basis shown are those of ${formatValue(entryValue, unit)}`,
            changedFrom: formatValue(entryValue, unit),
          }
        : {}),
    };
    const list = groups.get(spec.group) ?? [];
    list.push(row);
    groups.set(spec.group, list);
  }
  // In the order the catalogue first lists each group.
  return [...groups].map(([group, rows]) => ({ group, title: GROUP_TITLES[group], rows }));
}
