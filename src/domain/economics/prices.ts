/**
 * Price years and the CPI deflator. Every money parameter is entered at the prices of some year (its price
 * year): the Korean programme costs at the prices of the January 1995 plan, the Korean benefit values at
 * 2020s prices, the Uzbek estimates at current (2024–25) prices. The appraisal works at constant prices of
 * `priceBaseYear`, so before anything is added up each money parameter is re-based:
 *
 *   value at base-year prices = value × CPI(base year) / CPI(price year)
 *
 * with the country's consumer price index (fixtures/reference/cpi.json, sourced, status C~). The engine is
 * left as it is: it works in the price year of its own money parameters (staff, equipment, yearly budget),
 * which therefore must share one price year; its programme cost is re-based with that year's factor.
 *
 * Flows stay at constant prices: a 1995-price cost spent in 2001 is still at 1995 prices, so only the price
 * years and the base year are looked up in the CPI table, never the years of the flows. A year outside the
 * table (a base year the user moved to 2030, say) takes the index of the nearest year in the table carried
 * at the scenario's `inflationRate` per year, and the result says it was extended that way.
 */
import cpiFixture from '../../../fixtures/reference/cpi.json';
import { parameterSpec } from '../parameters/parameter-catalogue';
import type { NumericParameterSpec, SourceStatus } from '../parameters/parameter-spec';
import type { Country } from '../scenario/scenario-schema';
import { UZBEK_ESTIMATES } from './uzbek-estimates';

/** Every parameter whose value is an amount of money (its catalogue unit names a currency). */
export const MONEY_KEYS = [
  'staffCostPerFteMonth',
  'scannerCost',
  'workstationCost',
  'yearlyBudgetCap',
  'centralCentreCost',
  'regionalCentreCost',
  'costPerPage',
  'counterFee',
  'onlineFee',
  'valueOfTimePerHour',
  'travelCostPerVisit',
  'registryStaffCostPerHour',
  'lossPerFraud',
  'usdExchangeRate',
] as const;

export type MoneyKey = (typeof MONEY_KEYS)[number];

/** The money parameters the engine turns into programme cost; they must share one price year. */
export const ENGINE_MONEY_KEYS = [
  'staffCostPerFteMonth',
  'scannerCost',
  'workstationCost',
  'yearlyBudgetCap',
] as const satisfies readonly MoneyKey[];

/**
 * Not re-based: the display exchange rate converts amounts already at base-year prices (a 2024–25 rate for
 * 2024–25 prices); its price year only records which year's rate it is.
 */
export const NOT_REBASED: readonly MoneyKey[] = ['usdExchangeRate'];

const KOREA_PLAN_YEAR = 1995;
const KOREA_BENEFITS_YEAR = 2024;
const UZBEK_YEAR = 2025;

/** The price year of every money parameter, per country (the scenario's `country`). */
export const PRICE_YEAR: Readonly<Record<Country, Readonly<Record<MoneyKey, number>>>> = {
  KOR: {
    // Mid-1990s costs, set against the 250 bn KRW of the January 1995 plan [K3].
    staffCostPerFteMonth: KOREA_PLAN_YEAR,
    scannerCost: KOREA_PLAN_YEAR,
    workstationCost: KOREA_PLAN_YEAR,
    yearlyBudgetCap: KOREA_PLAN_YEAR,
    centralCentreCost: KOREA_PLAN_YEAR,
    regionalCentreCost: KOREA_PLAN_YEAR,
    costPerPage: KOREA_PLAN_YEAR,
    // 2020s fees, wages and fares [K15].
    counterFee: KOREA_BENEFITS_YEAR,
    onlineFee: KOREA_BENEFITS_YEAR,
    valueOfTimePerHour: KOREA_BENEFITS_YEAR,
    travelCostPerVisit: KOREA_BENEFITS_YEAR,
    registryStaffCostPerHour: KOREA_BENEFITS_YEAR,
    lossPerFraud: KOREA_BENEFITS_YEAR,
    usdExchangeRate: KOREA_BENEFITS_YEAR,
  },
  // Uzbek estimates (uzbek-estimates.ts) are current UZS at 2024–25 levels, taken as 2025 prices; the fees
  // and the budget cap converted from Korea's (presets.ts) are taken at the same level.
  UZB: {
    staffCostPerFteMonth: UZBEK_YEAR,
    scannerCost: UZBEK_YEAR,
    workstationCost: UZBEK_YEAR,
    yearlyBudgetCap: UZBEK_YEAR,
    centralCentreCost: UZBEK_YEAR,
    regionalCentreCost: UZBEK_YEAR,
    costPerPage: UZBEK_YEAR,
    counterFee: UZBEK_YEAR,
    onlineFee: UZBEK_YEAR,
    valueOfTimePerHour: UZBEK_YEAR,
    travelCostPerVisit: UZBEK_YEAR,
    registryStaffCostPerHour: UZBEK_YEAR,
    lossPerFraud: UZBEK_YEAR,
    usdExchangeRate: UZBEK_YEAR,
  },
};

