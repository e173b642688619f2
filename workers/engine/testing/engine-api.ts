/** Everything the heavy engine tests call, gathered in one entry for bundling (see bundled-engine.ts). */
export { buildPresetScenario } from '../../../src/domain/presets/presets';
export { prepareEngineInput } from '../engine-input';
export { runReplications } from '../monte-carlo';
export { summarizeReplications } from '../percentiles';
export { simulateAll } from '../run';
export { mergeShards, pagesScanned, recordsCompleted } from '../merge';
export { simulateShard, splitOffices } from '../simulate';
