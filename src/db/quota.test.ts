/**
 * A full store on save: the write fails the way a browser fails it (a bare QuotaExceededError, or an
 * AbortError caused by one), the answer is a clear typed error, and every table is as it was.
 */
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';

import { smallScenario } from '../domain/scenario/scenario-fixture.test-helper';
import type { RunSummary } from './database';
import type { DbResult } from './errors';
import type { TestDatabase } from './fake-database.test-helper';
import {
  abortedByQuota,
  bareQuotaError,
  createTestDatabase,
  dumpStore,
  errorOf,
  scenarioNamed,
  valueOf,
} from './fake-database.test-helper';
import { finishRun, startRun } from './run-repository';
import {
  createScenario,
  deleteScenario,
  duplicateScenario,
  renameScenario,
  updateScenario,
} from './scenario-repository';
import { setSetting } from './settings-repository';

const T0 = 1_735_689_600_000;
const T1 = T0 + 1_000;
const SUMMARY: RunSummary = { completionMonth: '2002-10', cost: 1, npv: null };
const QUOTA_MESSAGE =
  "The browser's storage for this site is full, so nothing was saved and what was stored is unchanged. " +
  'Delete old runs or export a backup to free space.';

let open: TestDatabase | null = null;
afterEach(() => {
  open?.db.close();
  open = null;
});

/** A store with a scenario, a finished run with results, a running run and a setting. */
async function seeded(): Promise<TestDatabase> {
  open = createTestDatabase();
  const { db } = open;
  valueOf(await createScenario(db, { document: smallScenario(), source: 'preset', now: T0, id: 's1' }));
  const run = { scenarioId: 's1', scenario: smallScenario(), seed: 1, mode: 'lot', replications: 1 } as const;
  valueOf(await startRun(db, { ...run, variability: true, engineVersion: 'v', now: T0, id: 'done' }));
  valueOf(await finishRun(db, 'done', { status: 'done', results: [1], summary: SUMMARY, timings: {} }, T0));
  valueOf(await startRun(db, { ...run, variability: true, engineVersion: 'v', now: T0, id: 'running' }));
  valueOf(await setSetting(db, 'a', 1));
  return open;
}

describe.each([
  ['a bare QuotaExceededError', bareQuotaError],
  ['an AbortError caused by a QuotaExceededError', abortedByQuota],
])('quota exceeded on save (%s)', (_label, quotaError) => {
  const saves: [string, (db: TestDatabase['db']) => Promise<DbResult<unknown>>][] = [
    ['create', (db) => createScenario(db, { document: scenarioNamed('New'), source: 'import', now: T1 })],
    ['update', (db) => updateScenario(db, 's1', scenarioNamed('Changed'), T1)],
    ['rename', (db) => renameScenario(db, 's1', 'Renamed', T1)],
    ['duplicate', (db) => duplicateScenario(db, 's1', { now: T1 })],
    ['setting', (db) => setSetting(db, 'a', 2)],
  ];
  for (const [name, save] of saves)
    it(`${name}: a clear quota error and the store unchanged`, async () => {
      const { db, faults } = await seeded();
      const before = await dumpStore(db);
      faults.arm(1, quotaError);
      const result = await save(db);
      expect(errorOf(result)).toEqual({ kind: 'quota-exceeded', message: QUOTA_MESSAGE });
      expect(faults.writes).toBe(1);
      expect(await dumpStore(db)).toEqual(before);
    });

  it('finishing a run: results written first, the run row refused: neither is kept, the run stays running', async () => {
    const { db, faults } = await seeded();
    const before = await dumpStore(db);
    faults.arm(2, quotaError);
    const results = { metrics: new Float64Array(1000) };
    const result = await finishRun(
      db,
      'running',
      { status: 'done', results, summary: SUMMARY, timings: {} },
      T1,
    );
    expect(errorOf(result).kind).toBe('quota-exceeded');
    expect(faults.writes).toBe(2);
    expect(await dumpStore(db)).toEqual(before);
    expect((await db.runs.get('running'))!.status).toBe('running');
    // The caller can then record the failure (the fault fired once).
    valueOf(await finishRun(db, 'running', { status: 'failed', error: 'Storage is full' }, T1));
  });
});

describe('any failure inside a multi-table write', () => {
  it('deleting a scenario with its runs: a failure at the second write deletes nothing', async () => {
    const { db, faults } = await seeded();
    const before = await dumpStore(db);
    faults.arm(2, () => new Dexie.UnknownError('disk I/O failed'));
    const error = errorOf(await deleteScenario(db, 's1', { withRuns: true }));
    expect(error.kind).toBe('storage-failed');
    expect(error.message).toBe(
      "The browser's storage failed (UnknownError: disk I/O failed); nothing was changed",
    );
    expect(faults.writes).toBe(2);
    expect(await dumpStore(db)).toEqual(before);
  });
});
