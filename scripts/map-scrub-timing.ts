/**
 * The slider-step cost of the open map, shared by the map benchmarks: a scrub of every month through the
 * real <input type=range> (one step per animation frame), then 120 plain pan frames, each measured as the
 * renderer main thread's task time (CDP TaskDuration) per frame, with the long tasks of the scrub.
 */
import type { Page } from 'playwright-core';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

async function taskMs(
  page: Page,
  run: () => Promise<number>,
): Promise<{ perFrameMs: number; frames: number }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const task = async () =>
    ((await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) *
    1000;
  const before = await task();
  const frames = await run();
  const after = await task();
  return { perFrameMs: (after - before) / frames, frames };
}

export async function scrubAndPan(page: Page) {
  // Wait for the Monte Carlo run too, so its result does not land in the middle of the scrub.
  await page.locator('[data-testid="live-count"][data-ranges="ready"]').waitFor({ timeout: 90_000 });
  await page.evaluate(() => {
    const w = window as unknown as { __longTasks: number[] };
    w.__longTasks = [];
    new PerformanceObserver((list) =>
      list.getEntries().forEach((e) => w.__longTasks.push(e.duration)),
    ).observe({ type: 'longtask' });
  });
  // One slider step per animation frame, through the real <input type=range> and React.
  const scrub = await taskMs(page, () =>
    page.evaluate(async () => {
      const slider = document.querySelector<HTMLInputElement>('[data-testid="month-slider"]')!;
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
      const months = Number(slider.max) + 1;
      const frames: number[] = [];
      const dispatch: number[] = [];
      for (let m = 0; m < months; m++) {
        setValue.call(slider, String(m));
        const before = performance.now();
        slider.dispatchEvent(new Event('input', { bubbles: true }));
        dispatch.push(performance.now() - before);
        frames.push(await new Promise<number>((r) => requestAnimationFrame(r)));
      }
      (window as unknown as { __scrubFrames: number[] }).__scrubFrames = frames;
      (window as unknown as { __dispatch: number[] }).__dispatch = dispatch;
      return months;
    }),
  );
  const longTasks = await page.evaluate(() =>
    (window as unknown as { __longTasks: number[] }).__longTasks.splice(0),
  );
  const pan = await taskMs(page, () =>
    page.evaluate(async () => {
      const map = (window as unknown as { __rrlMap: { panBy(o: [number, number], opt: object): void } })
        .__rrlMap;
      const frames: number[] = [];
      for (let i = 0; i < 120; i++) {
        map.panBy([i % 40 < 20 ? 4 : -4, 0], { animate: false });
        frames.push(await new Promise<number>((r) => requestAnimationFrame(r)));
      }
      (window as unknown as { __panFrames: number[] }).__panFrames = frames;
      return 120;
    }),
  );
  const intervals = (name: string) =>
    page.evaluate((n) => {
      const f = (window as unknown as Record<string, number[]>)[n]!;
      return f.slice(1).map((t, i) => t - f[i]!);
    }, name);
  const dispatch = await page.evaluate(() => (window as unknown as { __dispatch: number[] }).__dispatch);
  return {
    dispatchMedian: median(dispatch),
    dispatchP95: [...dispatch].sort((a, b) => a - b)[Math.floor(dispatch.length * 0.95)] ?? NaN,
    scrub,
    pan,
    longTasks,
    scrubFrame: median(await intervals('__scrubFrames')),
    panFrame: median(await intervals('__panFrames')),
  };
}
