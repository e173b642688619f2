/** The engine version lives with the engine (workers/engine/engine-version.ts); the CLI reads it from there. */
export { ENGINE_VERSION } from '../workers/engine/engine-version';
