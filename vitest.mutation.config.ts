// The unit tests Stryker runs against each mutant (npm run test:mutation). It leaves out the four tests that run
// the full presets through an esbuild bundle: each takes 10–30 s, so with them a run over the engine would take
// most of a day on 2 cores; everything they check is also held by smaller tests on hand-worked scenarios.
import { mergeConfig } from 'vitest/config';

import base from './vitest.config';

export default mergeConfig(base, {
  test: {
    exclude: [
      '**/node_modules/**',
      'workers/engine/lot-agreement.test.ts',
      'workers/engine/korea-preset.test.ts',
      'workers/engine/budget-cap.test.ts',
      'scripts/historical-replay.test.ts',
    ],
  },
});