/** Which prices each country's money parameters are entered at, in words for the user. */
export const PRICE_YEAR_NOTE: Readonly<Record<Country, string>> = {
  KOR: 'programme costs (staff, equipment, data centres, yearly budget) at the prices of the January 1995 plan; fees, wages, fares and fraud losses at 2024 prices',
  UZB: 'the Uzbek estimates at current prices (2024–25 levels, taken as 2025 prices)',
};

/** A country's consumer price index: index by calendar year, with its sources and status. */
export interface CpiTable {
  readonly country: Country;
  /** Calendar year → index level. Only ratios matter. */
  readonly index: Readonly<Record<number, number>>;
  readonly unit: string;
  readonly sources: readonly string[];
  readonly status: SourceStatus;
  readonly basis: string;
  /** The official table to verify it against. */
  readonly verify: string;
}

interface CpiFixtureEntry {
  readonly value: Readonly<Record<string, number>>;
  readonly unit: string;
  readonly sources: readonly string[];
  readonly status: SourceStatus;
  readonly basis: string;
  readonly verify: string;
}

function tableOf(country: Country, entry: CpiFixtureEntry): CpiTable {
  const index: Record<number, number> = {};
  for (const [year, value] of Object.entries(entry.value)) index[Number(year)] = value;
  return { country, index, ...entry, sources: [...entry.sources] };
}

/** The CPI tables of fixtures/reference/cpi.json. */
export const CPI: Readonly<Record<Country, CpiTable>> = {
  KOR: tableOf('KOR', cpiFixture.KOR as unknown as CpiFixtureEntry),
  UZB: tableOf('UZB', cpiFixture.UZB as unknown as CpiFixtureEntry),
};

/** First and last year of a table. */
export function cpiYears(cpi: CpiTable): { readonly first: number; readonly last: number } {
  const years = Object.keys(cpi.index).map(Number);
  return { first: Math.min(...years), last: Math.max(...years) };
}

/** The index of a year and whether it lies outside the table (then extended at `inflationRate`). */
export function cpiIndex(
  cpi: CpiTable,
  year: number,
  inflationRate: number,
): { readonly index: number; readonly extended: boolean } {
  const known = cpi.index[year];
  if (known !== undefined) return { index: known, extended: false };
  if (!(inflationRate > -1)) throw new RangeError(`inflation must be > −1, got ${inflationRate}`);
  const { first, last } = cpiYears(cpi);
  if (year > first && year < last) {
    throw new RangeError(`the ${cpi.country} price index has no value for ${year}`);
  }
  const anchor = year > last ? last : first;
  return { index: cpi.index[anchor]! * Math.pow(1 + inflationRate, year - anchor), extended: true };
}

/** How an amount moves from prices of `fromYear` to prices of `toYear`. */
export interface Rebasing {
  readonly fromYear: number;
  readonly toYear: number;
  /** CPI(toYear) / CPI(fromYear); exactly 1 when the years are equal. */
  readonly factor: number;
  /** Whether a year outside the CPI table was used (extended at the inflation rate). */
  readonly extended: boolean;
}

