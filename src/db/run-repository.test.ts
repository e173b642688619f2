import { afterEach, describe, expect, it } from 'vitest';

import { smallScenario } from '../domain/scenario/scenario-fixture.test-helper';
import type { RolloutDatabase, RunSummary } from './database';
import type { TestDatabase } from './fake-database.test-helper';
import { createTestDatabase, dumpStore, errorOf, valueOf } from './fake-database.test-helper';
import type { NewRun } from './run-repository';
import {
  deleteRun,
  finishRun,
  getRun,
  getRunResults,
  listRuns,
  markInterruptedRuns,
  renameRun,
  startRun,
} from './run-repository';

const T0 = 1_735_689_600_000;
const T1 = T0 + 1_000;
const T2 = T0 + 2_000;
const T3 = T0 + 3_000;

let open: TestDatabase | null = null;
function fresh(): TestDatabase {
  open = createTestDatabase();
  return open;
}
afterEach(() => {
  open?.db.close();
  open = null;
});

function newRun(id: string, now = T0, scenarioId: string | null = 's1'): NewRun {
  return {
    id,
    scenarioId,
    scenario: smallScenario(),
    seed: 42,
    mode: 'record',
    replications: 1,
    variability: true,
    engineVersion: '2025.1',
    now,
  };
}

const SUMMARY: RunSummary = { completionMonth: '2002-10', cost: 123_456_789, npv: -5_000 };

async function started(db: RolloutDatabase, id: string, now = T0, scenarioId: string | null = 's1') {
  return valueOf(await startRun(db, newRun(id, now, scenarioId)));
}

describe('startRun', () => {
  it('stores a running run with the validated snapshot and its options', async () => {
    const { db } = fresh();
    const run = await started(db, 'r1');
    expect(run).toEqual({
      id: 'r1',
      scenarioId: 's1',
      name: 'Two offices',
      scenario: smallScenario(),
      seed: 42,
      mode: 'record',
      replications: 1,
      variability: true,
      engineVersion: '2025.1',
      status: 'running',
      startedAt: T0,
      finishedAt: null,
      timings: null,
      summary: null,
      error: null,
      hasResults: false,
    });
    expect(await getRun(db, 'r1')).toEqual(run);
  });

  it('refuses bad options, each problem naming field, value and rule, and writes nothing', async () => {
    const { db } = fresh();
    await started(db, 'keep');
    const before = await dumpStore(db);
    const error = errorOf(
      await startRun(db, {
        ...newRun('bad'),
        seed: 2 ** 32,
        replications: 1.5,
        mode: 'fast' as 'lot',
        variability: 'yes' as unknown as boolean,
        engineVersion: '',
      }),
    );
    expect(error.kind === 'invalid' && error.problems).toEqual([
      { path: 'seed', message: '4294967296 is not a whole number from 0 to 4294967295' },
      { path: 'replications', message: '1.5 is not a whole number from 1 to 1000' },
      { path: 'mode', message: '"fast" is not one of record, lot' },
      { path: 'variability', message: '"yes" is not true or false' },
      { path: 'engineVersion', message: '"" is not a name of 1–120 characters' },
    ]);
    expect(await dumpStore(db)).toEqual(before);
  });

  it('validates the scenario snapshot through the domain validator', async () => {
    const { db } = fresh();
    const scenario = { ...smallScenario(), currency: 'EUR' };
    const error = errorOf(await startRun(db, { ...newRun('bad'), scenario }));
    expect(error.kind).toBe('invalid');
    expect(error.kind === 'invalid' && error.problems.map((p) => p.path)).toEqual(['scenario.currency']);
    expect(await db.runs.count()).toBe(0);
  });

  it('keeps a run of a preset that was never saved (no scenario id)', async () => {
    const { db } = fresh();
    expect((await started(db, 'r1', T0, null)).scenarioId).toBeNull();
    expect((await listRuns(db)).map((r) => r.id)).toEqual(['r1']);
  });
});

