/**
 * Starts the built app with `vite preview` for the browser tests, after checking that Chromium is there.
 * A missing browser fails the run with the command that installs it: browser tests never skip silently.
 */
import { existsSync } from 'node:fs';

import { preview } from 'vite';
import type { TestProject } from 'vitest/node';

import { CHROMIUM_PATH } from './chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

export default async function setup(project: TestProject) {
  if (!existsSync(CHROMIUM_PATH))
    throw new Error(
      `Browser tests need Debian's Chromium at ${CHROMIUM_PATH}, which is missing.\n` +
        'Install it with:  sudo apt-get update && sudo apt-get install -y chromium\n' +
        '(`bash .ci/run` does this for you.)',
    );
  if (!existsSync('dist/index.html'))
    throw new Error('No production build in dist/: run `npm run build` first.');
  const server = await preview({
    preview: { host: '127.0.0.1', port: 4311, strictPort: false },
    logLevel: 'warn',
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report its address');
  project.provide('baseURL', url.replace(/\/$/, ''));
  return async () => {
    await server.close();
  };
}
