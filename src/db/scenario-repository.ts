/**
 * Saved scenarios. Every write validates the document with the domain's `validateScenario` before the
 * transaction starts and stores the fresh object the validator built, so an invalid or hostile document
 * (unknown keys, `__proto__`) never reaches the store. Time comes in as `now` (ms since the epoch).
 */
import type { Scenario } from '../domain/scenario/scenario-schema';
import { validateScenario } from '../domain/scenario/validate-scenario';
import type { RolloutDatabase, ScenarioSource, StoredScenario } from './database';
import { SCENARIO_SOURCES } from './database';
import type { DbFailure, DbResult } from './errors';
import { guarded, invalid, notFound, ok } from './errors';

export interface NewScenario {
  /** Untrusted: checked by `validateScenario`. */
  readonly document: unknown;
  readonly source: ScenarioSource;
  readonly now: number;
  /** Row id; a random UUID by default. */
  readonly id?: string;
}

type Checked = { readonly ok: true; readonly scenario: Scenario } | DbFailure;

function check(document: unknown): Checked {
  const result = validateScenario(document);
  return result.ok ? result : invalid('The scenario', result.problems);
}

function checkTime(now: number): DbFailure | null {
  return Number.isFinite(now)
    ? null
    : invalid('The scenario', [{ path: 'now', message: `${String(now)} is not a time in milliseconds` }]);
}

function newId(id: string | undefined): string {
  return id ?? crypto.randomUUID();
}

export async function createScenario(
  db: RolloutDatabase,
  input: NewScenario,
): Promise<DbResult<StoredScenario>> {
  const checked = check(input.document);
  if (!checked.ok) return checked;
  const badTime = checkTime(input.now);
  if (badTime) return badTime;
  if (!SCENARIO_SOURCES.includes(input.source))
    return invalid('The scenario', [
      {
        path: 'source',
        message: `${JSON.stringify(input.source)} is not one of ${SCENARIO_SOURCES.join(', ')}`,
      },
    ]);
  const row: StoredScenario = {
    id: newId(input.id),
    name: checked.scenario.name,
    country: checked.scenario.country,
    createdAt: input.now,
    updatedAt: input.now,
    source: input.source,
    document: checked.scenario,
  };
  return guarded(async () => {
    // add, not put: an existing row with this id is never overwritten.
    await db.scenarios.add(row);
    return ok(row);
  });
}

/** Replaces a scenario's document (autosave); keeps its id, creation time and source. */
export async function updateScenario(
  db: RolloutDatabase,
  id: string,
  document: unknown,
  now: number,
): Promise<DbResult<StoredScenario>> {
  return rewrite(db, id, () => document, now);
}

/** Renames a scenario: the document's name changes with it, through the same validation. */
export async function renameScenario(
  db: RolloutDatabase,
  id: string,
  name: string,
  now: number,
): Promise<DbResult<StoredScenario>> {
  return rewrite(db, id, (row) => ({ ...row.document, name }), now);
}

/**
 * Reads the row, builds the new document from it and validates it (synchronously, inside the same
 * transaction, so no other tab's write slips in between), then writes it; an invalid document writes nothing.
 */
async function rewrite(
  db: RolloutDatabase,
  id: string,
  change: (row: StoredScenario) => unknown,
  now: number,
): Promise<DbResult<StoredScenario>> {
  const badTime = checkTime(now);
  if (badTime) return badTime;
  return guarded(() =>
    db.transaction('rw', db.scenarios, async () => {
      const existing = await db.scenarios.get(id);
      if (!existing) return notFound('Scenario', id);
      const checked = check(change(existing));
      if (!checked.ok) return checked;
      const row: StoredScenario = {
        ...existing,
        name: checked.scenario.name,
        country: checked.scenario.country,
        updatedAt: now,
        document: checked.scenario,
      };
      await db.scenarios.put(row);
      return ok(row);
    }),
  );
}

export interface DuplicateOptions {
  readonly now: number;
  /** The copy's name; "Copy of <name>" by default. */
  readonly name?: string;
  readonly id?: string;
}

const NAME_LIMIT = 120;

export async function duplicateScenario(
  db: RolloutDatabase,
  id: string,
  options: DuplicateOptions,
): Promise<DbResult<StoredScenario>> {
  const original = await guarded(async () => {
    const row = await db.scenarios.get(id);
    return row ? ok(row) : notFound('Scenario', id);
  });
  if (!original.ok) return original;
  const name = options.name ?? `Copy of ${original.value.name}`.slice(0, NAME_LIMIT);
  return createScenario(db, {
    document: { ...original.value.document, name },
    source: 'duplicate',
    now: options.now,
    ...(options.id === undefined ? {} : { id: options.id }),
  });
}

export interface DeleteScenarioOptions {
  /** Also delete the runs made from it (and their results). By default runs stay: each keeps its snapshot. */
  readonly withRuns?: boolean;
}

/** Deletes a scenario (and, if asked, its runs) in one transaction: all of it or nothing. */
export async function deleteScenario(
  db: RolloutDatabase,
  id: string,
  options: DeleteScenarioOptions = {},
): Promise<DbResult<{ readonly deletedRuns: number }>> {
  return guarded(() =>
    db.transaction('rw', [db.scenarios, db.runs, db.runResults], async () => {
      if (!(await db.scenarios.get(id))) return notFound('Scenario', id);
      await db.scenarios.delete(id);
      if (!options.withRuns) return ok({ deletedRuns: 0 });
      const runIds = (await db.runs.where('scenarioId').equals(id).primaryKeys()) as string[];
      await db.runResults.bulkDelete(runIds);
      await db.runs.bulkDelete(runIds);
      return ok({ deletedRuns: runIds.length });
    }),
  );
}

/** The scenario, or null when there is none with this id. */
export async function getScenario(db: RolloutDatabase, id: string): Promise<StoredScenario | null> {
  return (await db.scenarios.get(id)) ?? null;
}

/** Every saved scenario, the most recently changed first (ties by id). */
export async function listScenarios(db: RolloutDatabase): Promise<StoredScenario[]> {
  const rows = await db.scenarios.toArray();
  return rows.sort((a, b) => b.updatedAt - a.updatedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