describe('finishRun', () => {
  it('stores a done run with its summary, and its results apart, typed arrays intact', async () => {
    const { db } = fresh();
    await started(db, 'r1');
    const results = {
      months: 3,
      goLiveMonth: new Int32Array([2, -1]),
      completionTime: new Float64Array([2.5, NaN]),
      metrics: new Float64Array([0.1, 1e300, -0, 7]),
      nested: { stageWork: new Float32Array([1.5, 2.25]) },
    };
    const run = valueOf(
      await finishRun(
        db,
        'r1',
        { status: 'done', results, summary: SUMMARY, timings: { elapsedSeconds: 1.25 } },
        T1,
      ),
    );
    expect(run).toMatchObject({
      status: 'done',
      finishedAt: T1,
      summary: SUMMARY,
      timings: { elapsedSeconds: 1.25 },
      error: null,
      hasResults: true,
    });
    const stored = (await getRunResults(db, 'r1')) as typeof results;
    expect(stored.goLiveMonth).toBeInstanceOf(Int32Array);
    expect(Array.from(stored.goLiveMonth)).toEqual([2, -1]);
    expect(stored.completionTime).toBeInstanceOf(Float64Array);
    expect(stored.completionTime[0]).toBe(2.5);
    expect(Number.isNaN(stored.completionTime[1])).toBe(true);
    expect(stored.metrics).toBeInstanceOf(Float64Array);
    expect(Array.from(stored.metrics)).toEqual([0.1, 1e300, -0, 7]);
    expect(Object.is(stored.metrics[2], -0)).toBe(true);
    expect(stored.nested.stageWork).toBeInstanceOf(Float32Array);
    expect(Array.from(stored.nested.stageWork)).toEqual([1.5, 2.25]);
    // The run row itself carries no results: listing stays light.
    expect(Object.keys((await getRun(db, 'r1'))!)).not.toContain('results');
  });

  it('stores failed and cancelled runs with no results', async () => {
    const { db } = fresh();
    await started(db, 'f');
    await started(db, 'c');
    const failed = valueOf(
      await finishRun(db, 'f', { status: 'failed', error: 'Engine worker 1 stopped' }, T1),
    );
    expect(failed).toMatchObject({ status: 'failed', error: 'Engine worker 1 stopped', finishedAt: T1 });
    const cancelled = valueOf(
      await finishRun(db, 'c', { status: 'cancelled', timings: { elapsedSeconds: 0.5 } }, T2),
    );
    expect(cancelled).toMatchObject({ status: 'cancelled', error: null, timings: { elapsedSeconds: 0.5 } });
    expect(await db.runResults.count()).toBe(0);
    expect(await getRunResults(db, 'f')).toBeNull();
  });

  it('finishes a run only once: a finished or interrupted run is a conflict and stays as it was', async () => {
    const { db } = fresh();
    await started(db, 'r1');
    valueOf(await finishRun(db, 'r1', { status: 'cancelled' }, T1));
    const before = await dumpStore(db);
    const error = errorOf(
      await finishRun(db, 'r1', { status: 'done', results: {}, summary: SUMMARY, timings: {} }, T2),
    );
    expect(error).toEqual({ kind: 'conflict', message: 'Run "Two offices" is cancelled, not running' });
    expect(await dumpStore(db)).toEqual(before);
    expect(errorOf(await finishRun(db, 'nope', { status: 'cancelled' }, T2)).kind).toBe('not-found');
  });

  it('refuses a bad summary or timings and changes nothing', async () => {
    const { db } = fresh();
    await started(db, 'r1');
    const before = await dumpStore(db);
    const summary = { completionMonth: '2002-13', cost: Infinity, npv: NaN };
    const error = errorOf(
      await finishRun(db, 'r1', { status: 'done', results: {}, summary, timings: { mergeMs: NaN } }, T1),
    );
    expect(error.kind === 'invalid' && error.problems).toEqual([
      { path: 'timings.mergeMs', message: 'NaN is not a finite number' },
      { path: 'summary.completionMonth', message: '"2002-13" is not a month like "2002-10" or null' },
      { path: 'summary.cost', message: 'Infinity is not a finite number' },
      { path: 'summary.npv', message: 'NaN is not a finite number or null' },
    ]);
    expect(await dumpStore(db)).toEqual(before);
  });
});

