/**
 * The map's cold start as a person meets it, shared by the map benchmarks: a fresh Chromium opens the
 * overview, waits `settleMs`, presses "Map", and the times from that press are read in the page.
 */
import { launchChromium } from '../e2e/chromium';

/** Click "Map" on the overview, then time until the map's first idle (lazy chunk, style, sources, fonts). */
export async function openMapTiming(baseURL: string, settleMs: number) {
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 1300, height: 900 } });
  // tsx (esbuild keepNames) wraps named functions in __name(); give the page a no-op one.
  await page.addInitScript('window.__name = (f) => f;');
  // Long tasks on the overview (the app's idle-time work, such as preparing the map, lands there).
  await page.addInitScript(() => {
    const w = window as unknown as { __overviewTasks: [number, number][] };
    w.__overviewTasks = [];
    new PerformanceObserver((list) =>
      list.getEntries().forEach((e) => w.__overviewTasks.push([e.startTime, e.duration])),
    ).observe({ type: 'longtask', buffered: true });
  });
  // From the load event, not network idle: the app's idle-time work (the map chunk, a prepared map) must not
  // push the press later.
  await page.goto(`${baseURL}/?rrl-test#/`, { waitUntil: 'load' });
  // A person reads the overview for a moment before opening the map: give the app its idle time.
  await page.waitForTimeout(settleMs);
  // Long tasks after the load event, up to the press: what a person reading the overview could feel.
  const overviewLongTasks = await page.evaluate(() => {
    const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
    const loadAt = navigation?.loadEventEnd ?? 0;
    const tasks = (window as unknown as { __overviewTasks: [number, number][] }).__overviewTasks;
    return tasks.filter(([start]) => start >= loadAt).map(([, duration]) => duration);
  });
  await page.evaluate(() => {
    const w = window as unknown as {
      __callAt: number;
      __clickAt: number;
      __createdAt: number;
      __drawnAt: number;
      __idleAt?: number;
      __rrlMap?: {
        once(e: string, f: () => void): void;
        on(e: string, f: () => void): void;
        off(e: string, f: () => void): void;
        isSourceLoaded(id: string): boolean;
      };
    };
    // The click is the user's press on the link (its event time), not Playwright's call, which first waits
    // for the link to be visible and stable over two frames (~100 ms here).
    w.__callAt = performance.now();
    addEventListener('pointerdown', (event) => (w.__clickAt = event.timeStamp), {
      capture: true,
      once: true,
    });
    const poll = () => {
      if (w.__rrlMap) {
        const map = w.__rrlMap;
        w.__createdAt = performance.now();
        map.once('idle', () => (w.__idleAt = performance.now()));
        // First frame drawn after the offices source is in: land, regions and offices visible.
        const onRender = () => {
          if (!map.isSourceLoaded('offices')) return;
          w.__drawnAt = performance.now();
          map.off('render', onRender);
        };
        map.on('render', onRender);
      } else requestAnimationFrame(poll);
    };
    requestAnimationFrame(poll);
  });
  await page.getByRole('navigation', { name: 'Screens' }).getByRole('link', { name: 'Map' }).click();
  await page.waitForFunction(
    () => (window as unknown as { __idleAt?: number }).__idleAt !== undefined,
    null,
    {
      timeout: 30_000,
    },
  );
  const ms = await page.evaluate(() => {
    const w = window as unknown as {
      __callAt: number;
      __clickAt: number;
      __createdAt: number;
      __drawnAt: number;
      __idleAt: number;
    };
    return [
      w.__idleAt - w.__clickAt,
      w.__createdAt - w.__clickAt,
      w.__drawnAt - w.__clickAt,
      w.__idleAt - w.__callAt,
    ];
  });
  return {
    ms: ms[0]!,
    createdMs: ms[1]!,
    drawnMs: ms[2]!,
    callMs: ms[3]!,
    overviewLongTasks,
    browser,
    page,
  };
}

/** A fresh Chromium opens `#/map` directly (a bookmark): navigation start → the map's first idle. */
export async function deepLinkTiming(baseURL: string): Promise<number> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1300, height: 900 } });
    await page.addInitScript('window.__name = (f) => f;');
    await page.addInitScript(() => {
      const w = window as unknown as {
        __idleAt?: number;
        __rrlMap?: { once(e: string, f: () => void): void };
      };
      const poll = () => {
        if (w.__rrlMap) w.__rrlMap.once('idle', () => (w.__idleAt = performance.now()));
        else requestAnimationFrame(poll);
      };
      requestAnimationFrame(poll);
    });
    await page.goto(`${baseURL}/?rrl-test#/map`);
    await page.waitForFunction(() => (window as { __idleAt?: number }).__idleAt !== undefined, null, {
      timeout: 30_000,
    });
    return await page.evaluate(() => (window as unknown as { __idleAt: number }).__idleAt);
  } finally {
    await browser.close();
  }
}
