/** Turns engine output (typed arrays, month indices) into the documented result file. */
import {
  KOREA_HISTORICAL_COMPLETION,
  KOREA_OFFICES_LIVE_MILESTONES,
  KOREA_PROGRAMME_BUDGET,
} from '../../src/domain/presets/korea-history';
import type { Scenario } from '../../src/domain/scenario/scenario-schema';
import { yearMonthFromIndex } from '../../src/domain/scenario/field-schemas';
import type { EngineInput } from './engine-input';
import type { RunOptions, SimulationResult } from './engine-types';
import { METRIC_COUNT, METRICS, NEVER, STAGES } from './engine-types';
import { recordsCompleted } from './merge';
import type { MonteCarloSummary } from './percentiles';
import { economicsSection, savingsBandsOfRun } from './economics-section';
import { ENGINE_VERSION } from './engine-version';
import type {
  CentreResult,
  HistorySection,
  Month,
  NationalResult,
  OfficeResult,
  ResultDocument,
  SensitivitySection,
} from './result-document';
import { RESULT_FORMAT, RESULT_FORMAT_VERSION } from './result-document';

export interface FinishedRun {
  readonly scenario: Scenario;
  /** Of the compiled input, only its month 0, months and office count are read. */
  readonly input: Pick<EngineInput, 'firstMonth' | 'months' | 'officeCount'>;
  readonly options: RunOptions;
  /** The seed as the user gave it (unsigned). */
  readonly seed: number;
  readonly workers: number;
  readonly replications: number;
  readonly wallSeconds: number;
  readonly result: SimulationResult;
  readonly monteCarlo: MonteCarloSummary | null;
  /** With --sensitivity: the tornados. */
  readonly sensitivity?: SensitivitySection | null;
}

/** A finite number, or null (JSON has no NaN or Infinity). */
export function finite(value: number): number | null {
  return Number.isFinite(value) ? value : null;
}

function monthOf(input: FinishedRun['input'], index: number): Month {
  return index === NEVER ? null : yearMonthFromIndex(input.firstMonth + index);
}

function offices(run: FinishedRun): OfficeResult[] {
  const { scenario, input, result, monteCarlo } = run;
  return scenario.offices.map((office, o) => {
    const live = result.goLiveMonth[o]!;
    const band = (k: number) => monthOf(input, monteCarlo!.officeGoLive[o * 3 + k]!);
    return {
      id: office.id,
      name: office.name,
      region: office.region,
      records: office.records,
      pages: office.pages,
      goLiveMonth: monthOf(input, live),
      goLiveIndex: live === NEVER ? null : live,
      completionTime: finite(result.completionTime[o]!),
      bottleneck: STAGES[result.bottleneckStage[o]!] ?? STAGES[0]!,
      ...(monteCarlo ? { goLiveP10: band(0), goLiveP50: band(1), goLiveP90: band(2) } : {}),
    };
  });
}

function centres(run: FinishedRun): CentreResult[] {
  const { months } = run.input;
  return run.scenario.centres.map((centre, c) => {
    let peak = 0;
    for (let m = 0; m < months; m++) peak = Math.max(peak, run.result.centreIngestMb[c * months + m]!);
    return {
      id: centre.id,
      name: centre.name,
      kind: centre.kind,
      storageMbEnd: run.result.centreStorageMb[c * months + months - 1] ?? 0,
      peakIngestMbPerMonth: peak,
    };
  });
}

function national(run: FinishedRun): NationalResult {
  const { months } = run.input;
  const perMonth = (k: number) =>
    Array.from({ length: months }, (_, m) => run.result.national[m * METRIC_COUNT + k]!);
  const metrics = Object.fromEntries(METRICS.map((name, k) => [name, perMonth(k)]));
  const bands = run.monteCarlo?.recordsDoneBands;
  const band = (b: number) => Array.from({ length: months }, (_, m) => bands![m * 3 + b]!);
  return {
    months: Array.from({ length: months }, (_, m) => yearMonthFromIndex(run.input.firstMonth + m)),
    ...(metrics as Record<(typeof METRICS)[number], number[]>),
    ...(bands ? { recordsDoneP10: band(0), recordsDoneP50: band(1), recordsDoneP90: band(2) } : {}),
  };
}

