/**
 * The engine's public data types. Everything here is plain data that crosses a worker boundary by
 * structured clone; big numeric results are typed arrays (transferred, never copied per record).
 */

/** `record`: every record simulated (ground truth). `lot`: lot totals sampled from the same distributions. */
export type FidelityMode = 'record' | 'lot';

export interface RunOptions {
  /** Any 32-bit integer; results depend only on (scenario, seed, mode, stochastic). */
  readonly seed: number;
  readonly mode: FidelityMode;
  /** false: every duration at its mean, page counts spread evenly, no defects (the closed-form check). */
  readonly stochastic: boolean;
}

/** The stage line is declared in `stages.ts`; these are its names, indices and labels. */
export type { StageKind, StageName } from './stages';
export { STAGE, STAGE_COUNT, STAGE_LABELS, STAGES } from './stages';

/** Metrics kept per office and month, in this order, in `metrics` arrays. */
export const METRICS = [
  'recordsDone',
  'pagesScanned',
  'recordsReworked',
  'cost',
  'uploadMb',
  'replicatedMb',
] as const;
export type MetricName = (typeof METRICS)[number];
export const METRIC_COUNT = METRICS.length;
/**
 * Offset of each metric in a month's block, by name: `metrics[m * METRIC_COUNT + METRIC.cost]`. Kernels
 * read them into module constants once.
 */
export const METRIC = Object.fromEntries(METRICS.map((name, k) => [name, k])) as {
  readonly [Name in MetricName]: number;
};

/** Go-live month of an office that does not finish within the horizon. */
export const NEVER = -1;

/** Result of simulating some of the offices (one worker's share). */
export interface ShardResult {
  readonly months: number;
  /** Scenario office indices simulated, in the order of the rows below. */
  readonly officeIndices: Int32Array;
  /** [row * months * METRIC_COUNT + month * METRIC_COUNT + metric] */
  readonly metrics: Float64Array;
  /** Month index (from the scenario start) in which the office's last record was replicated, or NEVER. */
  readonly goLiveMonth: Int32Array;
  /** Fractional months from the scenario start at which the office finished, NaN if never. */
  readonly completionTime: Float64Array;
  /** Work done per stage (hours for staff stages, MB for network stages): [row * STAGE_COUNT + stage]. */
  readonly stageWork: Float64Array;
  /** Share of the available capacity each stage used while the office was active: [row * STAGE_COUNT + stage]. */
  readonly stageUtilisation: Float64Array;
  readonly records: number;
  readonly pages: number;
}

export interface NationalTotals {
  readonly records: number;
  readonly pages: number;
  readonly recordsReworked: number;
  /** In the scenario's currency. */
  readonly cost: number;
  readonly uploadMb: number;
}

/** Whole-scenario result: all offices merged, with national curves. */
export interface SimulationResult {
  readonly months: number;
  readonly officeCount: number;
  /** [office * months * METRIC_COUNT + month * METRIC_COUNT + metric] */
  readonly metrics: Float64Array;
  readonly goLiveMonth: Int32Array;
  readonly completionTime: Float64Array;
  /** Index into STAGES of the stage with the highest utilisation, per office. */
  readonly bottleneckStage: Uint8Array;
  readonly stageUtilisation: Float64Array;
  /** National per-month sums of each metric: [month * METRIC_COUNT + metric]. */
  readonly national: Float64Array;
  /** Per centre and month: storage used (MB, cumulative) [centre * months + month]. */
  readonly centreStorageMb: Float64Array;
  /** Per centre and month: ingest (MB in that month) [centre * months + month]. */
  readonly centreIngestMb: Float64Array;
  readonly totals: NationalTotals;
  /** Month index in which the last office went live, or NEVER. */
  readonly completionMonth: number;
}
