/**
 * What a run is asked to do, and the checks on it. The run panel and the benchmark hook both go through
 * these checks, so a bad seed or replication count is refused with the same message wherever it comes from.
 */
import { formatNumber } from '@/domain/parameters/parameter-spec';

import type { FidelityMode } from '../../workers/engine/engine-types';

export interface RunRequest {
  /** 0 … 4,294,967,295; the engine reads it as a 32-bit integer. */
  readonly seed: number;
  readonly mode: FidelityMode;
  /** Draw durations, page counts and defects at random; Monte Carlo (replications > 1) always does. */
  readonly stochastic: boolean;
  /** 1: a single run with office-by-month detail. More: Monte Carlo, P10/P50/P90 of the outcomes. */
  readonly replications: number;
  /** Worker count; by default one per logical core (never more than there are offices or replications). */
  readonly workers?: number;
}

export const SEED_LIMITS = [0, 0xffff_ffff] as const;
export const REPLICATION_LIMITS = [1, 1000] as const;
export const WORKER_LIMITS = [1, 64] as const;
export const FIDELITY_MODES: readonly FidelityMode[] = ['record', 'lot'];

function checkWhole(label: string, value: unknown, [min, max]: readonly [number, number]): string | null {
  const range = `a whole number from ${formatNumber(min)} to ${formatNumber(max)}`;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max)
    return `${label}: ${describe(value)} is not ${range}`;
  return null;
}

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 24 ? `${value.slice(0, 24)}…` : value);
  if (typeof value === 'number') return Number.isFinite(value) ? formatNumber(value) : String(value);
  return value === undefined ? 'nothing' : typeof value;
}

/** Reads a whole number typed by a person: digits only (no exponent, sign or decimals), else the text itself. */
export function parseWholeNumber(text: string): number | string {
  const trimmed = text.trim();
  return /^\d{1,16}$/.test(trimmed) ? Number(trimmed) : trimmed;
}

export function checkSeed(value: unknown): string | null {
  return checkWhole('Seed', value, SEED_LIMITS);
}

export function checkReplications(value: unknown): string | null {
  return checkWhole('Replications', value, REPLICATION_LIMITS);
}

/** Checks untrusted run options (the benchmark hook's argument): the request, or every problem found. */
export function validateRunRequest(raw: unknown): { request: RunRequest } | { problems: string[] } {
  if (typeof raw !== 'object' || raw === null) return { problems: ['run options: expected an object'] };
  const o = raw as Record<string, unknown>;
  const problems: string[] = [];
  const known = new Set(['seed', 'mode', 'stochastic', 'replications', 'workers']);
  for (const key of Object.keys(o)) if (!known.has(key)) problems.push(`run options: "${key}" is not known`);
  const seedProblem = checkSeed(o.seed);
  if (seedProblem) problems.push(seedProblem);
  if (!FIDELITY_MODES.includes(o.mode as FidelityMode))
    problems.push(`Mode: ${describe(o.mode)} is not one of ${FIDELITY_MODES.join(', ')}`);
  if (typeof o.stochastic !== 'boolean')
    problems.push(`Variability: ${describe(o.stochastic)} is not true or false`);
  const replications = o.replications ?? 1;
  const replicationsProblem = checkReplications(replications);
  if (replicationsProblem) problems.push(replicationsProblem);
  const workersProblem = o.workers === undefined ? null : checkWhole('Workers', o.workers, WORKER_LIMITS);
  if (workersProblem) problems.push(workersProblem);
  if (problems.length > 0) return { problems };
  const request: RunRequest = {
    seed: o.seed as number,
    mode: o.mode as FidelityMode,
    stochastic: o.stochastic as boolean,
    replications: replications as number,
    ...(o.workers === undefined ? {} : { workers: o.workers as number }),
  };
  return { request };
}

/** Workers a run uses when the request does not say: one per logical core, 2 if the browser does not tell. */
export function defaultWorkerCount(): number {
  const cores = typeof navigator === 'undefined' ? 0 : navigator.hardwareConcurrency;
  return Math.min(WORKER_LIMITS[1], cores > 0 ? cores : 2);
}

// Rough single-core speeds of the bundled engine in Chromium on the project's 2-vCPU machine
// (docs/performance.md), used only for the time shown before a run starts.
const RECORDS_PER_SECOND_PER_WORKER = 12e6;
const LOT_REPLICATIONS_PER_SECOND_PER_WORKER = 100;
const WORKER_START_SECONDS = 0.3;

/** A-priori wall-time estimate of a run in seconds, before any progress has been reported. */
export function estimateRunSeconds(request: RunRequest, totalRecords: number, workers: number): number {
  const perWorker = Math.max(1, workers);
  const work =
    request.mode === 'record'
      ? (totalRecords * request.replications) / RECORDS_PER_SECOND_PER_WORKER
      : request.replications / LOT_REPLICATIONS_PER_SECOND_PER_WORKER;
  return WORKER_START_SECONDS + work / perWorker;
}
