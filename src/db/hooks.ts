/**
 * Live queries for screens: each hook re-renders when the rows it read change (in this tab or another).
 * `undefined` while loading; `null` when the row does not exist.
 */
import { useLiveQuery } from 'dexie-react-hooks';

import type { RolloutDatabase, StoredRun, StoredScenario } from './database';
import { appDatabase } from './database';
import { getRun, getRunResults, listRuns } from './run-repository';
import { getScenario, listScenarios } from './scenario-repository';

export function useScenarioList(db: RolloutDatabase = appDatabase()): StoredScenario[] | undefined {
  return useLiveQuery(() => listScenarios(db), [db]);
}

export function useScenario(
  id: string,
  db: RolloutDatabase = appDatabase(),
): StoredScenario | null | undefined {
  return useLiveQuery(() => getScenario(db, id), [db, id]);
}

/** Every run (latest first), or one scenario's. Never reads results. */
export function useRunList(
  scenarioId?: string,
  db: RolloutDatabase = appDatabase(),
): StoredRun[] | undefined {
  return useLiveQuery(() => listRuns(db, scenarioId), [db, scenarioId]);
}

export function useRun(id: string, db: RolloutDatabase = appDatabase()): StoredRun | null | undefined {
  return useLiveQuery(() => getRun(db, id), [db, id]);
}

/** A run's stored results (the engine's result object, typed arrays intact), null if it has none. */
export function useRunResults(id: string, db: RolloutDatabase = appDatabase()): unknown {
  return useLiveQuery(() => getRunResults(db, id), [db, id]);
}
