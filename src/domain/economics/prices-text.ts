/**
 * Which prices an appraisal uses, in words for people: one sentence for the economics view and the CLI, and
 * the model's cost per page beside the sourced range at the same price level. Plain words, no field keys.
 */
import { formatNumber } from '../parameters/parameter-spec';
import type { Country } from '../scenario/scenario-schema';
import type { EconomicsResult } from './evaluate';
import type { MoneyKey, Rebasing } from './prices';
import { MONEY_KEYS, NOT_REBASED } from './prices';

const COUNTRY_NAME: Readonly<Record<Country, string>> = { KOR: 'Korea', UZB: 'Uzbekistan' };

/** What each money parameter is, in a word or two. */
const WHAT: Readonly<Record<MoneyKey, string>> = {
  staffCostPerFteMonth: 'staff',
  scannerCost: 'equipment',
  workstationCost: 'equipment',
  yearlyBudgetCap: 'yearly budget',
  centralCentreCost: 'data centres',
  regionalCentreCost: 'data centres',
  costPerPage: 'cost-per-page check',
  counterFee: 'fees',
  onlineFee: 'fees',
  valueOfTimePerHour: 'value of time',
  travelCostPerVisit: 'fares',
  registryStaffCostPerHour: 'registry wages',
  lossPerFraud: 'fraud losses',
  usdExchangeRate: 'exchange rate',
};

/** "× 2.20" */
export function formatFactor(factor: number): string {
  return `× ${factor.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}

/** A group of money parameters re-based from one price year. */
export interface RebasedGroup {
  readonly fromYear: number;
  readonly rebasing: Rebasing;
  /** What the group holds, e.g. "staff, equipment, yearly budget, data centres". */
  readonly what: string;
}

/** The money parameters that are re-based (factor ≠ 1), grouped by their price year, earliest first. */
export function rebasedGroups(e: EconomicsResult): RebasedGroup[] {
  const byYear = new Map<number, { rebasing: Rebasing; what: string[] }>();
  for (const key of MONEY_KEYS) {
    if (NOT_REBASED.includes(key)) continue;
    const r = e.prices.parameters[key];
    if (r.fromYear === r.toYear) continue;
    const group = byYear.get(r.fromYear) ?? { rebasing: r, what: [] };
    if (!group.what.includes(WHAT[key])) group.what.push(WHAT[key]);
    byYear.set(r.fromYear, group);
  }
  return [...byYear.entries()]
    .sort(([a], [b]) => a - b)
    .map(([fromYear, g]) => ({ fromYear, rebasing: g.rebasing, what: g.what.join(', ') }));
}

/**
 * "Costs and savings in KRW at constant 2024 prices. Costs entered at 1995 prices (staff, equipment, …) are
 * re-based to 2024 prices with Korea's consumer price index (× 2.20)." Sources and status are shown beside
 * it (`e.prices.cpi`).
 */
export function pricesSentence(e: EconomicsResult): string {
  const base = e.priceBaseYear;
  const country = COUNTRY_NAME[e.prices.cpi.country];
  const head = `Costs and savings in ${e.currency} at constant ${base} prices.`;
  const groups = rebasedGroups(e);
  if (groups.length === 0) {
    return e.prices.cpi.country === 'UZB'
      ? `${head} The Uzbek estimates are entered at current prices (2024–25 levels, taken as ${base} prices), so nothing is re-based.`
      : `${head} Every amount is entered at ${base} prices, so nothing is re-based.`;
  }
  const parts = groups.map(
    (g) => `amounts entered at ${g.fromYear} prices (${g.what}) ${formatFactor(g.rebasing.factor)}`,
  );
  const extended = groups.some((g) => g.rebasing.extended)
    ? ` Years outside the price index (${indexYears(e)}) are extended at the ${percent(e)} inflation assumption.`
    : '';
  return `${head} Re-based to ${base} prices with ${country}'s consumer price index: ${parts.join('; ')}.${extended}`;
}

function indexYears(e: EconomicsResult): string {
  const years = Object.keys(e.prices.cpi.index).map(Number);
  return `${Math.min(...years)}–${Math.max(...years)}`;
}

function percent(e: EconomicsResult): string {
  const inflation = e.prices.inflationRate;
  return `${(inflation * 100).toLocaleString('en-US', { maximumFractionDigits: 1 })} %`;
}

/** Rounded to a whole unit (or 2 decimals below 100), thousands separated. */
function amount(value: number): string {
  if (!Number.isFinite(value)) return 'n/a';
  return Math.abs(value) >= 100 ? formatNumber(Math.round(value)) : formatNumber(Number(value.toFixed(2)));
}

/** The cost-per-page comparison, every figure at base-year prices and, when re-based, at its own prices. */
export interface CostPerPageLines {
  /** "4,751 KRW per page at 2024 prices (2,163 at 1995 prices)" */
  readonly model: string;
  /** "1,250–1,900 KRW per page at 1995 prices = 2,745–4,173 at 2024 prices" (or the single figure). */
  readonly sourced: string;
  /** "above the sourced range" / "inside …" / "below …" / "" when there is no range ("estimated" without sources). */
  readonly verdict: string;
  /** "sourced" when the cross-check cites sources, else "estimated". */
  readonly kind: 'sourced' | 'estimated';
}

/** The model's conversion cost per page beside the sourced figure, both at the same price level. */
export function costPerPageLines(e: EconomicsResult): CostPerPageLines {
  const c = e.currency;
  const check = e.costPerPageCheck;
  const base = e.priceBaseYear;
  const { factor, fromYear } = check.rebasing;
  const rebased = fromYear !== base;
  const model = rebased
    ? `${amount(check.model)} ${c} per page at ${base} prices (${amount(check.model / factor)} at ${fromYear} prices)`
    : `${amount(check.model)} ${c} per page at ${base} prices`;
  const range = check.referenceRange;
  const at = (values: readonly number[], f: number) => values.map((v) => amount(v / f)).join('–');
  const own = range ? at(range, factor) : at([check.reference], factor);
  const sourced = rebased
    ? `${own} ${c} per page at ${fromYear} prices = ${range ? at(range, 1) : at([check.reference], 1)} at ${base} prices`
    : `${own} ${c} per page at ${base} prices`;
  const kind = check.sources.length > 0 ? 'sourced' : 'estimated';
  const verdict = !range
    ? ''
    : check.model > range[1]
      ? `above the ${kind} range`
      : check.model < range[0]
        ? `below the ${kind} range`
        : `inside the ${kind} range`;
  return { model, sourced, verdict, kind };
}
