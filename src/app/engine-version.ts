/**
 * The engine version stored with every saved run, the same one the CLI writes into its result files. It is
 * declared with the engine (`workers/engine/engine-version.ts`).
 */
export { ENGINE_VERSION } from '../../workers/engine/engine-version';
