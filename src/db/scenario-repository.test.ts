import { afterEach, describe, expect, it } from 'vitest';

import { smallScenario } from '../domain/scenario/scenario-fixture.test-helper';
import type { TestDatabase } from './fake-database.test-helper';
import { createTestDatabase, dumpStore, errorOf, scenarioNamed, valueOf } from './fake-database.test-helper';
import { finishRun, startRun } from './run-repository';
import {
  createScenario,
  deleteScenario,
  duplicateScenario,
  getScenario,
  listScenarios,
  renameScenario,
  updateScenario,
} from './scenario-repository';

// 2025-01-01T00:00:00Z and later, in milliseconds: times are passed in, never read from a clock.
const T0 = 1_735_689_600_000;
const T1 = T0 + 60_000;
const T2 = T0 + 120_000;

let open: TestDatabase | null = null;
function fresh(): TestDatabase {
  open = createTestDatabase();
  return open;
}
afterEach(() => {
  open?.db.close();
  open = null;
});

describe('createScenario', () => {
  it('stores the validated document with its name, country, times and source', async () => {
    const { db } = fresh();
    const row = valueOf(
      await createScenario(db, { document: smallScenario(), source: 'preset', now: T0, id: 's1' }),
    );
    expect(row).toEqual({
      id: 's1',
      name: 'Two offices',
      country: 'KOR',
      createdAt: T0,
      updatedAt: T0,
      source: 'preset',
      document: smallScenario(),
    });
    expect(await getScenario(db, 's1')).toEqual(row);
    expect(await db.scenarios.count()).toBe(1);
  });

  it('gives a new row a random id when none is passed', async () => {
    const { db } = fresh();
    const a = valueOf(await createScenario(db, { document: smallScenario(), source: 'import', now: T0 }));
    const b = valueOf(await createScenario(db, { document: smallScenario(), source: 'import', now: T0 }));
    expect(a.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(a.id).not.toBe(b.id);
    expect(await db.scenarios.count()).toBe(2);
  });

  it('refuses an out-of-range value, naming field, value and rule, and writes nothing', async () => {
    const { db } = fresh();
    valueOf(await createScenario(db, { document: smallScenario(), source: 'preset', now: T0, id: 'keep' }));
    const before = await dumpStore(db);
    const document = smallScenario();
    document.parameters = { ...(document.parameters as object), keyingKph: 200_000 };
    const error = errorOf(await createScenario(db, { document, source: 'import', now: T1, id: 'bad' }));
    expect(error.kind).toBe('invalid');
    expect(error.kind === 'invalid' && error.problems).toEqual([
      { path: 'parameters.keyingKph', message: '200,000 is outside 1,000–30,000 keystrokes/hour' },
    ]);
    expect(error.message).toBe('The scenario was not saved: 1 problem');
    expect(await db.scenarios.count()).toBe(1);
    expect(await dumpStore(db)).toEqual(before);
  });

  it('refuses a __proto__ key in an imported document and leaves Object.prototype untouched', async () => {
    const { db } = fresh();
    valueOf(await createScenario(db, { document: smallScenario(), source: 'preset', now: T0, id: 'keep' }));
    const before = await dumpStore(db);
    // JSON.parse makes "__proto__" an own key, as in a file; an object literal would set the prototype.
    const json = JSON.stringify(smallScenario());
    for (const [text, path] of [
      [json.replace('{', '{"__proto__":{"polluted":1},'), '(scenario)'],
      [json.replace('"parameters":{', '"parameters":{"__proto__":{"polluted":1},'), 'parameters'],
    ] as const) {
      const document: unknown = JSON.parse(text);
      const error = errorOf(await createScenario(db, { document, source: 'import', now: T1 }));
      expect(error.kind === 'invalid' && error.problems).toEqual([
        { path, message: 'unknown field "__proto__"' },
      ]);
    }
    expect(await db.scenarios.count()).toBe(1);
    expect(await dumpStore(db)).toEqual(before);
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('never overwrites an existing row with the same id', async () => {
    const { db } = fresh();
    valueOf(await createScenario(db, { document: smallScenario(), source: 'preset', now: T0, id: 's1' }));
    const before = await dumpStore(db);
    const error = errorOf(
      await createScenario(db, { document: scenarioNamed('Other'), source: 'import', now: T1, id: 's1' }),
    );
    expect(error.kind).toBe('storage-failed');
    expect(error.message).toContain('ConstraintError');
    expect(await dumpStore(db)).toEqual(before);
  });

  it('refuses an unknown source and a time that is not a number', async () => {
    const { db } = fresh();
    const source = errorOf(
      await createScenario(db, { document: smallScenario(), source: 'web' as 'preset', now: T0 }),
    );
    expect(source.kind === 'invalid' && source.problems).toEqual([
      { path: 'source', message: '"web" is not one of preset, import, duplicate, share' },
    ]);
    const time = errorOf(await createScenario(db, { document: smallScenario(), source: 'preset', now: NaN }));
    expect(time.kind === 'invalid' && time.problems).toEqual([
      { path: 'now', message: 'NaN is not a time in milliseconds' },
    ]);
    expect(await db.scenarios.count()).toBe(0);
  });
});

describe('updateScenario', () => {
  it('replaces the document and keeps id, creation time and source', async () => {
    const { db } = fresh();
    valueOf(await createScenario(db, { document: smallScenario(), source: 'import', now: T0, id: 's1' }));
    const changed = { ...smallScenario(), name: 'Busier', horizonMonths: 240 };
    const row = valueOf(await updateScenario(db, 's1', changed, T1));
    expect(row).toEqual({
      id: 's1',
      name: 'Busier',
      country: 'KOR',
      createdAt: T0,
      updatedAt: T1,
      source: 'import',
      document: changed,
    });
    expect(await getScenario(db, 's1')).toEqual(row);
  });

  it('changes nothing on a validation error', async () => {
    const { db } = fresh();
    valueOf(await createScenario(db, { document: smallScenario(), source: 'import', now: T0, id: 's1' }));
    const before = await dumpStore(db);
    const error = errorOf(await updateScenario(db, 's1', { ...smallScenario(), horizonMonths: 601 }, T1));
    expect(error.kind === 'invalid' && error.problems).toEqual([
      { path: 'horizonMonths', message: '601 is outside 12–600 months' },
    ]);
    expect(await dumpStore(db)).toEqual(before);
  });

  it('answers not-found for a missing scenario', async () => {
    const { db } = fresh();
    const error = errorOf(await updateScenario(db, 'nope', smallScenario(), T1));
    expect(error).toEqual({ kind: 'not-found', message: 'Scenario "nope" is not in the store' });
    expect(await db.scenarios.count()).toBe(0);
  });
});

describe('renameScenario', () => {
  it('renames the row and the document together', async () => {
    const { db } = fresh();
    valueOf(await createScenario(db, { document: smallScenario(), source: 'preset', now: T0, id: 's1' }));
    const row = valueOf(await renameScenario(db, 's1', 'Korea, faster keying', T1));
    expect(row.name).toBe('Korea, faster keying');
    expect(row.document).toEqual({ ...smallScenario(), name: 'Korea, faster keying' });
    expect(row.updatedAt).toBe(T1);
    expect(row.createdAt).toBe(T0);
  });

  it('refuses an empty or over-long name and changes nothing', async () => {
    const { db } = fresh();
    valueOf(await createScenario(db, { document: smallScenario(), source: 'preset', now: T0, id: 's1' }));
    const before = await dumpStore(db);
    const empty = errorOf(await renameScenario(db, 's1', '   ', T1));
    expect(empty.kind === 'invalid' && empty.problems).toEqual([
      { path: 'name', message: 'must not be empty' },
    ]);
    const long = errorOf(await renameScenario(db, 's1', 'x'.repeat(121), T1));
    expect(long.kind === 'invalid' && long.problems).toEqual([
      { path: 'name', message: 'is 121 characters long; the limit is 120' },
    ]);
    expect(await dumpStore(db)).toEqual(before);
  });
});

describe('duplicateScenario', () => {
  it('copies the document under a new id and name, and leaves the original as it was', async () => {
    const { db } = fresh();
    const original = valueOf(
      await createScenario(db, { document: smallScenario(), source: 'preset', now: T0, id: 'korea' }),
    );
    const copy = valueOf(await duplicateScenario(db, 'korea', { now: T1, id: 'copy' }));
    expect(copy).toEqual({
      id: 'copy',
      name: 'Copy of Two offices',
      country: 'KOR',
      createdAt: T1,
      updatedAt: T1,
      source: 'duplicate',
      document: { ...smallScenario(), name: 'Copy of Two offices' },
    });
    expect(await getScenario(db, 'korea')).toEqual(original);
    const named = valueOf(await duplicateScenario(db, 'korea', { now: T2, name: 'Duplicate Korea' }));
    expect(named.name).toBe('Duplicate Korea');
    expect(await db.scenarios.count()).toBe(3);
  });

  it('answers not-found for a missing original', async () => {
    const { db } = fresh();
    expect(errorOf(await duplicateScenario(db, 'nope', { now: T1 })).kind).toBe('not-found');
    expect(await db.scenarios.count()).toBe(0);
  });
});

describe('deleteScenario and listScenarios', () => {
  async function seedWithRuns(db: TestDatabase['db']) {
    valueOf(await createScenario(db, { document: scenarioNamed('A'), source: 'preset', now: T0, id: 'a' }));
    valueOf(await createScenario(db, { document: scenarioNamed('B'), source: 'preset', now: T1, id: 'b' }));
    const options = {
      seed: 1,
      mode: 'lot',
      replications: 1,
      variability: true,
      engineVersion: 'test',
    } as const;
    for (const [id, scenarioId] of [
      ['ra', 'a'],
      ['rb', 'b'],
    ] as const) {
      valueOf(await startRun(db, { ...options, id, scenarioId, scenario: smallScenario(), now: T1 }));
      const summary = { completionMonth: '2000-01', cost: 1, npv: null };
      valueOf(await finishRun(db, id, { status: 'done', results: { id }, summary, timings: {} }, T2));
    }
  }

  it('deletes a scenario and keeps its runs by default (each run keeps its snapshot)', async () => {
    const { db } = fresh();
    await seedWithRuns(db);
    expect(valueOf(await deleteScenario(db, 'a'))).toEqual({ deletedRuns: 0 });
    expect((await db.scenarios.toArray()).map((s) => s.id)).toEqual(['b']);
    expect(await db.runs.count()).toBe(2);
    expect(await db.runResults.count()).toBe(2);
  });

  it('deletes a scenario with its runs and their results when asked, and no other', async () => {
    const { db } = fresh();
    await seedWithRuns(db);
    expect(valueOf(await deleteScenario(db, 'a', { withRuns: true }))).toEqual({ deletedRuns: 1 });
    expect((await db.runs.toArray()).map((r) => r.id)).toEqual(['rb']);
    expect((await db.runResults.toArray()).map((r) => r.runId)).toEqual(['rb']);
  });

  it('answers not-found for a missing scenario and deletes nothing', async () => {
    const { db } = fresh();
    await seedWithRuns(db);
    const before = await dumpStore(db);
    expect(errorOf(await deleteScenario(db, 'nope', { withRuns: true })).kind).toBe('not-found');
    expect(await dumpStore(db)).toEqual(before);
  });

  it('lists the most recently changed first', async () => {
    const { db } = fresh();
    await seedWithRuns(db);
    valueOf(await createScenario(db, { document: scenarioNamed('C'), source: 'share', now: T0, id: 'c' }));
    expect((await listScenarios(db)).map((s) => s.id)).toEqual(['b', 'a', 'c']);
    valueOf(await renameScenario(db, 'a', 'A2', T2));
    expect((await listScenarios(db)).map((s) => s.id)).toEqual(['a', 'b', 'c']);
  });
});
