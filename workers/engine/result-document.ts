/**
 * The CLI's result file, format `registry-rollout-lab/result`, version 1. Plain JSON: numbers stay numbers,
 * a value that is not a finite number (NaN: an office that never finished) is written as null, and a month
 * that never came is null. Months are "YYYY-MM"; `…Index` fields count months from the scenario start.
 * Fields marked Monte Carlo appear only when --replications > 1. Never change a field's meaning within a
 * version; add fields or bump the version. `economics` is the appraisal of the detailed run (README "Economics").
 */
import type { FidelityMode, MetricName, StageName } from './engine-types';
import type { SavingsBands } from '../../src/domain/economics/savings-bands';
import type { EconomicsSection } from './economics-section';

export const RESULT_FORMAT = 'registry-rollout-lab/result';
export const RESULT_FORMAT_VERSION = 1;

export type Month = string | null;

export interface OfficeResult {
  readonly id: string;
  readonly name: string;
  readonly region: string;
  readonly records: number;
  readonly pages: number;
  readonly goLiveMonth: Month;
  readonly goLiveIndex: number | null;
  /** Fractional months from the scenario start at which the office finished. */
  readonly completionTime: number | null;
  /** The stage with the highest utilisation while the office was active. */
  readonly bottleneck: StageName;
  readonly goLiveP10?: Month;
  readonly goLiveP50?: Month;
  readonly goLiveP90?: Month;
}

export interface CentreResult {
  readonly id: string;
  readonly name: string;
  readonly kind: string;
  readonly storageMbEnd: number;
  readonly peakIngestMbPerMonth: number;
}

/** Per-month national sums of every engine metric (not cumulative), plus Monte Carlo bands (cumulative). */
export type NationalResult = { readonly months: string[] } & Record<MetricName, number[]> & {
    readonly recordsDoneP10?: number[];
    readonly recordsDoneP50?: number[];
    readonly recordsDoneP90?: number[];
  };

/** A simulated Korean run beside what happened (README "Korea as it happened"); Korean scenarios only. */
export interface HistorySection {
  /** 22 Oct 2002 [K5]. */
  readonly completion: {
    readonly month: string;
    readonly sources: readonly string[];
    readonly status: string;
  };
  /** Sourced programme money: 250 bn KRW planned to 2002 [K3], ~300 bn estimated in 1993 [K1]. */
  readonly budget: readonly {
    readonly value: number;
    readonly currency: string;
    readonly label: string;
    readonly sources: readonly string[];
  }[];
  /**
   * This run's cost to set beside the budget, at the parameters' prices (mid-1990s, like the budget): the
   * conversion (the engine's staff and equipment) plus the data centres' capital; null if the run's cost is not
   * finite.
   */
  readonly programmeCost: {
    readonly conversion: number;
    readonly centreCapital: number;
    readonly total: number;
  } | null;
  /** Offices live at the end of each milestone year: simulated (this run) beside the sources' words. */
  readonly officesLive: readonly {
    readonly year: number;
    readonly simulated: number;
    readonly history: string;
    readonly sources: readonly string[];
  }[];
}

export interface ResultDocument {
  readonly format: typeof RESULT_FORMAT;
  readonly formatVersion: typeof RESULT_FORMAT_VERSION;
  readonly engineVersion: string;
  readonly scenario: {
    readonly id: string;
    readonly name: string;
    readonly country: string;
    readonly currency: string;
    readonly startMonth: string;
    readonly horizonMonths: number;
    /** The preset's rollout plan the scenario was built from; null for a custom plan (e.g. an imported file). */
    readonly variant: { readonly id: string; readonly label: string } | null;
  };
  readonly run: {
    /** The seed as given on the command line (0..4294967295). */
    readonly seed: number;
    readonly mode: FidelityMode;
    readonly stochastic: boolean;
    /** Threads that ran the engine. */
    readonly workers: number;
    readonly replications: number;
    readonly wallSeconds: number;
  };
  /** Of the detailed run (with Monte Carlo: replication 0). Cost in the scenario currency. */
  readonly totals: {
    readonly records: number;
    readonly pages: number;
    /** Records replicated by the end of the horizon (= records when every office went live). */
    readonly recordsDone: number;
    readonly recordsReworked: number;
    readonly cost: number | null;
    readonly uploadMb: number;
    readonly costP10?: number | null;
    readonly costP50?: number | null;
    readonly costP90?: number | null;
  };
  readonly completion: {
    readonly month: Month;
    readonly monthIndex: number | null;
    readonly p10?: Month;
    readonly p50?: Month;
    readonly p90?: Month;
  };
  readonly offices: OfficeResult[];
  readonly centres: CentreResult[];
  readonly national: NationalResult;
  /** `tornado` only with --sensitivity; `savingsBands` (Monte Carlo) only with --replications > 1. */
  /** Korean scenarios only: the historical completion, budget and milestones beside this run. */
  readonly history?: HistorySection;
  readonly economics: EconomicsSection & {
    readonly tornado?: SensitivitySection;
    readonly savingsBands?: SavingsBands;
  };
}

/** `economics.tornado` (--sensitivity): built by scripts/economics-sensitivity.ts. */
export interface TornadoBarJson {
  readonly parameter: string;
  readonly label: string;
  readonly unit: string;
  readonly baseValue: number;
  readonly low: number;
  readonly high: number;
  readonly atLow: number | null;
  readonly atHigh: number | null;
  readonly swing: number | null;
}

export interface TornadoJson {
  readonly base: number | null;
  /** Sorted by swing, largest first. */
  readonly bars: readonly TornadoBarJson[];
}

export interface SensitivitySection {
  readonly note: string;
  readonly npv: TornadoJson;
  /** Months from the scenario start; a run that never completes counts as the horizon length. */
  readonly completionMonths: TornadoJson;
  /**
   * Parameters left out: the calibrated minutes per visit of a Korean (KRW) scenario, and any parameter an end
   * of whose range makes the scenario invalid (or that has no numeric base value).
   */
  readonly skipped: readonly { readonly parameter: string; readonly reason: string }[];
  readonly engineRuns: number;
  readonly seconds: number;
}
