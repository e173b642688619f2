/** The persistence layer's public face: the database, its repositories, storage status and live hooks. */
export type {
  RunMode,
  RunStatus,
  RunSummary,
  RunTimings,
  ScenarioSource,
  StoredRun,
  StoredRunResults,
  StoredScenario,
  StoredSetting,
} from './database';
export {
  appDatabase,
  DATABASE_NAME,
  RolloutDatabase,
  RUN_STATUSES,
  SCENARIO_SOURCES,
  SCHEMA_VERSION,
} from './database';
export type { DbError, DbFailure, DbResult, ValidationProblem } from './errors';
export { useRun, useRunList, useRunResults, useScenario, useScenarioList } from './hooks';
export type { InterruptOptions, NewRun, RunFinish } from './run-repository';
export {
  deleteRun,
  finishRun,
  getRun,
  getRunResults,
  listRuns,
  markInterruptedRuns,
  renameRun,
  startRun,
} from './run-repository';
export type { DeleteScenarioOptions, DuplicateOptions, NewScenario } from './scenario-repository';
export {
  createScenario,
  deleteScenario,
  duplicateScenario,
  getScenario,
  listScenarios,
  renameScenario,
  updateScenario,
} from './scenario-repository';
export { deleteSetting, getSetting, listSettings, setSetting } from './settings-repository';
export type { RestoreCounts, WorkspaceIds, WorkspaceRows } from './workspace-repository';
export { readWorkspaceIds, readWorkspaceRows, restoreWorkspaceRows } from './workspace-repository';
export type { StorageStatus } from './storage';
export { describeStorage, readStorageStatus, requestPersistentStorage } from './storage';
