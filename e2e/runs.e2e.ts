import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';

import { screenshot, useBrowser, watchPage } from './chromium';

const baseURL = inject('baseURL');
const origin = new URL(baseURL).origin;

const browser = useBrowser();

function nav(page: Page, screen: string): Promise<void> {
  return page.getByRole('navigation', { name: 'Screens' }).getByRole('link', { name: screen }).click();
}

function rows(page: Page) {
  return page.getByTestId('run-row');
}

/** Waits until the Runs table shows `count` rows (it updates live from IndexedDB). */
async function waitForRows(page: Page, count: number): Promise<void> {
  await page.waitForFunction(
    (n) => document.querySelectorAll('[data-testid="run-row"]').length === n,
    count,
    { timeout: 20_000 },
  );
}

async function waitForPartWay(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const bar = document.querySelector<HTMLProgressElement>('[data-testid="run-progress"]');
      return bar !== null && bar.value > 0 && bar.value < 1;
    },
    undefined,
    { timeout: 30_000, polling: 50 },
  );
}

describe('saved runs', () => {
  it('keeps Planner runs in IndexedDB: list, reload, re-run identical, rename, delete, interrupted', async () => {
    const page = await browser().newPage({ viewport: { width: 1400, height: 900 } });
    const log = watchPage(page, origin);
    await page.goto(`${baseURL}/#/runs`, { waitUntil: 'networkidle' });
    expect(await page.getByTestId('runs-empty').innerText()).toMatch(/^No saved runs yet/);
    await expect
      .poll(() => page.getByTestId('storage-status').innerText())
      .toMatch(
        /^(Storage is persistent|The browser may clear it|The browser does not say whether it keeps it) · [\d,.]+ MB used of [\d,.]+ MB/,
      );

    // A quick lot-mode run in the Planner is saved.
    await nav(page, 'Planner');
    await page.getByLabel('Mode').selectOption('lot');
    await page.getByLabel('Seed').fill('11');
    await page.getByTestId('run-button').click();
    await page.getByTestId('result-completion').waitFor({ timeout: 60_000 });
    const completion = await page.getByTestId('result-completion').innerText();
    expect(completion).toMatch(/^20\d\d-(0[1-9]|1[0-2])$/);
    await expect
      .poll(() => page.getByTestId('run-saved').innerText())
      .toBe('Saved in this browser: see Runs.');

    // Leaving the Planner and coming back shows the result again.
    await nav(page, 'Runs');
    await waitForRows(page, 1);
    await nav(page, 'Planner');
    expect(await page.getByTestId('result-completion').innerText()).toBe(completion);

    // The Runs screen lists it: done, with the completion, cost and NPV, in words.
    await nav(page, 'Runs');
    await waitForRows(page, 1);
    const row = rows(page).first();
    expect(await row.getByTestId('run-status-cell').innerText()).toBe('Done');
    expect(await row.getByTestId('run-completion').innerText()).toBe(completion);
    expect(await row.getByTestId('run-cost').innerText()).toMatch(/^-?[\d,.]+(\sbn|\sM)?\sKRW$/);
    expect(await row.getByTestId('run-npv').innerText()).toMatch(/^-?[\d,.]+(\sbn|\sM)?\sKRW$/);
    const rowText = await row.innerText();
    expect(rowText).toContain('Illustrative plan');
    expect(rowText).toMatch(/\bLot\b/);
    expect(rowText).not.toMatch(/\b(lot|record|done|illustrative|KOR)\b/);

    // A reload keeps it.
    await page.reload({ waitUntil: 'networkidle' });
    await waitForRows(page, 1);
    expect(await rows(page).first().getByTestId('run-status-cell').innerText()).toBe('Done');

    // Open it: the Planner's result components show the stored result.
    await rows(page)
      .first()
      .getByRole('button', { name: /^Open / })
      .click();
    await page.getByTestId('run-detail').getByTestId('result-completion').waitFor();
    expect(await page.getByTestId('run-detail').getByTestId('result-completion').innerText()).toBe(
      completion,
    );
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('run-detail-title');

    // Re-run with the same seed: identical, checked value by value.
    await rows(page)
      .first()
      .getByRole('button', { name: /^Re-run .* with seed 11$/ })
      .click();
    await page.getByTestId('rerun-verdict').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('rerun-verdict').innerText()).toMatch(/^Identical to the saved run/);
    await waitForRows(page, 2);
    await expect.poll(() => rows(page).first().getByTestId('run-status-cell').innerText()).toBe('Done');
    expect(await rows(page).first().getByTestId('run-name').innerText()).toMatch(/ \(re-run\)$/);
    await page.getByTestId('rerun-verdict').scrollIntoViewIfNeeded();
    await screenshot(page, 'runs-screen');

    // Rename with the keyboard, then delete (confirmed): the row count goes 2 → 1.
    const original = rows(page).nth(1);
    await original.getByRole('button', { name: /^Rename / }).focus();
    await page.keyboard.press('Enter');
    await page.getByLabel('New name').fill('Seed 11 baseline');
    await page.keyboard.press('Enter');
    await expect.poll(() => rows(page).nth(1).getByTestId('run-name').innerText()).toBe('Seed 11 baseline');
    page.once('dialog', (dialog) => {
      expect(dialog.message()).toBe(
        'Delete the run "Seed 11 baseline" and its results? This cannot be undone.',
      );
      void dialog.accept();
    });
    expect(await rows(page).count()).toBe(2);
    await page.getByRole('button', { name: 'Delete Seed 11 baseline' }).click();
    await waitForRows(page, 1);
    expect(await page.getByText('Seed 11 baseline').count()).toBe(0);

    // A long record-mode run: switching preset asks first, and "no" keeps it going.
    await nav(page, 'Planner');
    await page.getByLabel('Mode').selectOption('record');
    await page.getByLabel('Replications').fill('20');
    await page.getByTestId('run-button').click();
    await waitForPartWay(page);
    let asked = '';
    page.once('dialog', (dialog) => {
      asked = dialog.message();
      void dialog.dismiss();
    });
    await page.getByRole('link', { name: 'Uzbekistan' }).click();
    expect(asked).toMatch(/^A run of .+ is going\. Switch and cancel the run\?$/);
    expect(new URL(page.url()).hash).toBe('#/planner');
    expect(await page.getByTestId('run-status').innerText()).toBe('Running…');

    // A reload mid-run leaves it interrupted, never running.
    await page.reload({ waitUntil: 'networkidle' });
    await nav(page, 'Runs');
    await waitForRows(page, 2);
    const cutOff = rows(page).first();
    expect(await cutOff.getByTestId('run-status-cell').innerText()).toBe('Interrupted');
    expect(await cutOff.innerText()).toMatch(/\bRecord\b/);
    await screenshot(page, 'runs-interrupted');

    expect(log.foreign).toEqual([]);
    expect(log.errors).toEqual([]);
    await page.close();
  });
});
