/**
 * Schema upgrades keep every row. Each released version's layout and rows are written here with raw
 * IndexedDB, frozen as that version's code wrote them; the app's current database then opens them.
 * When a version is appended, add its seed below and keep the older ones.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';

import { smallScenario } from '../domain/scenario/scenario-fixture.test-helper';
import { RolloutDatabase, SCHEMA_VERSION } from './database';
import { getRunResults, listRuns } from './run-repository';
import { listScenarios } from './scenario-repository';

/** Dexie stores version n as IndexedDB version n × 10. */
const IDB_VERSION_PER_DEXIE_VERSION = 10;

interface StoreLayout {
  readonly keyPath: string;
  readonly indexes: readonly string[];
}

/** Version 1 as released (issue 12): DO NOT EDIT. */
const V1_LAYOUT: Record<string, StoreLayout> = {
  scenarios: { keyPath: 'id', indexes: ['country', 'name', 'updatedAt'] },
  runs: { keyPath: 'id', indexes: ['scenarioId', 'startedAt', 'status'] },
  runResults: { keyPath: 'runId', indexes: [] },
  settings: { keyPath: 'key', indexes: [] },
};

function v1Rows(): Record<string, unknown[]> {
  const scenario = smallScenario();
  const run = {
    scenarioId: 'korea-copy',
    name: 'Two offices',
    scenario,
    seed: 7,
    mode: 'record',
    replications: 1,
    variability: true,
    engineVersion: '2025.1',
  };
  return {
    scenarios: [
      {
        id: 'korea-copy',
        name: 'Two offices',
        country: 'KOR',
        createdAt: 1_735_689_600_000,
        updatedAt: 1_735_689_660_000,
        source: 'duplicate',
        document: scenario,
      },
      {
        id: 'imported',
        name: 'Imported',
        country: 'KOR',
        createdAt: 1_735_689_700_000,
        updatedAt: 1_735_689_700_000,
        source: 'import',
        document: { ...scenario, name: 'Imported' },
      },
    ],
    runs: [
      {
        ...run,
        id: 'run-done',
        status: 'done',
        startedAt: 1_735_689_800_000,
        finishedAt: 1_735_689_801_250,
        timings: { elapsedSeconds: 1.25, workers: 2 },
        summary: { completionMonth: '1995-03', cost: 9_876_543, npv: -12.5 },
        error: null,
        hasResults: true,
      },
      {
        ...run,
        id: 'run-running',
        scenarioId: null,
        status: 'running',
        startedAt: 1_735_689_900_000,
        finishedAt: null,
        timings: null,
        summary: null,
        error: null,
        hasResults: false,
      },
    ],
    runResults: [
      {
        runId: 'run-done',
        results: { goLiveMonth: new Int32Array([14, -1]), metrics: new Float64Array([0.5, NaN, 3e9]) },
      },
    ],
    settings: [
      { key: 'lastScreen', value: 'runs' },
      { key: 'storage.persistAsked', value: true },
    ],
  };
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/** Creates the database as version `dexieVersion` of the app did, with its rows, and closes it. */
async function seedRaw(
  factory: IDBFactory,
  name: string,
  dexieVersion: number,
  layout: Record<string, StoreLayout>,
  rows: Record<string, unknown[]>,
): Promise<void> {
  const open = factory.open(name, dexieVersion * IDB_VERSION_PER_DEXIE_VERSION);
  open.onupgradeneeded = () => {
    for (const [store, { keyPath, indexes }] of Object.entries(layout)) {
      const objectStore = open.result.createObjectStore(store, { keyPath });
      for (const index of indexes) objectStore.createIndex(index, index);
    }
  };
  const db = await request(open);
  const tx = db.transaction(Object.keys(layout), 'readwrite');
  for (const [store, storeRows] of Object.entries(rows))
    for (const row of storeRows) tx.objectStore(store).add(row);
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}

/** The layout and version of a database on disk, read with raw IndexedDB. */
async function readLayout(factory: IDBFactory, name: string) {
  const db = await request(factory.open(name));
  const stores: Record<string, StoreLayout> = {};
  for (const store of Array.from(db.objectStoreNames)) {
    const objectStore = db.transaction(store, 'readonly').objectStore(store);
    stores[store] = {
      keyPath: String(objectStore.keyPath),
      indexes: Array.from(objectStore.indexNames).sort(),
    };
  }
  const version = db.version;
  db.close();
  return { version, stores };
}

let opened: RolloutDatabase[] = [];
afterEach(() => {
  for (const db of opened) db.close();
  opened = [];
});

function openApp(factory: IDBFactory, name: string): RolloutDatabase {
  const db = new RolloutDatabase(name, { indexedDB: factory, IDBKeyRange });
  opened.push(db);
  return db;
}

describe('schema upgrade from version 1', () => {
  it('the current database opens a version 1 store and keeps every row, typed arrays included', async () => {
    const factory = new IDBFactory();
    await seedRaw(factory, 'v1', 1, V1_LAYOUT, v1Rows());
    const db = openApp(factory, 'v1');
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    const expected = v1Rows();
    expect(await db.scenarios.orderBy('id').toArray()).toEqual(
      [...expected.scenarios!].sort((a, b) => ((a as { id: string }).id < (b as { id: string }).id ? -1 : 1)),
    );
    expect(await db.runs.orderBy('id').toArray()).toEqual(expected.runs);
    expect(await db.runResults.toArray()).toEqual(expected.runResults);
    expect(await db.settings.toArray()).toEqual(expected.settings);
    // Through the repositories and their indexes too.
    expect((await listScenarios(db)).map((s) => s.id)).toEqual(['imported', 'korea-copy']);
    expect((await listRuns(db, 'korea-copy')).map((r) => r.id)).toEqual(['run-done']);
    expect(await db.runs.where('status').equals('running').primaryKeys()).toEqual(['run-running']);
    const results = (await getRunResults(db, 'run-done')) as {
      goLiveMonth: Int32Array;
      metrics: Float64Array;
    };
    expect(results.goLiveMonth).toBeInstanceOf(Int32Array);
    expect(results.metrics).toBeInstanceOf(Float64Array);
  });

  it('an upgraded store has the same layout as a fresh install', async () => {
    const factory = new IDBFactory();
    await seedRaw(factory, 'upgraded', 1, V1_LAYOUT, v1Rows());
    const upgraded = openApp(factory, 'upgraded');
    await upgraded.open();
    upgraded.close();
    const fresh = openApp(factory, 'fresh');
    await fresh.open();
    fresh.close();
    const freshLayout = await readLayout(factory, 'fresh');
    expect(await readLayout(factory, 'upgraded')).toEqual(freshLayout);
    expect(freshLayout.version).toBe(SCHEMA_VERSION * IDB_VERSION_PER_DEXIE_VERSION);
  });
});
