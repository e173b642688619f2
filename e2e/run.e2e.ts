import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';

import { screenshot, watchPage, useBrowser } from './chromium';

const baseURL = inject('baseURL');
const origin = new URL(baseURL).origin;

const browser = useBrowser();

function progressValue(page: Page): Promise<number | null> {
  return page.evaluate(() => {
    const bar = document.querySelector<HTMLProgressElement>('[data-testid="run-progress"]');
    return bar ? bar.value : null;
  });
}

describe('planner run panel', () => {
  it('runs the Korean preset in workers: progress, cancel, full result, Monte Carlo, offline', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 900 } });
    const log = watchPage(page, origin);
    await page.goto(`${baseURL}/#/planner`, { waitUntil: 'networkidle' });
    const status = page.getByTestId('run-status');
    const runButton = page.getByTestId('run-button');

    // A bad seed names the field and its range, and Run is refused.
    const seed = page.getByLabel('Seed');
    await seed.fill('12x');
    expect(await page.locator('.field-error').innerText()).toBe(
      'Seed: "12x" is not a whole number from 0 to 4,294,967,295',
    );
    expect(await runButton.isDisabled()).toBe(true);
    await seed.fill('7');
    expect(await runButton.isDisabled()).toBe(false);

    // Record mode, then cancel while it is visibly part-way.
    await page.getByLabel('Mode').selectOption('record');
    await runButton.click();
    await page.waitForFunction(
      () => {
        const bar = document.querySelector<HTMLProgressElement>('[data-testid="run-progress"]');
        return bar !== null && bar.value > 0 && bar.value < 1;
      },
      undefined,
      { timeout: 20_000, polling: 50 },
    );
    const partWay = await progressValue(page);
    expect(partWay).toBeGreaterThan(0);
    expect(partWay).toBeLessThan(1);
    expect(await status.innerText()).toBe('Running…');
    await page.getByRole('progressbar').waitFor();
    // Cancel, timed inside the page: click → "Cancelled" on screen.
    const cancelMs = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const statusEl = document.querySelector('[data-testid="run-status"]')!;
          const clickedAt = performance.now();
          new MutationObserver((_, observer) => {
            if (statusEl.textContent !== 'Cancelled') return;
            observer.disconnect();
            resolve(performance.now() - clickedAt);
          }).observe(statusEl, { childList: true, characterData: true, subtree: true });
          document.querySelector<HTMLButtonElement>('[data-testid="cancel-button"]')!.click();
        }),
    );
    expect(cancelMs).toBeLessThan(200);
    expect(await page.getByTestId('result-records').count()).toBe(0);
    expect(await page.getByTestId('run-progress').count()).toBe(0);

    // The same run again, to the end.
    await runButton.click();
    await page.getByTestId('result-records').waitFor({ timeout: 60_000 });
    expect(await status.innerText()).toMatch(/^Done in \d+(\.\d)? s$/);
    expect(await page.getByTestId('result-records').innerText()).toBe('45,000,000');
    expect(await page.getByTestId('result-pages').innerText()).toBe('160,000,000');
    expect(await page.getByTestId('result-completion').innerText()).toMatch(/^20\d\d-(0[1-9]|1[0-2])$/);
    expect(await page.getByTestId('result-cost').innerText()).toMatch(/^\d{1,3}(,\d{3})+$/);
    const offices = page.getByTestId('office-go-live').locator('tbody tr');
    expect(await offices.count()).toBe(10);
    await page.getByRole('button', { name: 'Show all 209 offices' }).click();
    expect(await offices.count()).toBe(209);
    await page.getByRole('button', { name: 'Show the first 10' }).click();
    await screenshot(page, 'planner-run');

    // Lot-mode Monte Carlo, 20 replications: P10 ≤ P50 ≤ P90.
    await page.getByLabel('Mode').selectOption('lot');
    await page.getByLabel('Replications').fill('20');
    await runButton.click();
    await page.getByTestId('mc-completion').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('result-records').count()).toBe(0);
    const months = await page.getByTestId('mc-completion').locator('td').allInnerTexts();
    expect(months).toHaveLength(3);
    for (const month of months) expect(month).toMatch(/^20\d\d-\d\d$/);
    expect([...months].sort()).toEqual(months);
    const costs = await page.getByTestId('mc-cost').locator('td').allInnerTexts();
    expect(costs).toHaveLength(3);
    const costValues = costs.map((text) => Number(text.replace(/[^\d]/g, '')));
    expect(costValues[0]).toBeGreaterThan(0);
    expect([...costValues].sort((a, b) => a - b)).toEqual(costValues);
    expect(await page.getByTestId('mc-result').innerText()).toContain('20 replications');
    await screenshot(page, 'planner-monte-carlo');

    expect(log.foreign).toEqual([]);
    expect(log.errors).toEqual([]);
    await page.close();
  });
});
