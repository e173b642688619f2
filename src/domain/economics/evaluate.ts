/**
 * The whole economic appraisal of one run: yearly savings and costs, cumulative net benefit, NPV, payback,
 * benefit-cost ratio, cost per page and per record. Plain arrays and numbers, ready for JSON.
 * All money in the scenario's currency at constant prices of `priceBaseYear`: every money parameter and the
 * engine's programme cost are first re-based from their own price year with the country's CPI (prices.ts).
 * See price-level.ts for nominal figures and currency.ts for KRW/UZS/USD.
 */
import { benefitCostRatio, cumulative, discountFactors, paybackYear, presentValue } from './appraisal';
import type { YearlyCosts } from './costs';
import { centreCapitalCost, yearlyCosts } from './costs';
import type { EconomicsContext, YearlyDigitization } from './economic-inputs';
import { checkYearlyDigitization, readEconomicParameters } from './economic-inputs';
import type { CostPerPageReference, PriceRebasing, Rebasing } from './prices';
import { costPerPageReference, priceRebasing, rebasedParameters } from './prices';
import type { SavingsBreakdown } from './savings-model';
import { savingsAtMaturity, yearlySavings } from './savings-model';

/** Yearly savings by component (scenario currency per year). `total` excludes the fee transfer. */
export interface YearlySavingsSeries {
  readonly citizenTime: readonly number[];
  readonly travel: readonly number[];
  readonly staffTime: readonly number[];
  readonly fraud: readonly number[];
  readonly total: readonly number[];
  readonly feeTransferToUsers: readonly number[];
}

/**
 * The appraisal of one run. Arrays have one entry per simulated year (index j ↔ years[j]); money in
 * `currency` at constant prices of `priceBaseYear`; flows at year ends, discounted to the start of years[0].
 */
export interface EconomicsResult {
  readonly currency: EconomicsContext['currency'];
  readonly priceBaseYear: number;
  readonly years: readonly number[];
  readonly digitizedShare: readonly number[];
  readonly savings: YearlySavingsSeries;
  readonly costs: YearlyCosts;
  /** savings.total − costs.total, per year. */
  readonly netBenefit: readonly number[];
  readonly cumulativeNetBenefit: readonly number[];
  /** Real discount rate used (share per year). */
  readonly discountRate: number;
  readonly pvBenefits: number;
  readonly pvCosts: number;
  /** pvBenefits − pvCosts, at the start of the first simulated year. */
  readonly npv: number;
  /** pvBenefits / pvCosts; null when there are no costs. */
  readonly benefitCostRatio: number | null;
  /** First year the undiscounted cumulative net benefit is ≥ 0 (after some cost), or null. */
  readonly paybackYear: number | null;
  /** The same with discounted flows, or null. */
  readonly discountedPaybackYear: number | null;
  /** (programme + centre capital) / pages: the conversion's all-in cost per page, without operations. */
  readonly costPerPage: number;
  /** (programme + centre capital) / records. */
  readonly costPerRecord: number;
  /** Savings with the whole registry live and online use mature (scenario currency per year). */
  readonly maturity: SavingsBreakdown;
  /** How every money parameter and the engine's programme cost were re-based to `priceBaseYear`. */
  readonly prices: PriceRebasing;
  /** The model's cost per page beside the sourced cross-check, both at `priceBaseYear` prices. */
  readonly costPerPageCheck: CostPerPageCheck;
}

/** The modelled cost per page beside the sourced figure it should agree with. */
export interface CostPerPageCheck {
  /** The model's conversion cost per page (= `costPerPage`), base-year prices. */
  readonly model: number;
  /** The cross-check figure (parameter `costPerPage`), re-based to base-year prices. */
  readonly reference: number;
  /** Its plausible range re-based to base-year prices, or null when it has none. */
  readonly referenceRange: readonly [number, number] | null;
  /** From the cross-check's price year to the base year: divide by `factor` to read it at its own prices. */
  readonly rebasing: Rebasing;
  readonly sources: CostPerPageReference['sources'];
  readonly status: CostPerPageReference['status'];
}

const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);

/**
 * Appraises one digitization outcome.
 * @throws RangeError for an inconsistent yearly state; Error for a missing parameter.
 */
export function evaluateEconomics(state: YearlyDigitization, context: EconomicsContext): EconomicsResult {
  checkYearlyDigitization(state);
  const raw = readEconomicParameters(context.parameters);
  const prices = priceRebasing(context.prices, raw.priceBaseYear, raw.inflationRate);
  const p = readEconomicParameters(rebasedParameters(context.parameters, prices));
  const programmeCost = state.programmeCost.map((cost) => cost * prices.programme.factor);
  const { scale } = context;
  const yearly = yearlySavings(state, p, scale.titles);
  const pick = (key: keyof SavingsBreakdown) => yearly.map((s) => s[key]);
  const savings: YearlySavingsSeries = {
    citizenTime: pick('citizenTime'),
    travel: pick('travel'),
    staffTime: pick('staffTime'),
    fraud: pick('fraud'),
    total: pick('total'),
    feeTransferToUsers: pick('feeTransferToUsers'),
  };
  const costs = yearlyCosts({ programmeCost }, p, scale);
  const netBenefit = savings.total.map((b, j) => b - costs.total[j]!);
  const pvBenefits = presentValue(savings.total, p.discountRate);
  const pvCosts = presentValue(costs.total, p.discountRate);
  const factors = discountFactors(state.years.length, p.discountRate);
  const conversion = sum(programmeCost) + centreCapitalCost(p, scale);
  const costPerPage = scale.pages > 0 ? conversion / scale.pages : Number.NaN;
  const reference = costPerPageReference(context.prices.cpi.country);
  const referenceFactor = prices.parameters.costPerPage.factor;
  return {
    currency: context.currency,
    priceBaseYear: p.priceBaseYear,
    years: [...state.years],
    digitizedShare: [...state.digitizedShare],
    savings,
    costs,
    netBenefit,
    cumulativeNetBenefit: cumulative(netBenefit),
    discountRate: p.discountRate,
    pvBenefits,
    pvCosts,
    npv: pvBenefits - pvCosts,
    benefitCostRatio: benefitCostRatio(pvBenefits, pvCosts),
    paybackYear: paybackYear(state.years, savings.total, costs.total),
    discountedPaybackYear: paybackYear(
      state.years,
      savings.total.map((b, j) => b * factors[j]!),
      costs.total.map((c, j) => c * factors[j]!),
    ),
    costPerPage,
    costPerRecord: scale.titles > 0 ? conversion / scale.titles : Number.NaN,
    maturity: savingsAtMaturity(p, scale.titles),
    prices,
    costPerPageCheck: {
      model: costPerPage,
      reference: Number(context.parameters.costPerPage) * referenceFactor,
      referenceRange: reference.range && [
        reference.range[0] * referenceFactor,
        reference.range[1] * referenceFactor,
      ],
      rebasing: prices.parameters.costPerPage,
      sources: reference.sources,
      status: reference.status,
    },
  };
}
