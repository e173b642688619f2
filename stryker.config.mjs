// Mutation testing of the pure core (`npm run test:mutation`, outside `npm test`: it takes hours on 2 cores).
// Stryker changes one thing at a time in workers/engine and src/domain (an operator, a condition, a constant)
// and runs the unit tests that cover it; a mutant no test kills is a behaviour no test pins down.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts', related: true },
  mutate: [
    'workers/engine/**/*.ts',
    'src/domain/**/*.ts',
    '!**/*.test.ts',
    '!**/*.test-helper.ts',
    '!workers/engine/testing/**',
  ],
  coverageAnalysis: 'perTest',
  // Static initialisers (tables, catalogue entries) would each re-run the whole suite; the catalogue tests
  // check those values directly.
  ignoreStatic: true,
  concurrency: 2,
  timeoutMS: 5_000,
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  reporters: ['clear-text', 'progress', 'json', 'html'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
