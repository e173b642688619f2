/**
 * The result file's `economics` section: the same appraisal the app shows (`economicsOfRun`), with the
 * calibration to the source article's 300 bn KRW/year (only meaningful for the Korean preset, always shown
 * with the note that the baseline is not independently confirmed).
 */
import {
  calibrateToBaseline,
  SAVINGS_BASELINE,
  SAVINGS_BASELINE_KRW_PER_YEAR,
} from '../../src/domain/economics/calibration';
import { economicsContext } from '../../src/domain/economics/economic-inputs';
import { economicsOfRun } from '../../src/domain/economics/economics-of-run';
import { costPerPageLines, pricesSentence } from '../../src/domain/economics/prices-text';
import type { SavingsBands } from '../../src/domain/economics/savings-bands';
import { savingsBands } from '../../src/domain/economics/savings-bands';
import { yearlyShareFromCumulative } from '../../src/domain/economics/yearly-state';
import type { Scenario } from '../../src/domain/scenario/scenario-schema';
import type { SimulationResult } from './engine-types';
import { METRIC, METRIC_COUNT } from './engine-types';

export interface EconomicsSection {
  readonly currency: string;
  readonly priceBaseYear: number;
  readonly note: string;
  /** Which prices the figures use and how money entered at other prices was re-based (prices.ts). */
  readonly prices: {
    /** One sentence for people, e.g. "Costs and savings in KRW at constant 2024 prices. Re-based …". */
    readonly sentence: string;
    /** Price year of the engine's programme cost (its staff and equipment prices) and its factor. */
    readonly programmePriceYear: number;
    readonly programmeFactor: number;
    /** Whether a year outside the price index was extended at the inflation rate. */
    readonly extended: boolean;
    /** Price year of every money parameter. */
    readonly parameterPriceYears: Readonly<Record<string, number>>;
    readonly deflator: {
      readonly unit: string;
      readonly sources: readonly string[];
      readonly status: string;
      readonly verify: string;
    };
  };
  /** The model's cost per page beside the sourced figure, both at base-year prices. */
  readonly costPerPageCheck: {
    readonly model: number;
    readonly reference: number;
    readonly referenceRange: readonly [number, number] | null;
    readonly referencePriceYear: number;
    readonly referenceFactor: number;
    readonly sources: readonly string[];
    readonly status: string;
    readonly text: {
      readonly model: string;
      readonly sourced: string;
      readonly verdict: string;
      readonly kind: 'sourced' | 'estimated';
    };
  };
  readonly annualSavingAtMaturity: number;
  readonly maturityBreakdown: Readonly<Record<string, number>>;
  readonly discountRate: number;
  readonly npv: number;
  readonly paybackYear: number | null;
  readonly benefitCostRatio: number | null;
  readonly costPerPage: number;
  readonly costPerRecord: number;
  readonly years: readonly number[];
  readonly digitizedShare: readonly number[];
  readonly savingsTotal: readonly number[];
  readonly savings: Readonly<Record<string, readonly number[]>>;
  readonly costsTotal: readonly number[];
  readonly costs: Readonly<Record<string, readonly number[]>>;
  readonly cumulativeNetBenefit: readonly number[];
  readonly calibration: {
    readonly baselinePerYear: number;
    readonly baselineStatus: string;
    readonly baselineNote: string | undefined;
    readonly parameter: string;
    readonly value: number;
    readonly unit: string;
    readonly withinRange: boolean;
    readonly breakdown: Readonly<Record<string, number>>;
  } | null;
}

export function economicsSection(scenario: Scenario, result: SimulationResult): EconomicsSection {
  const monthlyCost = Array.from(
    { length: result.months },
    (_, m) => result.national[m * METRIC_COUNT + METRIC.cost]!,
  );
  const e = economicsOfRun(scenario, result.goLiveMonth, monthlyCost);
  const titles = scenario.offices.reduce((sum, o) => sum + o.records, 0);
  const calibration =
    scenario.currency === 'KRW'
      ? calibrateToBaseline(scenario.parameters as Record<string, unknown>, SAVINGS_BASELINE_KRW_PER_YEAR, {
          titles,
        })
      : null;
  return {
    currency: e.currency,
    priceBaseYear: e.priceBaseYear,
    note: 'Model estimates at constant prices of the price base year; see README "Economics".',
    prices: {
      sentence: pricesSentence(e),
      programmePriceYear: e.prices.programme.fromYear,
      programmeFactor: e.prices.programme.factor,
      extended: Object.values(e.prices.parameters).some((r) => r.extended) || e.prices.programme.extended,
      parameterPriceYears: Object.fromEntries(
        Object.entries(e.prices.parameters).map(([key, r]) => [key, r.fromYear]),
      ),
      deflator: {
        unit: e.prices.cpi.unit,
        sources: e.prices.cpi.sources,
        status: e.prices.cpi.status,
        verify: e.prices.cpi.verify,
      },
    },
    costPerPageCheck: {
      model: e.costPerPageCheck.model,
      reference: e.costPerPageCheck.reference,
      referenceRange: e.costPerPageCheck.referenceRange,
      referencePriceYear: e.costPerPageCheck.rebasing.fromYear,
      referenceFactor: e.costPerPageCheck.rebasing.factor,
      sources: e.costPerPageCheck.sources,
      status: e.costPerPageCheck.status,
      text: costPerPageLines(e),
    },
    annualSavingAtMaturity: e.maturity.total,
    maturityBreakdown: { ...e.maturity },
    discountRate: e.discountRate,
    npv: e.npv,
    paybackYear: e.paybackYear,
    benefitCostRatio: e.benefitCostRatio,
    costPerPage: e.costPerPage,
    costPerRecord: e.costPerRecord,
    years: e.years,
    digitizedShare: e.digitizedShare,
    savingsTotal: e.savings.total,
    savings: { ...e.savings },
    costsTotal: e.costs.total,
    costs: { ...e.costs },
    cumulativeNetBenefit: e.cumulativeNetBenefit,
    calibration: calibration && {
      baselinePerYear: calibration.baselinePerYear,
      baselineStatus: SAVINGS_BASELINE.status,
      baselineNote: SAVINGS_BASELINE.note,
      parameter: calibration.parameter,
      value: calibration.value,
      unit: calibration.unit,
      withinRange: calibration.withinRange,
      breakdown: { ...calibration.breakdown },
    },
  };
}

/** Yearly savings bands from the engine's cumulative P10/P50/P90 records-done curves ([month * 3 + band]). */
export function savingsBandsOfRun(scenario: Scenario, recordsDoneBands: ArrayLike<number>): SavingsBands {
  const months = Math.floor(recordsDoneBands.length / 3);
  const total = scenario.offices.reduce((sum, o) => sum + o.records, 0);
  const curves = [0, 1, 2].map((b) =>
    yearlyShareFromCumulative(
      scenario.startMonth,
      Array.from({ length: months }, (_, m) => recordsDoneBands[m * 3 + b]!),
      total,
    ),
  );
  const shares = curves.map((c) => c.digitizedShare);
  return savingsBands(curves[0]!.years, shares, economicsContext(scenario));
}
