/**
 * The hooks are `useLiveQuery` over the repositories' read functions; this checks those reads are live:
 * a subscription sees the store again after every write that touches what it read.
 */
// liveQuery silently never queries when the global `indexedDB` is missing (Dexie checks its default
// dependencies), as in Node: install fake-indexeddb's globals before Dexie loads.
import 'fake-indexeddb/auto';

import { liveQuery } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';

import { smallScenario } from '../domain/scenario/scenario-fixture.test-helper';
import type { TestDatabase } from './fake-database.test-helper';
import { createTestDatabase, scenarioNamed, valueOf } from './fake-database.test-helper';
import { getRun, listRuns, markInterruptedRuns, startRun } from './run-repository';
import { createScenario, getScenario, listScenarios, renameScenario } from './scenario-repository';

const T0 = 1_735_689_600_000;

let open: TestDatabase | null = null;
afterEach(() => {
  open?.db.close();
  open = null;
});

/** Subscribes and collects what the query emits; `next(n)` waits until n values have arrived. */
function watch<T>(query: () => Promise<T>) {
  const seen: T[] = [];
  const waiters: { count: number; resolve: () => void }[] = [];
  const subscription = liveQuery(query).subscribe({
    next(value) {
      seen.push(value);
      for (const waiter of waiters.filter((w) => seen.length >= w.count)) waiter.resolve();
    },
    error(error) {
      throw error;
    },
  });
  return {
    seen,
    next: (count: number) =>
      seen.length >= count
        ? Promise.resolve()
        : new Promise<void>((resolve) => waiters.push({ count, resolve })),
    stop: () => subscription.unsubscribe(),
  };
}

describe('live reads', () => {
  it('the scenario list and one scenario follow creates and renames', { timeout: 5_000 }, async () => {
    open = createTestDatabase();
    const { db } = open;
    const list = watch(() => listScenarios(db));
    const one = watch(() => getScenario(db, 's1'));
    await list.next(1);
    await one.next(1);
    expect(list.seen[0]).toEqual([]);
    expect(one.seen[0]).toBeNull();
    valueOf(await createScenario(db, { document: smallScenario(), source: 'preset', now: T0, id: 's1' }));
    await list.next(2);
    await one.next(2);
    expect(list.seen[1]!.map((s) => s.name)).toEqual(['Two offices']);
    valueOf(await renameScenario(db, 's1', 'Renamed', T0 + 1));
    await one.next(3);
    expect(one.seen[2]!.name).toBe('Renamed');
    valueOf(
      await createScenario(db, { document: scenarioNamed('Other'), source: 'import', now: T0 + 2, id: 's2' }),
    );
    await list.next(4);
    expect(list.seen.at(-1)!.map((s) => s.name)).toEqual(['Other', 'Renamed']);
    list.stop();
    one.stop();
  });

  it('the run list and one run follow a start and the start-up sweep', { timeout: 5_000 }, async () => {
    open = createTestDatabase();
    const { db } = open;
    const runs = watch(() => listRuns(db));
    const run = watch(() => getRun(db, 'r1'));
    await runs.next(1);
    await run.next(1);
    const options = { scenarioId: null, seed: 1, mode: 'lot', replications: 1, variability: false } as const;
    valueOf(
      await startRun(db, { ...options, scenario: smallScenario(), engineVersion: 'v', now: T0, id: 'r1' }),
    );
    await runs.next(2);
    await run.next(2);
    expect(run.seen[1]!.status).toBe('running');
    valueOf(await markInterruptedRuns(db, T0 + 5));
    await run.next(3);
    expect(run.seen[2]!.status).toBe('interrupted');
    runs.stop();
    run.stop();
  });
});
