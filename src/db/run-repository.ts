/**
 * Saved runs. A run is stored when it starts ('running', with the validated scenario snapshot, seed, mode
 * and options) and finished once ('done' with results and summary, 'failed' or 'cancelled'). A run that a
 * reload or a closed tab cut off is marked 'interrupted' at start-up by `markInterruptedRuns`, never left
 * 'running'. Time comes in as `now` (ms since the epoch).
 */
import { validateScenario } from '../domain/scenario/validate-scenario';
import type { ValidationProblem } from '../domain/scenario/validate-scenario';
import type { RolloutDatabase, RunMode, RunSummary, RunTimings, StoredRun } from './database';
import { RUN_MODES } from './database';
import type { DbResult } from './errors';
import { conflict, guarded, invalid, notFound, ok } from './errors';

export const RUN_SEED_LIMITS = [0, 0xffff_ffff] as const;
export const RUN_REPLICATION_LIMITS = [1, 1000] as const;
const TEXT_LIMIT = 120;

export interface NewRun {
  readonly scenarioId: string | null;
  /** Untrusted: checked by `validateScenario`, stored as the validator built it. */
  readonly scenario: unknown;
  readonly seed: number;
  readonly mode: RunMode;
  readonly replications: number;
  readonly variability: boolean;
  readonly engineVersion: string;
  readonly now: number;
  /** Shown in the Runs list; the scenario's name by default. */
  readonly name?: string;
  /** Row id; a random UUID by default. */
  readonly id?: string;
}

export type RunFinish =
  | {
      readonly status: 'done';
      readonly results: unknown;
      readonly summary: RunSummary;
      readonly timings: RunTimings;
    }
  | { readonly status: 'failed'; readonly error: string; readonly timings?: RunTimings }
  | { readonly status: 'cancelled'; readonly timings?: RunTimings };

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 24 ? `${value.slice(0, 24)}…` : value);
  if (typeof value === 'number') return String(value);
  return value === null ? 'null' : value === undefined ? 'nothing' : typeof value;
}

function whole(
  path: string,
  value: unknown,
  [min, max]: readonly [number, number],
): ValidationProblem | null {
  if (typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max) return null;
  return { path, message: `${describe(value)} is not a whole number from ${min} to ${max}` };
}

function name(path: string, value: unknown): ValidationProblem | null {
  if (typeof value === 'string' && value.trim().length > 0 && value.length <= TEXT_LIMIT) return null;
  return { path, message: `${describe(value)} is not a name of 1–${TEXT_LIMIT} characters` };
}

function time(path: string, value: unknown): ValidationProblem | null {
  return typeof value === 'number' && Number.isFinite(value)
    ? null
    : { path, message: `${describe(value)} is not a time in milliseconds` };
}

function timingProblems(timings: unknown): ValidationProblem[] {
  if (timings === undefined) return [];
  if (typeof timings !== 'object' || timings === null || Array.isArray(timings))
    return [{ path: 'timings', message: `${describe(timings)} is not a set of named durations` }];
  return Object.entries(timings)
    .filter(([, value]) => typeof value !== 'number' || !Number.isFinite(value))
    .map(([key, value]) => ({
      path: `timings.${key}`,
      message: `${describe(value)} is not a finite number`,
    }));
}

function summaryProblems(summary: RunSummary): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  if (summary.completionMonth !== null && !/^\d{4}-(0[1-9]|1[0-2])$/.test(String(summary.completionMonth)))
    problems.push({
      path: 'summary.completionMonth',
      message: `${describe(summary.completionMonth)} is not a month like "2002-10" or null`,
    });
  if (typeof summary.cost !== 'number' || !Number.isFinite(summary.cost))
    problems.push({ path: 'summary.cost', message: `${describe(summary.cost)} is not a finite number` });
  if (summary.npv !== null && (typeof summary.npv !== 'number' || !Number.isFinite(summary.npv)))
    problems.push({
      path: 'summary.npv',
      message: `${describe(summary.npv)} is not a finite number or null`,
    });
  return problems;
}

/** Stores a run as 'running'. The scenario snapshot goes through the domain validator first. */
export async function startRun(db: RolloutDatabase, input: NewRun): Promise<DbResult<StoredRun>> {
  const validated = validateScenario(input.scenario);
  if (!validated.ok)
    return invalid(
      'The run',
      validated.problems.map((p) => ({ ...p, path: `scenario.${p.path}` })),
    );
  const problems = [
    whole('seed', input.seed, RUN_SEED_LIMITS),
    whole('replications', input.replications, RUN_REPLICATION_LIMITS),
    RUN_MODES.includes(input.mode)
      ? null
      : { path: 'mode', message: `${describe(input.mode)} is not one of ${RUN_MODES.join(', ')}` },
    typeof input.variability === 'boolean'
      ? null
      : { path: 'variability', message: `${describe(input.variability)} is not true or false` },
    name('engineVersion', input.engineVersion),
    input.name === undefined ? null : name('name', input.name),
    input.scenarioId === null ? null : name('scenarioId', input.scenarioId),
    time('now', input.now),
  ].filter((p): p is ValidationProblem => p !== null);
  if (problems.length > 0) return invalid('The run', problems);
  const row: StoredRun = {
    id: input.id ?? crypto.randomUUID(),
    scenarioId: input.scenarioId,
    name: input.name ?? validated.scenario.name,
    scenario: validated.scenario,
    seed: input.seed,
    mode: input.mode,
    replications: input.replications,
    variability: input.variability,
    engineVersion: input.engineVersion,
    status: 'running',
    startedAt: input.now,
    finishedAt: null,
    timings: null,
    summary: null,
    error: null,
    hasResults: false,
  };
  return guarded(async () => {
    await db.runs.add(row);
    return ok(row);
  });
}

