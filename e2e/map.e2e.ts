// The Map screen in real Chromium with software WebGL: drawing, office features, playback, office detail,
// labels in Hangul and Uzbek Cyrillic, and no request leaving the app's origin.
import { readFileSync } from 'node:fs';

import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';

import { ARTIFACTS_DIR, screenshot, watchPage, useBrowser } from './chromium';
import type { RequestLog } from './chromium';

const baseURL = inject('baseURL');
const origin = new URL(baseURL).origin;

const browser = useBrowser();

// `?rrl-test` makes the map screen expose its maplibre map as window.__rrlMap.
async function openMap(preset = 'korea'): Promise<{ page: Page; log: RequestLog }> {
  const page = await browser().newPage({ viewport: { width: 1280, height: 900 } });
  const log = watchPage(page, origin);
  const query = preset === 'korea' ? '' : `?preset=${preset}`;
  await page.goto(`${baseURL}/?rrl-test#/map${query}`);
  await waitForIdleMap(page);
  return { page, log };
}

async function waitForIdleMap(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const map = (window as unknown as { __rrlMap?: { loaded(): boolean } }).__rrlMap;
    return map?.loaded() === true;
  });
}

type TestMap = {
  queryRenderedFeatures(
    at: { layers: string[] } | { x: number; y: number },
    options?: { layers: string[] },
  ): { id?: number; properties: Record<string, unknown>; geometry: { coordinates: [number, number] } }[];
  getCanvas(): HTMLCanvasElement;
  getFeatureState(feature: { source: string; id: number }): { status?: number };
  project(lngLat: [number, number]): { x: number; y: number };
};

const renderedIds = (page: Page, layer: string) =>
  page.evaluate((l) => {
    const map = (window as unknown as { __rrlMap: TestMap }).__rrlMap;
    return [...new Set(map.queryRenderedFeatures({ layers: [l] }).map((f) => f.id))];
  }, layer);

const labelTexts = (page: Page) =>
  page.evaluate(() => {
    const map = (window as unknown as { __rrlMap: TestMap }).__rrlMap;
    return map.queryRenderedFeatures({ layers: ['region-labels'] }).map((f) => String(f.properties.iso));
  });

/**
 * Share of canvas pixels that differ from the sea colour, and the number of distinct colours, of the canvas
 * drawn over its container's background (the sea), as on screen.
 */
const canvasStats = (page: Page) =>
  page.evaluate(() => {
    const source = (window as unknown as { __rrlMap: TestMap }).__rrlMap.getCanvas();
    const copy = document.createElement('canvas');
    copy.width = source.width;
    copy.height = source.height;
    const ctx = copy.getContext('2d')!;
    ctx.fillStyle = getComputedStyle(source.closest('.rollout-map')!).backgroundColor;
    ctx.fillRect(0, 0, copy.width, copy.height);
    ctx.drawImage(source, 0, 0);
    const pixels = ctx.getImageData(0, 0, copy.width, copy.height).data;
    const colours = new Set<number>();
    let notSea = 0;
    for (let i = 0; i < pixels.length; i += 4 * 7) {
      const [r, g, b] = [pixels[i]!, pixels[i + 1]!, pixels[i + 2]!];
      colours.add((r << 16) | (g << 8) | b);
      if (Math.abs(r - 0xcf) + Math.abs(g - 0xe2) + Math.abs(b - 0xee) > 12) notSea++;
    }
    return { notSeaShare: notSea / (pixels.length / 28), colours: colours.size };
  });

const listStatusDescriptions = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('[data-testid="office-list"] button[aria-describedby]')].map(
      (button) => document.getElementById(button.getAttribute('aria-describedby')!)?.textContent,
    ),
  );

/** Offices whose colour on the map (feature-state status) differs from their status in the list. */
const mapListMismatches = (page: Page) =>
  page.evaluate(() => {
    const map = (window as unknown as { __rrlMap: TestMap }).__rrlMap;
    const names = ['waiting', 'digitizing', 'live'];
    return [...document.querySelectorAll<HTMLElement>('[data-testid="office-list"] li')].filter((li) => {
      const state = map.getFeatureState({ source: 'offices', id: Number(li.dataset.officeIndex) });
      return names[Number(state.status ?? 0)] !== li.dataset.status;
    }).length;
  });

