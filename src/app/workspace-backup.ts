/**
 * Whole-workspace backup and restore (README "Workspace backup"). A backup is one JSON file, format
 * `registry-rollout-lab/workspace`, version 1: every saved scenario, every run with its results, and the
 * settings. Results keep their typed arrays and non-finite numbers (encoded by `backup-values.ts`).
 *
 * Restoring: the size is checked before the file is read (200 MB), a `__proto__` key anywhere refuses it,
 * the structure is checked with zod (unknown keys refused), every scenario and run snapshot goes through
 * `validateScenario`, and a run whose `scenarioId` names a scenario not in the file refuses it (the backup
 * writes such a dangling link — its scenario was deleted — as null). A good file is previewed first. Rule: a
 * scenario, run or setting whose id is already stored is REPLACED by the backup's; everything else in the
 * browser is kept. The write is one transaction (`restoreWorkspaceRows`): on any error nothing changes.
 */
import { z } from 'zod';

import type {
  RestoreCounts,
  RolloutDatabase,
  StoredRun,
  StoredRunResults,
  StoredScenario,
  StoredSetting,
  WorkspaceRows,
} from '@/db';
import {
  appDatabase,
  readWorkspaceIds,
  readWorkspaceRows,
  restoreWorkspaceRows,
  RUN_STATUSES,
  SCENARIO_SOURCES,
} from '@/db';
import { formatNumber } from '@/domain/parameters/parameter-spec';
import { formatProblems, validateScenario } from '@/domain/scenario/validate-scenario';

import { decodeValue, encodeValue } from './backup-values';

export const WORKSPACE_FORMAT = 'registry-rollout-lab/workspace';
export const WORKSPACE_FORMAT_VERSION = 1;
/** Largest backup read: 200 saved Korean record-mode runs are ~150 MB of base64. */
export const MAX_BACKUP_BYTES = 200 * 1024 * 1024;
const SHOWN_PROBLEMS = 20;

// ---------------------------------------------------------------- the file

export interface BackupDownload {
  readonly fileName: string;
  readonly text: string;
  readonly scenarios: number;
  readonly runs: number;
}

/** The file "Back up my workspace" downloads, e.g. `registry-rollout-lab-2026-12-04.workspace.json`. */
export function workspaceFile(rows: WorkspaceRows, now: number): BackupDownload {
  const scenarioIds = new Set(rows.scenarios.map((s) => s.id));
  const results = new Map(rows.runResults.map((r) => [r.runId, r.results]));
  const document = {
    format: WORKSPACE_FORMAT,
    formatVersion: WORKSPACE_FORMAT_VERSION,
    exportedAt: now,
    scenarios: rows.scenarios,
    runs: rows.runs.map((run) => ({
      ...run,
      // A run of a deleted scenario keeps its snapshot; the link to nothing is not carried over.
      scenarioId: run.scenarioId !== null && scenarioIds.has(run.scenarioId) ? run.scenarioId : null,
      timings: encodeValue(run.timings),
      results: results.has(run.id) ? encodeValue(results.get(run.id)) : null,
    })),
    settings: rows.settings.map((s) => ({ key: s.key, value: encodeValue(s.value) })),
  };
  const day = new Date(now).toISOString().slice(0, 10);
  return {
    fileName: `registry-rollout-lab-${day}.workspace.json`,
    text: `${JSON.stringify(document)}\n`,
    scenarios: rows.scenarios.length,
    runs: rows.runs.length,
  };
}

/** Reads the whole store and builds the backup file. */
export async function backUpWorkspace(
  now: number,
  db: RolloutDatabase = appDatabase(),
): Promise<
  { readonly ok: true; readonly file: BackupDownload } | { readonly ok: false; readonly message: string }