/**
 * Ends a running run. 'done' writes the run and its results in one transaction: if the results do not fit
 * (quota), neither is written and the run stays 'running' for the caller to finish as 'failed'.
 */
export async function finishRun(
  db: RolloutDatabase,
  id: string,
  finish: RunFinish,
  now: number,
): Promise<DbResult<StoredRun>> {
  const problems = [time('now', now), ...timingProblems(finish.timings)].filter(
    (p): p is ValidationProblem => p !== null,
  );
  if (finish.status === 'done') problems.push(...summaryProblems(finish.summary));
  if (finish.status === 'failed' && (typeof finish.error !== 'string' || finish.error.length === 0))
    problems.push({ path: 'error', message: `${describe(finish.error)} is not a message` });
  if (!['done', 'failed', 'cancelled'].includes(finish.status))
    problems.push({
      path: 'status',
      message: `${describe(finish.status)} is not one of done, failed, cancelled`,
    });
  if (problems.length > 0) return invalid('The run', problems);
  return guarded(() =>
    db.transaction('rw', [db.runs, db.runResults], async () => {
      const run = await db.runs.get(id);
      if (!run) return notFound('Run', id);
      if (run.status !== 'running') return conflict(`Run "${run.name}" is ${run.status}, not running`);
      const row: StoredRun = {
        ...run,
        status: finish.status,
        finishedAt: now,
        timings: finish.timings ?? null,
        summary: finish.status === 'done' ? finish.summary : null,
        error: finish.status === 'failed' ? finish.error : null,
        hasResults: finish.status === 'done',
      };
      if (finish.status === 'done') await db.runResults.put({ runId: id, results: finish.results });
      await db.runs.put(row);
      return ok(row);
    }),
  );
}

export async function renameRun(
  db: RolloutDatabase,
  id: string,
  newName: string,
): Promise<DbResult<StoredRun>> {
  const problem = name('name', newName);
  if (problem) return invalid('The run', [problem]);
  return guarded(() =>
    db.transaction('rw', db.runs, async () => {
      const run = await db.runs.get(id);
      if (!run) return notFound('Run', id);
      const row: StoredRun = { ...run, name: newName };
      await db.runs.put(row);
      return ok(row);
    }),
  );
}

/** Deletes a run and its results together. */
export async function deleteRun(db: RolloutDatabase, id: string): Promise<DbResult<void>> {
  return guarded(() =>
    db.transaction('rw', [db.runs, db.runResults], async () => {
      if (!(await db.runs.get(id))) return notFound('Run', id);
      await db.runResults.delete(id);
      await db.runs.delete(id);
      return ok(undefined);
    }),
  );
}

export interface InterruptOptions {
  /** Runs still going in another tab (e.g. from Web Locks); every other 'running' run is cut off. */
  readonly isLive?: (run: StoredRun) => boolean;
}

/**
 * At start-up: every run still 'running' (its page was reloaded or closed mid-run) becomes 'interrupted',
 * finished at `now`. Answers how many were marked.
 */
export async function markInterruptedRuns(
  db: RolloutDatabase,
  now: number,
  options: InterruptOptions = {},
): Promise<DbResult<number>> {
  const problem = time('now', now);
  if (problem) return invalid('The runs', [problem]);
  const isLive = options.isLive ?? (() => false);
  return guarded(() =>
    db.transaction('rw', db.runs, async () => {
      const running = await db.runs.where('status').equals('running').toArray();
      const cutOff = running.filter((run) => !isLive(run));
      await db.runs.bulkPut(
        cutOff.map((run) => ({
          ...run,
          status: 'interrupted' as const,
          finishedAt: now,
          error: 'The page was closed or reloaded while the run was going',
        })),
      );
      return ok(cutOff.length);
    }),
  );
}

/** The run, or null. */
export async function getRun(db: RolloutDatabase, id: string): Promise<StoredRun | null> {
  return (await db.runs.get(id)) ?? null;
}

/** A finished run's results as they were stored, or null. */
export async function getRunResults(db: RolloutDatabase, id: string): Promise<unknown> {
  return (await db.runResults.get(id))?.results ?? null;
}

/** Runs (never their results), the latest first; only one scenario's when `scenarioId` is given. */
export async function listRuns(db: RolloutDatabase, scenarioId?: string): Promise<StoredRun[]> {
  const rows =
    scenarioId === undefined
      ? await db.runs.toArray()
      : await db.runs.where('scenarioId').equals(scenarioId).toArray();
  return rows.sort((a, b) => b.startedAt - a.startedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
