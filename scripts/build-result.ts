/** The result file's builder lives with the engine (workers/engine/build-result.ts), shared with the app. */
export type { FinishedRun } from '../workers/engine/build-result';
export { buildResultDocument, finite } from '../workers/engine/build-result';