/** Offices whose go-live month is in or before December of `year`. */
function officesLiveBy(run: FinishedRun, year: number): number {
  const lastMonth = year * 12 + 11 - run.input.firstMonth;
  let live = 0;
  for (let o = 0; o < run.input.officeCount; o++) {
    const month = run.result.goLiveMonth[o]!;
    if (month !== NEVER && month <= lastMonth) live++;
  }
  return live;
}

function centreCapital(scenario: Scenario): number {
  const p = scenario.parameters as Record<string, unknown>;
  const regional = scenario.centres.filter((c) => c.kind === 'regional').length;
  const central = scenario.centres.length - regional;
  return Number(p.centralCentreCost) * central + Number(p.regionalCentreCost) * regional;
}

function history(run: FinishedRun): HistorySection | undefined {
  if (run.scenario.country !== 'KOR') return undefined;
  const conversion = run.result.totals.cost;
  const centres = centreCapital(run.scenario);
  return {
    programmeCost: Number.isFinite(conversion + centres)
      ? { conversion, centreCapital: centres, total: conversion + centres }
      : null,
    completion: { ...KOREA_HISTORICAL_COMPLETION },
    budget: KOREA_PROGRAMME_BUDGET.map((b) => ({
      value: b.value,
      currency: b.currency,
      label: b.label,
      sources: b.sources,
    })),
    officesLive: KOREA_OFFICES_LIVE_MILESTONES.map((m) => ({
      year: m.year,
      simulated: officesLiveBy(run, m.year),
      history: m.history,
      sources: m.sources,
    })),
  };
}

export function buildResultDocument(run: FinishedRun): ResultDocument {
  const { scenario, input, result, monteCarlo } = run;
  const mc = monteCarlo;
  const historySection = history(run);
  return {
    format: RESULT_FORMAT,
    formatVersion: RESULT_FORMAT_VERSION,
    engineVersion: ENGINE_VERSION,
    scenario: {
      id: scenario.id,
      name: scenario.name,
      country: scenario.country,
      currency: scenario.currency,
      startMonth: scenario.startMonth,
      horizonMonths: scenario.horizonMonths,
      variant: scenario.rollout.variant
        ? { id: scenario.rollout.variant.id, label: scenario.rollout.variant.label }
        : null,
    },
    run: {
      seed: run.seed,
      mode: run.options.mode,
      stochastic: run.options.stochastic,
      workers: run.workers,
      replications: run.replications,
      wallSeconds: Math.round(run.wallSeconds * 1000) / 1000,
    },
    totals: {
      records: result.totals.records,
      pages: result.totals.pages,
      recordsDone: recordsCompleted(result),
      recordsReworked: result.totals.recordsReworked,
      cost: finite(result.totals.cost),
      uploadMb: result.totals.uploadMb,
      ...(mc
        ? { costP10: finite(mc.cost.p10), costP50: finite(mc.cost.p50), costP90: finite(mc.cost.p90) }
        : {}),
    },
    completion: {
      month: monthOf(input, result.completionMonth),
      monthIndex: result.completionMonth === NEVER ? null : result.completionMonth,
      ...(mc
        ? {
            p10: monthOf(input, mc.completionMonth.p10),
            p50: monthOf(input, mc.completionMonth.p50),
            p90: monthOf(input, mc.completionMonth.p90),
          }
        : {}),
    },
    offices: offices(run),
    centres: centres(run),
    national: national(run),
    ...(historySection ? { history: historySection } : {}),
    economics: {
      ...economicsSection(scenario, result),
      ...(run.sensitivity ? { tornado: run.sensitivity } : {}),
      ...(mc ? { savingsBands: savingsBandsOfRun(scenario, mc.recordsDoneBands) } : {}),
    },
  };
}
