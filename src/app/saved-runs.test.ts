/**
 * Saved runs on fake-indexeddb: stored before the engine starts, finished once as it ended (done with the
 * outcome and summary, failed, cancelled), a full store that keeps the result on screen, the start-up sweep,
 * and the re-run check that compares every typed array.
 */
// liveQuery and Dexie's defaults need the global indexedDB (README Pitfalls): install it before Dexie loads.
import 'fake-indexeddb/auto';

import { afterEach, describe, expect, it } from 'vitest';

import type { StoredRun } from '@/db';
import { describeStorage, getRun, getRunResults, listRuns, startRun as storeRun } from '@/db';
import type { TestDatabase } from '@/db/fake-database.test-helper';
import { bareQuotaError, createTestDatabase, valueOf } from '@/db/fake-database.test-helper';
import { smallScenario } from '@/domain/scenario/scenario-fixture.test-helper';
import type { Scenario } from '@/domain/scenario/scenario-schema';
import { validateScenario } from '@/domain/scenario/validate-scenario';

import { prepareEngineInput } from '../../workers/engine/engine-input';
import { mergeShards, pagesScanned, recordsCompleted } from '../../workers/engine/merge';
import { simulateShard } from '../../workers/engine/simulate';
import type { RunOutcome, SingleRunOutcome } from './engine-client';
import type { RunControl, RunHandle } from './run-handle';
import { abortError, createRunControl } from './run-handle';
import type { RunRequest } from './run-request';
import { createRunSession, plannerSlot, rerunSlot } from './run-session';
import type { SavedRunDeps } from './saved-runs';
import { asRunOutcome, compareRunOutcomes, openRunStore, rerunRequest, startSavedRun } from './saved-runs';

const T0 = 1_735_689_600_000;
const REQUEST: RunRequest = { seed: 7, mode: 'lot', stochastic: true, replications: 1 };

let open: TestDatabase | null = null;
afterEach(() => {
  open?.db.close();
  open = null;
});

function scenario(): Scenario {
  const checked = validateScenario(smallScenario());
  if (!checked.ok) throw new Error('the small scenario is invalid');
  return checked.scenario;
}

/** The engine in this thread, on one share: the same result the workers give for any split. */
function simulate(s: Scenario, request: RunRequest): SingleRunOutcome {
  const input = prepareEngineInput(s);
  const offices = Array.from({ length: input.officeCount }, (_, o) => o);
  const options = { seed: request.seed, mode: request.mode, stochastic: request.stochastic };
  const result = mergeShards(input, [simulateShard(input, offices, options)]);
  return {
    kind: 'single',
    request,
    firstMonth: input.firstMonth,
    workers: 1,
    elapsedSeconds: 0.5,
    mergeMs: 1,
    mainThreadMs: 1,
    result,
    recordsCompleted: recordsCompleted(result),
    pagesScanned: pagesScanned(result),
  };
}

interface FakeEngine {
  readonly engine: SavedRunDeps['engine'];
  /** The control of each run the engine was asked to start, and the store's row at that moment. */
  readonly started: { control: RunControl<RunOutcome>; rowThen: StoredRun[] }[];
}

/** An engine the test finishes by hand; it notes what the store held when it was started. */
function fakeEngine(db: TestDatabase['db']): FakeEngine {
  const started: FakeEngine['started'] = [];
  const engine = (): RunHandle<RunOutcome> => {
    const control = createRunControl<RunOutcome>(() => {});
    const entry = { control, rowThen: [] as StoredRun[] };
    started.push(entry);
    void listRuns(db).then((rows) => entry.rowThen.push(...rows));
    return control.handle;
  };
  return { engine, started };
}

function deps(
  db: TestDatabase['db'],
  engine: SavedRunDeps['engine'],
  ready: Promise<unknown> = Promise.resolve(),
): SavedRunDeps {
  let clock = T0;
  return { db, engine, now: () => (clock += 1000), engineVersion: '0.1.0', ready };
}

async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((r) => setTimeout(r, 1));
  if (!condition()) throw new Error('condition never held');
}

