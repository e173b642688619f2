/** Launching Debian's Chromium the way this machine renders WebGL (software, through ANGLE + SwiftShader). */
import { mkdirSync } from 'node:fs';

import type { Browser, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}

/** One Chromium per test file, launched before its tests and closed after them. */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('Chromium is not running: call the getter inside a test');
    return browser;
  };
}

/** Where screenshots go; CI keeps them as artifacts. */
export const ARTIFACTS_DIR = 'e2e/artifacts';

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  await page.screenshot({ path: `${ARTIFACTS_DIR}/${name}.png`, fullPage: true });
}

export interface RequestLog {
  /** Every URL requested whose origin is not the app's. */
  readonly foreign: string[];
  /** Every request, for diagnostics. */
  readonly all: string[];
  /** Console errors and page errors, including CSP violations. */
  readonly errors: string[];
}

/** Records what the page asks for and what it complains about. */
export function watchPage(page: Page, appOrigin: string): RequestLog {
  const log: RequestLog = { foreign: [], all: [], errors: [] };
  page.on('request', (request) => {
    const url = request.url();
    log.all.push(url);
    const isLocal = url.startsWith('data:') || url.startsWith('blob:') || new URL(url).origin === appOrigin;
    if (!isLocal) log.foreign.push(url);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') log.errors.push(message.text());
  });
  page.on('pageerror', (error) => log.errors.push(error.message));
  return log;
}
