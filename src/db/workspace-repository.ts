/**
 * The whole workspace at once, for backup and restore (`app/workspace-backup.ts`): every row of every table
 * read in one read transaction, and a restore written in one read-write transaction — all of it or nothing.
 *
 * Restore rule: every row of the backup is written under its own id; a row already stored with that id (or
 * setting key) is replaced by the backup's; rows the backup does not hold stay as they are. A run replaced
 * by one without results loses its old results with it.
 */
import { validateScenario } from '../domain/scenario/validate-scenario';
import type { ValidationProblem } from '../domain/scenario/validate-scenario';
import type { RolloutDatabase, StoredRun, StoredRunResults, StoredScenario, StoredSetting } from './database';
import type { DbResult } from './errors';
import { guarded, invalid, ok } from './errors';

export interface WorkspaceRows {
  readonly scenarios: readonly StoredScenario[];
  readonly runs: readonly StoredRun[];
  readonly runResults: readonly StoredRunResults[];
  readonly settings: readonly StoredSetting[];
}

export interface WorkspaceIds {
  readonly scenarioIds: readonly string[];
  readonly runIds: readonly string[];
  readonly settingKeys: readonly string[];
}

export interface RestoreCounts {
  readonly scenarios: number;
  readonly runs: number;
  readonly runResults: number;
  readonly settings: number;
}

/** Every row of every table, read in one transaction (a consistent snapshot). */
export async function readWorkspaceRows(db: RolloutDatabase): Promise<DbResult<WorkspaceRows>> {
  return guarded(() =>
    db.transaction('r', [db.scenarios, db.runs, db.runResults, db.settings], async () =>
      ok({
        scenarios: await db.scenarios.toArray(),
        runs: await db.runs.toArray(),
        runResults: await db.runResults.toArray(),
        settings: await db.settings.toArray(),
      }),
    ),
  );
}

/** The ids already stored, for a restore's preview. */
export async function readWorkspaceIds(db: RolloutDatabase): Promise<DbResult<WorkspaceIds>> {
  return guarded(() =>
    db.transaction('r', [db.scenarios, db.runs, db.settings], async () =>
      ok({
        scenarioIds: (await db.scenarios.toCollection().primaryKeys()) as string[],
        runIds: (await db.runs.toCollection().primaryKeys()) as string[],
        settingKeys: (await db.settings.toCollection().primaryKeys()) as string[],
      }),
    ),
  );
}

function rowProblems(rows: WorkspaceRows): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  rows.scenarios.forEach((row, i) => {
    const checked = validateScenario(row.document);
    if (!checked.ok)
      problems.push(...checked.problems.map((p) => ({ ...p, path: `scenarios[${i}].document.${p.path}` })));
  });
  rows.runs.forEach((row, i) => {
    const checked = validateScenario(row.scenario);
    if (!checked.ok)
      problems.push(...checked.problems.map((p) => ({ ...p, path: `runs[${i}].scenario.${p.path}` })));
  });
  const runIds = new Set(rows.runs.map((run) => run.id));
  rows.runResults.forEach((row, i) => {
    if (!runIds.has(row.runId))
      problems.push({
        path: `runResults[${i}].runId`,
        message: `run "${row.runId}" is not restored with it`,
      });
  });
  return problems;
}

/**
 * Writes a checked backup in one transaction (see the restore rule above). Every scenario document and run
 * snapshot passes `validateScenario` again first; results must belong to a run of the same restore.
 */
export async function restoreWorkspaceRows(
  db: RolloutDatabase,
  rows: WorkspaceRows,
): Promise<DbResult<RestoreCounts>> {
  const problems = rowProblems(rows);
  if (problems.length > 0) return invalid('The backup', problems);
  const withResults = new Set(rows.runResults.map((row) => row.runId));
  const withoutResults = rows.runs.filter((run) => !withResults.has(run.id)).map((run) => run.id);
  return guarded(() =>
    db.transaction('rw', [db.scenarios, db.runs, db.runResults, db.settings], async () => {
      await db.scenarios.bulkPut([...rows.scenarios]);
      await db.runResults.bulkDelete(withoutResults);
      await db.runs.bulkPut([...rows.runs]);
      await db.runResults.bulkPut([...rows.runResults]);
      await db.settings.bulkPut([...rows.settings]);
      return ok({
        scenarios: rows.scenarios.length,
        runs: rows.runs.length,
        runResults: rows.runResults.length,
        settings: rows.settings.length,
      });
    }),
  );
}