describe('map screen', () => {
  it('draws the Korean map offline: pixels, 209 offices, 12 centres, Hangul labels', async () => {
    const { page, log } = await openMap();
    const stats = await canvasStats(page);
    expect(stats.notSeaShare).toBeGreaterThan(0.2);
    expect(stats.notSeaShare).toBeLessThan(0.9); // the sea (the container's background) shows around Korea
    expect(stats.colours).toBeGreaterThan(50);
    expect(await renderedIds(page, 'offices')).toHaveLength(209);
    expect(await renderedIds(page, 'centres')).toHaveLength(12);
    // The list's rows follow the map's first draw.
    await expect.poll(() => page.getByTestId('office-list').locator('li').count()).toBe(209);
    // Labels are ISO keyed; the text drawn comes from the name table in Korean.
    expect((await labelTexts(page)).length).toBeGreaterThan(8);
    expect(await page.getByTestId('label-language').inputValue()).toBe('ko');
    await screenshot(page, 'map-korea');
    expect(log.foreign).toEqual([]);
    expect(log.errors).toEqual([]);
    await page.close();
  });

  it('plays the rollout: the live count rises to 209', async () => {
    const { page, log } = await openMap();
    await page.waitForFunction(() =>
      /of 209 offices live/.test(document.querySelector('[data-testid="live-count"]')?.textContent ?? ''),
    );
    const liveCount = async () => Number((await page.getByTestId('live-count').innerText()).split(' ')[0]);
    expect(await liveCount()).toBe(0);
    await page.locator('select').filter({ hasText: 'months/s' }).selectOption('24');
    await page.getByTestId('play').click();
    const seen: number[] = [];
    await expect
      .poll(
        async () => {
          seen.push(await liveCount());
          return seen.at(-1);
        },
        { timeout: 60_000, interval: 500 },
      )
      .toBe(209);
    // The count rose through intermediate values, never fell.
    expect(seen.some((n) => n > 0 && n < 209)).toBe(true);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    // The list follows playback a few times a second, and exactly once it rests.
    await expect
      .poll(() => page.getByTestId('office-list').locator('li[data-status="live"]').count())
      .toBe(209);
    // Each row's status reaches screen readers as its button's description.
    expect(await listStatusDescriptions(page)).toEqual(Array(209).fill('live'));
    await screenshot(page, 'map-korea-live');
    expect(log.foreign).toEqual([]);
    await page.close();
  });

  it('opens an office detail by clicking it on the map, and from the keyboard list', async () => {
    const { page } = await openMap();
    const target = await page.evaluate(() => {
      const map = (window as unknown as { __rrlMap: TestMap }).__rrlMap;
      // An office whose circle overlaps no other (towns can be close: Chuncheon and Dongnae-myeon).
      const alone = (f: { geometry: { coordinates: [number, number] } }) =>
        map.queryRenderedFeatures(map.project(f.geometry.coordinates), { layers: ['offices'] }).length === 1;
      const feature = map.queryRenderedFeatures({ layers: ['offices'] }).find(alone)!;
      const coordinates = feature.geometry.coordinates;
      const rect = map.getCanvas().getBoundingClientRect();
      const point = map.project(coordinates);
      return { x: rect.left + point.x, y: rect.top + point.y, name: String(feature.properties.name) };
    });
    await page.mouse.click(target.x, target.y);
    const detail = page.getByTestId('office-detail');
    await detail.waitFor();
    expect(await detail.getByRole('heading').innerText()).toContain(target.name);
    const text = await detail.innerText();
    expect(text).toMatch(/Records\s+[\d,]+/);
    expect(text).toMatch(/Coverage area\s+[\d,]+ km²/);
    expect(text).toMatch(/Staff\s+[\d.]+ full-time/);
    expect(text).toMatch(/Data centre\s+\w+/);
    // Once the Monte Carlo run is in, the detail (and the hover tooltip) give P10/P50/P90 go-live.
    await page.locator('[data-testid="live-count"][data-ranges="ready"]').waitFor({ timeout: 60_000 });
    expect(await detail.innerText()).toMatch(/P10 \w{3} \d{4} · P50 \w{3} \d{4} · P90 \w{3} \d{4}/);
    await page.mouse.move(target.x + 1, target.y);
    await expect.poll(() => page.getByTestId('tooltip-bands').innerText()).toMatch(/^P10 /);
    await screenshot(page, 'map-office-detail');
    // Keyboard: filter the list, Tab to the office, Enter.
    await page.getByLabel('Filter offices').fill('Haeundae');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => detail.getByRole('heading').innerText()).toContain('Busan Haeundae-gu');
    await page.close();
  });

  it('opens a map prepared while the overview was idle, and keeps it across visits', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 900 } });
    const log = watchPage(page, origin);
    await page.goto(`${baseURL}/?rrl-test#/`);
    // The app prepares the map off screen (parked-maps.ts): out of view, inert and hidden from screen readers.
    const parked = page.locator('div[inert][aria-hidden="true"] > .rollout-map canvas');
    await parked.waitFor({ state: 'attached', timeout: 30_000 });
    expect(await page.evaluate(() => (window as { __rrlMap?: unknown }).__rrlMap)).toBeUndefined();
    await parked.evaluate((canvas) => canvas.setAttribute('data-e2e-mark', 'prepared'));
    const nav = page.getByRole('navigation', { name: 'Screens' });
    await nav.getByRole('link', { name: 'Map' }).click();
    await waitForIdleMap(page);
    // The screen shows that very canvas, moved in: no second map was created.
    const shownMark = () =>
      page.evaluate(() =>
        (window as unknown as { __rrlMap: TestMap }).__rrlMap.getCanvas().getAttribute('data-e2e-mark'),
      );
    expect(await shownMark()).toBe('prepared');
    expect(await parked.count()).toBe(0);
    const box = await page.getByTestId('map-KOR').boundingBox();
    const canvasBox = await page.getByTestId('map-KOR').locator('canvas').boundingBox();
    expect(canvasBox).toEqual(
      box && { ...box, x: box.x + 1, y: box.y + 1, width: box.width - 2, height: box.height - 2 },
    );
    expect(await renderedIds(page, 'offices')).toHaveLength(209);
    expect((await canvasStats(page)).notSeaShare).toBeGreaterThan(0.2);
    await screenshot(page, 'map-korea-prepared');
    // Play to the end, leave, come back: the same map, showing the new visit's month, not the old one's.
    await page
      .locator('[data-testid="live-count"]')
      .filter({ hasText: /of 209 offices live/ })
      .waitFor();
    const slider = page.getByTestId('month-slider');
    await slider.fill(await slider.getAttribute('max').then(String));
    await expect.poll(() => page.getByTestId('live-count').innerText()).toMatch(/^209 of 209/);
    await expect.poll(() => mapListMismatches(page)).toBe(0);
    await nav.getByRole('link', { name: 'Overview' }).click();
    await parked.waitFor({ state: 'attached' });
    expect(await page.evaluate(() => (window as { __rrlMap?: unknown }).__rrlMap)).toBeUndefined();
    await nav.getByRole('link', { name: 'Map' }).click();
    await waitForIdleMap(page);
    expect(await shownMark()).toBe('prepared');
    await page
      .locator('[data-testid="live-count"]')
      .filter({ hasText: /of 209 offices live/ })
      .waitFor();
    expect(await page.getByTestId('live-count').innerText()).toMatch(/^0 of 209/);
    await expect.poll(() => mapListMismatches(page)).toBe(0);
    expect(log.foreign).toEqual([]);
    expect(log.errors).toEqual([]);
    await page.close();
  });

  it('labels Uzbekistan in Uzbek Cyrillic and switches countries side by side', async () => {
    const { page, log } = await openMap('uzbekistan');
    expect(await page.getByTestId('label-language').inputValue()).toBe('uzCyrl');
    expect((await labelTexts(page)).length).toBeGreaterThan(6);
    expect(await renderedIds(page, 'offices')).toHaveLength(200);
    await screenshot(page, 'map-uzbekistan');
    await page.getByTestId('split-view').check();
    await page.getByTestId('map-KOR').locator('canvas').waitFor();
    await page.waitForTimeout(1500);
    await screenshot(page, 'map-split');
    // PNG export of both maps, with legend and attribution drawn underneath.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-png').click(),
    ]);
    const path = `${ARTIFACTS_DIR}/map-export.png`;
    await download.saveAs(path);
    const png = readFileSync(path);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.length).toBeGreaterThan(50_000);
    expect(log.foreign).toEqual([]);
    expect(log.errors).toEqual([]);
    await page.close();
  });
});
