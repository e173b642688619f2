/**
 * The browser's store: one Dexie database, the only place Dexie is constructed (README "Persistence").
 *
 * DO NOT EDIT A RELEASED VERSION'S SCHEMA. Versions are append-only: add `version(n + 1)` with an
 * `upgrade()` that returns its promise, keep every earlier declaration, and seed the previous version in
 * `upgrade.test.ts`. Changing a primary key is not supported by IndexedDB: add a table and copy the rows.
 */
import type { EntityTable } from 'dexie';
import { Dexie } from 'dexie';

import type { Scenario } from '../domain/scenario/scenario-schema';

/** The IndexedDB database name. Changing it would strand every user's data. */
export const DATABASE_NAME = 'registry-rollout-lab';

/** Where a stored scenario came from. */
export const SCENARIO_SOURCES = ['preset', 'import', 'duplicate', 'share'] as const;
export type ScenarioSource = (typeof SCENARIO_SOURCES)[number];

/** A saved scenario. `name` and `country` repeat the document's own, for indexes and lists. */
export interface StoredScenario {
  readonly id: string;
  readonly name: string;
  readonly country: Scenario['country'];
  /** Milliseconds since the epoch, passed in by the caller. */
  readonly createdAt: number;
  readonly updatedAt: number;
  readonly source: ScenarioSource;
  /** Always a document that passed `validateScenario`. */
  readonly document: Scenario;
}

export const RUN_STATUSES = ['running', 'done', 'failed', 'interrupted', 'cancelled'] as const;
export type RunStatus = (typeof RUN_STATUSES)[number];
export const RUN_MODES = ['record', 'lot'] as const;
export type RunMode = (typeof RUN_MODES)[number];

/** What the Runs list shows of a finished run, so that listing never reads the results. */
export interface RunSummary {
  /** Month the last office went live ("2002-10"; the P50 in Monte Carlo), null if not within the horizon. */
  readonly completionMonth: string | null;
  /** Programme cost in the scenario's currency. */
  readonly cost: number;
  /** Net present value in the scenario's currency, null if the run has no economics. */
  readonly npv: number | null;
}

/** Durations and counts measured by the run service, e.g. `{ elapsedSeconds, mergeMs, workers }`. */
export type RunTimings = Readonly<Record<string, number>>;

/** A run: everything needed to re-run it (snapshot, seed, mode, options, engine version) and its outcome. */
export interface StoredRun {
  readonly id: string;
  /** The saved scenario it was run from; null for a preset that was never saved. */
  readonly scenarioId: string | null;
  readonly name: string;
  /** The scenario exactly as it was run (validated). */
  readonly scenario: Scenario;
  readonly seed: number;
  readonly mode: RunMode;
  readonly replications: number;
  /** Durations, page counts and defects drawn at random (the engine's `stochastic`). */
  readonly variability: boolean;
  readonly engineVersion: string;
  readonly status: RunStatus;
  readonly startedAt: number;
  readonly finishedAt: number | null;
  readonly timings: RunTimings | null;
  readonly summary: RunSummary | null;
  /** Why a run failed, or how it ended when it did not finish. */
  readonly error: string | null;
  /** True when `runResults` holds this run's results. */
  readonly hasResults: boolean;
}

/**
 * A run's results, kept apart from the run so that listing 200 runs does not read 200 result sets.
 * Whatever the engine returned, stored as it is: typed arrays stay typed arrays (structured clone).
 */
export interface StoredRunResults {
  readonly runId: string;
  readonly results: unknown;
}

export interface StoredSetting {
  readonly key: string;
  readonly value: unknown;
}

/** Version 1 (released with issue 12). Primary key first, then indexes. */
export const SCHEMA_V1 = {
  scenarios: 'id, updatedAt, name, country',
  runs: 'id, scenarioId, status, startedAt',
  runResults: 'runId',
  settings: 'key',
} as const;

/** The version this code declares last; bump with every appended version. */
export const SCHEMA_VERSION = 1;

export type DatabaseOptions = ConstructorParameters<typeof Dexie>[1];

export class RolloutDatabase extends Dexie {
  declare readonly scenarios: EntityTable<StoredScenario, 'id'>;
  declare readonly runs: EntityTable<StoredRun, 'id'>;
  declare readonly runResults: EntityTable<StoredRunResults, 'runId'>;
  declare readonly settings: EntityTable<StoredSetting, 'key'>;

  /** Tests pass their own name and `{ indexedDB, IDBKeyRange }` from fake-indexeddb. */
  constructor(name: string = DATABASE_NAME, options: DatabaseOptions = {}) {
    // Strict durability: a saved scenario is reported saved only once it reached the disk.
    super(name, { chromeTransactionDurability: 'strict', ...options });
    this.version(1).stores(SCHEMA_V1);
  }
}

let appInstance: RolloutDatabase | null = null;

/** The app's one database (one instance per page: two would race on upgrades). Opened on first use. */
export function appDatabase(): RolloutDatabase {
  appInstance ??= new RolloutDatabase();
  return appInstance;
}