> {
  const rows = await readWorkspaceRows(db);
  if (!rows.ok) return { ok: false, message: `The backup was not made: ${rows.error.message}` };
  try {
    return { ok: true, file: workspaceFile(rows.value, now) };
  } catch (error) {
    return {
      ok: false,
      message: `The backup was not made: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}

const text = (max: number) => z.string().min(1).max(max);
const finite = z.number().refine(Number.isFinite, 'not a finite number');
const whole = (min: number, max: number) => z.number().int().min(min).max(max);

const scenarioRowSchema = z.strictObject({
  id: text(200),
  name: z.string(),
  country: z.string(),
  createdAt: finite,
  updatedAt: finite,
  source: z.enum(SCENARIO_SOURCES),
  document: z.unknown(),
});

const summarySchema = z.strictObject({
  completionMonth: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/)
    .nullable(),
  cost: finite,
  npv: finite.nullable(),
});

const runRowSchema = z.strictObject({
  id: text(200),
  scenarioId: text(200).nullable(),
  name: text(120),
  scenario: z.unknown(),
  seed: whole(0, 0xffff_ffff),
  mode: z.enum(['record', 'lot']),
  replications: whole(1, 1000),
  variability: z.boolean(),
  engineVersion: text(120),
  status: z.enum(RUN_STATUSES),
  startedAt: finite,
  finishedAt: finite.nullable(),
  timings: z.record(z.string(), z.unknown()).nullable(),
  summary: summarySchema.nullable(),
  error: z.string().max(2000).nullable(),
  hasResults: z.boolean(),
  results: z.unknown(),
});

const settingRowSchema = z.strictObject({
  key: z.string().regex(/^[a-zA-Z][a-zA-Z0-9._-]{0,63}$/),
  value: z.unknown(),
});

const backupSchema = z.strictObject({
  format: z.literal(WORKSPACE_FORMAT),
  formatVersion: z.literal(WORKSPACE_FORMAT_VERSION),
  exportedAt: finite,
  scenarios: z.array(scenarioRowSchema),
  runs: z.array(runRowSchema),
  settings: z.array(settingRowSchema),
});

function zodPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)),
    '',
  );
}

class ProtoKey extends Error {}

type Checked =
  | { readonly ok: true; readonly rows: WorkspaceRows; readonly exportedAt: number }
  | {
      readonly ok: false;
      readonly problems: readonly string[];
    };

/** Parses and checks a backup's text into rows ready to store; never touches the store. */
export function parseWorkspaceBackup(source: string): Checked {
  let json: unknown;
  try {
    json = JSON.parse(source.replace(/^\uFEFF/, ''), (key, value: unknown) => {
      if (key === '__proto__') throw new ProtoKey();
      return value;
    });
  } catch (error) {
    if (error instanceof ProtoKey)
      return { ok: false, problems: ['a "__proto__" key is not allowed anywhere in a backup'] };
    return {
      ok: false,
      problems: [
        `not JSON: ${error instanceof Error ? error.message : String(error)} (a cut-off or damaged file?)`,
      ],
    };
  }
  const head = z.strictObject({ format: z.unknown(), formatVersion: z.unknown() }).loose().safeParse(json);
  if (head.success && head.data.format !== WORKSPACE_FORMAT)
    return {
      ok: false,
      problems: [
        `format: ${JSON.stringify(head.data.format) ?? 'nothing'} is not "${WORKSPACE_FORMAT}" (not a workspace backup)`,
      ],
    };
  if (head.success && head.data.formatVersion !== WORKSPACE_FORMAT_VERSION)
    return {
      ok: false,
      problems: [
        `formatVersion: ${JSON.stringify(head.data.formatVersion) ?? 'nothing'} is not ${WORKSPACE_FORMAT_VERSION} (this app reads version ${WORKSPACE_FORMAT_VERSION} only)`,
      ],
    };
  const parsed = backupSchema.safeParse(json);
  if (!parsed.success)
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => `${zodPath(issue.path) || '(file)'}: ${issue.message}`),
    };
  const file = parsed.data;
  const problems: string[] = [];
  const scenarios: StoredScenario[] = [];
  const seen = new Set<string>();
  file.scenarios.forEach((row, i) => {
    if (seen.has(row.id)) problems.push(`scenarios[${i}].id: "${row.id}" appears twice`);
    seen.add(row.id);
    const checked = validateScenario(row.document);
    if (!checked.ok) {
      problems.push(...formatProblems(checked.problems).map((line) => `scenarios[${i}].document.${line}`));
      return;
    }
    scenarios.push({
      id: row.id,
      name: checked.scenario.name,
      country: checked.scenario.country,
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
      source: row.source,
      document: checked.scenario,
    });
  });
  const runs: StoredRun[] = [];
  const runResults: StoredRunResults[] = [];
  const runIds = new Set<string>();
  file.runs.forEach((row, i) => {
    const at = `runs[${i}]`;
    if (runIds.has(row.id)) problems.push(`${at}.id: "${row.id}" appears twice`);
    runIds.add(row.id);
    if (row.scenarioId !== null && !seen.has(row.scenarioId))
      problems.push(`${at}.scenarioId: scenario "${row.scenarioId}" is not in the backup`);
    const checked = validateScenario(row.scenario);
    if (!checked.ok)
      problems.push(...formatProblems(checked.problems).map((line) => `${at}.scenario.${line}`));
    const timings = decodeValue(row.timings, `${at}.timings`);
    if (!timings.ok) problems.push(timings.problem);
    else if (
      timings.value !== null &&
      Object.values(timings.value as Record<string, unknown>).some((v) => typeof v !== 'number')
    )
      problems.push(`${at}.timings: every timing must be a number`);
    const results = decodeValue(row.results, `${at}.results`);
    if (!results.ok) problems.push(results.problem);
    if (row.hasResults !== (row.results !== null))
      problems.push(
        `${at}.hasResults: ${row.hasResults} but the run ${row.results === null ? 'has no' : 'has'} results`,
      );
    if (!checked.ok || !timings.ok || !results.ok) return;
    runs.push({
      id: row.id,
      scenarioId: row.scenarioId,
      name: row.name,
      scenario: checked.scenario,
      seed: row.seed,
      mode: row.mode,
      replications: row.replications,
      variability: row.variability,
      engineVersion: row.engineVersion,
      status: row.status,
      startedAt: row.startedAt,
      finishedAt: row.finishedAt,
      timings: timings.value as StoredRun['timings'],
      summary: row.summary,
      error: row.error,
      hasResults: row.hasResults,
    });
    if (row.results !== null) runResults.push({ runId: row.id, results: results.value });
  });
  const settings: StoredSetting[] = [];
  const keys = new Set<string>();
  file.settings.forEach((row, i) => {
    if (keys.has(row.key)) problems.push(`settings[${i}].key: "${row.key}" appears twice`);
    keys.add(row.key);
    const value = decodeValue(row.value, `settings[${i}].value`);
    if (!value.ok) problems.push(value.problem);
    else if (value.value === undefined) problems.push(`settings[${i}].value: has no value`);
    else settings.push({ key: row.key, value: value.value });
  });
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, rows: { scenarios, runs, runResults, settings }, exportedAt: file.exportedAt };
}

// ---------------------------------------------------------------- restore

/** What is needed of a `File` (a browser `File` or a test's stand-in). */
export interface BackupFileLike {
  readonly name: string;
  readonly size: number;
  text(): Promise<string>;
}

export interface BackupPreview {
  readonly kind: 'preview';
  readonly fileName: string;
  readonly exportedAt: number;
  readonly rows: WorkspaceRows;
  /** Stored scenarios and runs with an id the backup also has: the backup's copy replaces them. */
  readonly replacedScenarios: readonly { readonly id: string; readonly name: string }[];
  readonly replacedRuns: readonly { readonly id: string; readonly name: string }[];
  readonly replacedSettings: readonly string[];
}

export interface BackupProblems {
  readonly kind: 'problems';
  readonly fileName: string;
  readonly headline: string;
  readonly problems: readonly string[];
}

export type BackupReading = BackupPreview | BackupProblems;

function refusal(fileName: string, problems: readonly string[]): BackupProblems {
  const count = problems.length === 1 ? '1 problem' : `${formatNumber(problems.length)} problems`;
  const shown = problems.slice(0, SHOWN_PROBLEMS).map((line) => `"${fileName}": ${line}`);
  if (problems.length > shown.length) shown.push(`and ${formatNumber(problems.length - shown.length)} more`);
  return {
    kind: 'problems',
    fileName,
    headline: `"${fileName}" was not restored (${count}); nothing was changed.`,
    problems: shown,
  };
}

function megabytes(bytes: number): string {
  return `${formatNumber(Math.round((bytes / (1024 * 1024)) * 10) / 10)} MB`;
}

/** Reads and checks a backup and previews what restoring it would do; never writes anything. */
export async function readBackupFile(
  file: BackupFileLike,
  db: RolloutDatabase = appDatabase(),
): Promise<BackupReading> {
  const name = file.name;
  if (file.size > MAX_BACKUP_BYTES)
    return refusal(name, [
      `the file is ${megabytes(file.size)}; a backup is at most ${megabytes(MAX_BACKUP_BYTES)} (not read)`,
    ]);
  let source: string;
  try {
    source = await file.text();
  } catch (error) {
    return refusal(name, [
      `the file could not be read (${error instanceof Error ? error.message : String(error)})`,
    ]);
  }
  const checked = parseWorkspaceBackup(source);
  if (!checked.ok) return refusal(name, checked.problems);
  const stored = await readWorkspaceIds(db);
  if (!stored.ok) return refusal(name, [stored.error.message]);
  const scenarioIds = new Set(stored.value.scenarioIds);
  const runIds = new Set(stored.value.runIds);
  const keys = new Set(stored.value.settingKeys);
  const { rows } = checked;
  return {
    kind: 'preview',
    fileName: name,
    exportedAt: checked.exportedAt,
    rows,
    replacedScenarios: rows.scenarios
      .filter((s) => scenarioIds.has(s.id))
      .map((s) => ({ id: s.id, name: s.name })),
    replacedRuns: rows.runs.filter((r) => runIds.has(r.id)).map((r) => ({ id: r.id, name: r.name })),
    replacedSettings: rows.settings.filter((s) => keys.has(s.key)).map((s) => s.key),
  };
}

export type RestoreAnswer =
  | { readonly ok: true; readonly counts: RestoreCounts }
  | { readonly ok: false; readonly message: string; readonly problems: readonly string[] };

/** Writes a previewed backup in one transaction (the repository checks every scenario again). */
export async function restoreBackup(
  preview: BackupPreview,
  db: RolloutDatabase = appDatabase(),
): Promise<RestoreAnswer> {
  const answer = await restoreWorkspaceRows(db, preview.rows);
  if (answer.ok) return { ok: true, counts: answer.value };
  const { error } = answer;
  return {
    ok: false,
    message: `"${preview.fileName}" was not restored: ${error.message}; nothing was changed.`,
    problems: error.kind === 'invalid' ? formatProblems(error.problems) : [],
  };
}