describe('markInterruptedRuns', () => {
  it('marks every run left running as interrupted at the given time, and nothing else', async () => {
    const { db } = fresh();
    await started(db, 'a', T0);
    await started(db, 'b', T1);
    await started(db, 'done', T0);
    valueOf(await finishRun(db, 'done', { status: 'done', results: [1], summary: SUMMARY, timings: {} }, T1));
    const doneBefore = await getRun(db, 'done');
    expect(valueOf(await markInterruptedRuns(db, T3))).toBe(2);
    for (const id of ['a', 'b'])
      expect(await getRun(db, id)).toMatchObject({
        status: 'interrupted',
        finishedAt: T3,
        error: 'The page was closed or reloaded while the run was going',
      });
    expect(await getRun(db, 'done')).toEqual(doneBefore);
    expect(await db.runs.where('status').equals('running').count()).toBe(0);
    // Idempotent: a second start-up finds nothing left running.
    expect(valueOf(await markInterruptedRuns(db, T3 + 1))).toBe(0);
    expect((await getRun(db, 'a'))!.finishedAt).toBe(T3);
  });

  it('leaves a run another tab still holds running', async () => {
    const { db } = fresh();
    await started(db, 'mine');
    await started(db, 'other-tab');
    expect(valueOf(await markInterruptedRuns(db, T3, { isLive: (run) => run.id === 'other-tab' }))).toBe(1);
    expect((await getRun(db, 'mine'))!.status).toBe('interrupted');
    expect((await getRun(db, 'other-tab'))!.status).toBe('running');
  });

  it('an interrupted run cannot later be finished', async () => {
    const { db } = fresh();
    await started(db, 'r1');
    valueOf(await markInterruptedRuns(db, T1));
    expect(errorOf(await finishRun(db, 'r1', { status: 'cancelled' }, T2)).kind).toBe('conflict');
    expect((await getRun(db, 'r1'))!.status).toBe('interrupted');
  });
});

describe('renameRun, deleteRun, listRuns', () => {
  it('renames a run; an empty name is refused', async () => {
    const { db } = fresh();
    await started(db, 'r1');
    expect(valueOf(await renameRun(db, 'r1', 'Seed 42, record')).name).toBe('Seed 42, record');
    const error = errorOf(await renameRun(db, 'r1', ''));
    expect(error.kind === 'invalid' && error.problems).toEqual([
      { path: 'name', message: '"" is not a name of 1–120 characters' },
    ]);
    expect((await getRun(db, 'r1'))!.name).toBe('Seed 42, record');
    expect(errorOf(await renameRun(db, 'nope', 'x')).kind).toBe('not-found');
  });

  it('deletes a run with its results', async () => {
    const { db } = fresh();
    await started(db, 'r1');
    await started(db, 'r2');
    valueOf(await finishRun(db, 'r1', { status: 'done', results: [1], summary: SUMMARY, timings: {} }, T1));
    valueOf(await finishRun(db, 'r2', { status: 'done', results: [2], summary: SUMMARY, timings: {} }, T1));
    valueOf(await deleteRun(db, 'r1'));
    expect(await getRun(db, 'r1')).toBeNull();
    expect(await getRunResults(db, 'r1')).toBeNull();
    expect(await getRunResults(db, 'r2')).toEqual([2]);
    expect(errorOf(await deleteRun(db, 'r1')).kind).toBe('not-found');
  });

  it('lists the latest first, all or one scenario', async () => {
    const { db } = fresh();
    await started(db, 'old', T0, 's1');
    await started(db, 'new', T2, 's1');
    await started(db, 'mid', T1, 's2');
    expect((await listRuns(db)).map((r) => r.id)).toEqual(['new', 'mid', 'old']);
    expect((await listRuns(db, 's1')).map((r) => r.id)).toEqual(['new', 'old']);
    expect(await listRuns(db, 'none')).toEqual([]);
  });
});