/** The re-basing factor between two years of one country's prices. */
export function rebasing(cpi: CpiTable, fromYear: number, toYear: number, inflationRate: number): Rebasing {
  if (fromYear === toYear) return { fromYear, toYear, factor: 1, extended: false };
  const from = cpiIndex(cpi, fromYear, inflationRate);
  const to = cpiIndex(cpi, toYear, inflationRate);
  return { fromYear, toYear, factor: to.index / from.index, extended: from.extended || to.extended };
}

/** What the appraisal needs to re-base: the price years of the money parameters and the CPI. */
export interface PriceSetting {
  readonly priceYears: Readonly<Record<MoneyKey, number>>;
  readonly cpi: CpiTable;
}

/** The price setting of a country. */
export function priceSetting(country: Country): PriceSetting {
  return { priceYears: PRICE_YEAR[country], cpi: CPI[country] };
}

/** The engine's programme cost's price year: the common price year of the engine's money parameters. */
export function programmePriceYear(setting: PriceSetting): number {
  const years = new Set(ENGINE_MONEY_KEYS.map((key) => setting.priceYears[key]));
  if (years.size !== 1) {
    throw new Error(`the engine's money parameters have different price years: ${[...years].join(', ')}`);
  }
  return [...years][0]!;
}

/** The re-basing of every money parameter and of the engine's programme cost to the base year. */
export interface PriceRebasing {
  readonly priceBaseYear: number;
  readonly programme: Rebasing;
  readonly parameters: Readonly<Record<MoneyKey, Rebasing>>;
  readonly cpi: CpiTable;
  /** The inflation rate that extends the CPI beyond its table (share per year). */
  readonly inflationRate: number;
}

/** Re-basings to `priceBaseYear`; `inflationRate` extends the CPI beyond its table. */
export function priceRebasing(
  setting: PriceSetting,
  priceBaseYear: number,
  inflationRate: number,
): PriceRebasing {
  const to = (fromYear: number) => rebasing(setting.cpi, fromYear, priceBaseYear, inflationRate);
  const parameters = Object.fromEntries(
    MONEY_KEYS.map((key) => [
      key,
      NOT_REBASED.includes(key)
        ? { fromYear: setting.priceYears[key], toYear: priceBaseYear, factor: 1, extended: false }
        : to(setting.priceYears[key]),
    ]),
  ) as Record<MoneyKey, Rebasing>;
  return {
    priceBaseYear,
    programme: to(programmePriceYear(setting)),
    parameters,
    cpi: setting.cpi,
    inflationRate,
  };
}

/** Parameter values with every money parameter multiplied by its re-basing factor (others untouched). */
export function rebasedParameters(
  values: Readonly<Record<string, unknown>>,
  rebasing: PriceRebasing,
): Record<string, unknown> {
  const out: Record<string, unknown> = { ...values };
  for (const key of MONEY_KEYS) {
    const value = values[key];
    if (typeof value === 'number') out[key] = value * rebasing.parameters[key].factor;
  }
  return out;
}

/** The sourced cost per page a country's model is checked against: its range, sources and status. */
export interface CostPerPageReference {
  /** Plausible range at the cross-check's price year, or null when it has none. */
  readonly range: readonly [number, number] | null;
  readonly sources: readonly string[];
  readonly status: SourceStatus;
}

/**
 * Korea: the catalogue's cross-check (250 bn KRW / 160 M pages ≈ 1,560, range 1,250–1,900 KRW at 1995
 * prices [K3][K5], E). Uzbekistan: the Uzbek estimate (uzbek-estimates.ts).
 */
export function costPerPageReference(country: Country): CostPerPageReference {
  if (country === 'UZB') {
    const estimate = UZBEK_ESTIMATES.costPerPage;
    if (!estimate) return { range: null, sources: [], status: 'E' };
    const range = (estimate as { readonly range?: readonly [number, number] }).range;
    return { range: range ?? null, sources: estimate.sources, status: estimate.status };
  }
  const spec = parameterSpec('costPerPage') as NumericParameterSpec;
  return { range: [spec.range[0], spec.range[1]], sources: spec.sources, status: spec.status };
}
