/**
 * The engine version stored with every saved run, the same one the CLI writes into its result files. It is
 * declared beside the CLI (`scripts/engine-version.ts`); it belongs with the engine (`workers/engine`).
 */
export { ENGINE_VERSION } from '../../scripts/engine-version';
