// The unit tests Stryker runs against each mutant (npm run test:mutation): the tests of the code it mutates
// (workers/engine, src/domain) and the parameter-use test, without the four tests that run the full presets
// through an esbuild bundle (10–30 s each: with them a run would take most of a day on 2 cores; what they
// check is also held by smaller tests on hand-worked scenarios) and without the CLI's process tests.
import { fileURLToPath } from 'node:url';

import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  test: {
    include: ['src/domain/**/*.test.ts', 'workers/**/*.test.ts', 'scripts/parameter-use.test.ts'],
    exclude: [
      '**/node_modules/**',
      'workers/engine/lot-agreement.test.ts',
      'workers/engine/korea-preset.test.ts',
      'workers/engine/budget-cap.test.ts',
    ],
    environment: 'node',
    env: { TZ: 'UTC' },
    testTimeout: 30_000,
  },
});
