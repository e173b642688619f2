/** The `economics` section lives with the engine (workers/engine/economics-section.ts), shared with the app. */
export type { EconomicsSection } from '../workers/engine/economics-section';
export { economicsSection, savingsBandsOfRun } from '../workers/engine/economics-section';
