/**
 * The engine as one esbuild bundle, for tests that run the full Korean preset. Through Vitest's module
 * runner every imported binding is a getter call, which makes the 45 M-record kernel about 8× slower; a
 * bundle under node_modules/.cache is loaded by Node itself and runs at full speed.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { build } from 'esbuild';

import type * as EngineApi from './engine-api';

const root = fileURLToPath(new URL('../../../', import.meta.url));

export async function loadBundledEngine(): Promise<typeof EngineApi> {
  const dir = `${root}node_modules/.cache/registry-rollout-lab`;
  mkdirSync(dir, { recursive: true });
  const outfile = `${dir}/engine-test-${process.pid}.mjs`;
  await build({
    entryPoints: [`${root}workers/engine/testing/engine-api.ts`],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    logLevel: 'warning',
  });
  return (await import(pathToFileURL(outfile).href)) as typeof EngineApi;
}