describe('a saved run', () => {
  it('is stored running before the engine starts, then done with its outcome and summary', async () => {
    open = createTestDatabase();
    const { db } = open;
    const fake = fakeEngine(db);
    const s = scenario();
    const { handle, saved } = startSavedRun(deps(db, fake.engine), s, REQUEST, { name: 'First try' });
    await until(() => fake.started.length === 1 && fake.started[0]!.rowThen.length === 1);
    const row = fake.started[0]!.rowThen[0]!;
    expect(row).toMatchObject({
      name: 'First try',
      status: 'running',
      seed: 7,
      mode: 'lot',
      replications: 1,
      variability: true,
      engineVersion: '0.1.0',
      startedAt: T0 + 1000,
    });
    expect(row.scenario).toEqual(s);

    const outcome = simulate(s, REQUEST);
    fake.started[0]!.control.complete(outcome);
    expect(await handle.result).toBe(outcome);
    const report = await saved;
    expect(report).toEqual({ runId: row.id, problem: null });
    const stored = (await getRun(db, row.id))!;
    expect(stored.status).toBe('done');
    expect(stored.finishedAt).toBe(T0 + 2000);
    expect(stored.summary).toEqual({
      completionMonth: expect.stringMatching(/^199\d-\d\d$/),
      cost: outcome.result.totals.cost,
      npv: expect.any(Number),
    });
    expect(stored.timings).toEqual({ elapsedSeconds: 0.5, mergeMs: 1, mainThreadMs: 1, workers: 1 });
    const back = asRunOutcome(await getRunResults(db, row.id))!;
    expect(back.kind).toBe('single');
    expect((back as SingleRunOutcome).result.metrics).toBeInstanceOf(Float64Array);
    expect(compareRunOutcomes(back, outcome)).toEqual({ identical: true });
  });

  it('that fails is stored failed with the message; a cancelled one cancelled', async () => {
    open = createTestDatabase();
    const { db } = open;
    const fake = fakeEngine(db);
    const failing = startSavedRun(deps(db, fake.engine), scenario(), REQUEST);
    await until(() => fake.started.length === 1);
    fake.started[0]!.control.fail(new Error('Engine worker 2 stopped: out of memory'));
    await expect(failing.handle.result).rejects.toThrow('out of memory');
    const failed = await failing.saved;
    expect(failed.problem).toBeNull();
    expect(await getRun(db, failed.runId!)).toMatchObject({
      status: 'failed',
      error: 'Engine worker 2 stopped: out of memory',
      hasResults: false,
    });

    const cancelled = startSavedRun(deps(db, fake.engine), scenario(), REQUEST);
    await until(() => fake.started.length === 2);
    cancelled.handle.cancel();
    await expect(cancelled.handle.result).rejects.toMatchObject({ name: 'AbortError' });
    const report = await cancelled.saved;
    expect(await getRun(db, report.runId!)).toMatchObject({ status: 'cancelled', hasResults: false });
  });

  it('cancelled before the engine starts never starts it', async () => {
    open = createTestDatabase();
    const { db } = open;
    const fake = fakeEngine(db);
    let open_!: () => void;
    const ready = new Promise<void>((resolve) => (open_ = resolve));
    const run = startSavedRun(deps(db, fake.engine, ready), scenario(), REQUEST);
    run.handle.cancel();
    await expect(run.handle.result).rejects.toMatchObject({ name: 'AbortError' });
    open_();
    expect(await run.saved).toEqual({ runId: null, problem: null });
    expect(fake.started).toHaveLength(0);
    expect(await listRuns(db)).toEqual([]);
  });

  it('whose results do not fit shows the result and is stored failed, with the quota named', async () => {
    open = createTestDatabase();
    const { db, faults } = open;
    const fake = fakeEngine(db);
    const s = scenario();
    const { handle, saved } = startSavedRun(deps(db, fake.engine), s, REQUEST);
    await until(() => fake.started.length === 1 && fake.started[0]!.rowThen.length === 1);
    faults.arm(1, bareQuotaError); // the next write: the results, in finishRun's transaction
    const outcome = simulate(s, REQUEST);
    fake.started[0]!.control.complete(outcome);
    expect(await handle.result).toBe(outcome);
    const report = await saved;
    expect(report.problem).toMatch(
      /^The result is shown but was not saved: The browser's storage for this site is full/,
    );
    const row = (await getRun(db, report.runId!))!;
    expect(row.status).toBe('failed');
    expect(row.error).toMatch(/^The result was not saved: The browser's storage for this site is full/);
    expect(row.hasResults).toBe(false);
    expect(await getRunResults(db, row.id)).toBeNull();
  });
});

describe('start-up', () => {
  it('marks a run a reload cut off as interrupted before any run of the page is stored', async () => {
    open = createTestDatabase();
    const { db } = open;
    const s = scenario();
    valueOf(
      await storeRun(db, {
        scenarioId: null,
        scenario: s,
        seed: 1,
        mode: 'record',
        replications: 1,
        variability: true,
        engineVersion: '0.1.0',
        now: T0,
        id: 'cut-off',
      }),
    );
    const startup = openRunStore(db, T0 + 10, async () =>
      describeStorage(true, 12 * 2 ** 20, 2048 * 2 ** 20),
    );
    // A run started at once waits for the sweep: it is not marked.
    const fake = fakeEngine(db);
    const run = startSavedRun(deps(db, fake.engine, startup.ready), s, REQUEST);
    expect(await startup.ready).toBe(1);
    await until(() => fake.started.length === 1);
    fake.started[0]!.control.complete(simulate(s, REQUEST));
    const report = await run.saved;
    expect(await getRun(db, 'cut-off')).toMatchObject({
      status: 'interrupted',
      finishedAt: T0 + 10,
      error: 'The page was closed or reloaded while the run was going',
    });
    expect((await getRun(db, report.runId!))!.status).toBe('done');
    expect(await startup.storage).toMatchObject({
      persistence: 'Storage is persistent',
      usage: '12 MB used of 2,048 MB',
    });
  });
});

describe('re-running a saved run', () => {
  it('with the same seed is identical, every typed array compared; another seed differs, named', async () => {
    open = createTestDatabase();
    const { db } = open;
    const s = scenario();
    const engine = (sc: Scenario, request: RunRequest): RunHandle<RunOutcome> => {
      const control = createRunControl<RunOutcome>(() => {});
      queueMicrotask(() => control.complete(simulate(sc, request)));
      return control.handle;
    };
    const first = startSavedRun(deps(db, engine), s, REQUEST);
    const { runId } = await first.saved;
    const stored = (await getRun(db, runId!))!;
    const saved = asRunOutcome(await getRunResults(db, runId!))!;

    const again = startSavedRun(deps(db, engine), stored.scenario, rerunRequest(stored));
    expect(compareRunOutcomes(saved, await again.handle.result)).toEqual({ identical: true });

    const other = simulate(s, { ...REQUEST, seed: 8 });
    const verdict = compareRunOutcomes(saved, other);
    expect(verdict.identical).toBe(false);
    if (verdict.identical) return;
    expect(verdict.differences[0]).toMatch(/^[a-zA-Z]+(\.[a-zA-Z]+)?(\[\d+\])? is .+ saved and .+ now/);

    // One value changed in a typed array is found and named.
    const tampered: SingleRunOutcome = {
      ...(saved as SingleRunOutcome),
      result: { ...(saved as SingleRunOutcome).result, goLiveMonth: Int32Array.from([3, 99]) },
    };
    const named = compareRunOutcomes(saved, tampered);
    expect(named).toEqual({
      identical: false,
      differences: [
        expect.stringMatching(/^goLiveMonth\[\d\] is \d+ saved and (3|99) now( \(2 values differ\))?$/),
      ],
    });
  });
});

describe('the run session', () => {
  it('keeps each slot’s last run; a new run cancels the one going', async () => {
    open = createTestDatabase();
    const { db } = open;
    const fake = fakeEngine(db);
    const session = createRunSession(deps(db, fake.engine));
    const s = scenario();
    const planner = session.start(plannerSlot(s), s, REQUEST);
    await until(() => fake.started.length === 1);
    expect(session.running()?.slot).toBe(plannerSlot(s));
    const outcome = simulate(s, REQUEST);
    fake.started[0]!.control.complete(outcome);
    await planner;
    const plannerSave = await session.lastSave();
    expect(session.running()).toBeNull();
    expect(session.getSnapshot().get(plannerSlot(s))).toMatchObject({
      state: { phase: 'done', outcome },
      save: { kind: 'saved', runId: plannerSave!.runId },
    });

    const rerun = session.start(rerunSlot('r'), s, REQUEST);
    await until(() => fake.started.length === 2);
    const replacing = session.start(rerunSlot('r2'), s, REQUEST);
    await expect(rerun).rejects.toMatchObject({ name: 'AbortError' });
    expect(session.getSnapshot().get(rerunSlot('r'))!.state).toEqual({ phase: 'cancelled' });
    session.cancel();
    await expect(replacing).rejects.toEqual(abortError());
    // The planner's result is still there.
    expect(session.getSnapshot().get(plannerSlot(s))!.state).toEqual({ phase: 'done', outcome });
  });
});
