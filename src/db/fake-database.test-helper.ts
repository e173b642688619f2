/**
 * Test databases on fake-indexeddb (Node only): each test gets its own in-memory IndexedDB, and a fault
 * switch that makes the k-th write fail the way a browser would (fake-indexeddb has no quota of its own).
 */
import type { DBCore, DBCoreMutateRequest, DBCoreTable } from 'dexie';
import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';

import { smallScenario } from '../domain/scenario/scenario-fixture.test-helper';
import { RolloutDatabase } from './database';
import type { DbError, DbResult } from './errors';

export interface FaultSwitch {
  /** Write operations seen since the switch was armed. */
  writes: number;
  /** The write (1-based, counted from arming) that fails; null: none fails. */
  failAt: number | null;
  error: () => unknown;
  arm(failAt: number, error: () => unknown): void;
}

export interface TestDatabase {
  readonly db: RolloutDatabase;
  readonly factory: IDBFactory;
  readonly faults: FaultSwitch;
}

export function createFaultSwitch(): FaultSwitch {
  return {
    writes: 0,
    failAt: null,
    error: () => new Error('no fault armed'),
    arm(failAt, error) {
      this.writes = 0;
      this.failAt = failAt;
      this.error = error;
    },
  };
}

/** A fresh database on a fresh in-memory IndexedDB, with the fault middleware installed. */
export function createTestDatabase(name = 'test'): TestDatabase {
  const factory = new IDBFactory();
  const db = new RolloutDatabase(name, { indexedDB: factory, IDBKeyRange });
  const faults = createFaultSwitch();
  db.use({
    stack: 'dbcore',
    name: 'test-faults',
    create(down: DBCore): DBCore {
      return {
        ...down,
        table(tableName: string): DBCoreTable {
          const table = down.table(tableName);
          return {
            ...table,
            mutate(request: DBCoreMutateRequest) {
              faults.writes += 1;
              if (faults.failAt !== null && faults.writes === faults.failAt)
                return Promise.reject(faults.error());
              return table.mutate(request);
            },
          };
        },
      };
    },
  });
  return { db, factory, faults };
}

/** The browser's quota error, as a bare DOMException. */
export function bareQuotaError(): Error {
  return new DOMException('The quota has been exceeded.', 'QuotaExceededError');
}

/** A transaction abort whose cause is the quota (how some browsers report it through Dexie). */
export function abortedByQuota(): Error {
  return new Dexie.AbortError('Transaction aborted', bareQuotaError());
}

/** A valid scenario document with the given name. */
export function scenarioNamed(name: string): Record<string, unknown> {
  return { ...smallScenario(), name };
}

/** Every row of every table, for before/after comparisons. */
export async function dumpStore(db: RolloutDatabase): Promise<Record<string, unknown[]>> {
  return {
    scenarios: await db.scenarios.toArray(),
    runs: await db.runs.toArray(),
    runResults: await db.runResults.toArray(),
    settings: await db.settings.toArray(),
  };
}

/** The value of a successful answer; a failed one fails the test with its error. */
export function valueOf<T>(result: DbResult<T>): T {
  if (!result.ok) throw new Error(`expected success, got ${result.error.kind}: ${result.error.message}`);
  return result.value;
}

/** The error of a failed answer; a successful one fails the test. */
export function errorOf(result: DbResult<unknown>): DbError {
  if (result.ok) throw new Error('expected an error, got success');
  return result.error;
}
