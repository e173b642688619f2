/**
 * Workspace backup and results export in Chromium against the built app: a quick lot-mode run, its national
 * and per-office CSV and its result JSON (real downloads), "Back up my workspace", delete the run, "Restore
 * from a backup…" (preview, then restore) and the run is back with the same completion; a broken backup is
 * refused with the store unchanged.
 */
import { readFileSync } from 'node:fs';

import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';

import { screenshot, useBrowser, watchPage } from './chromium';

const baseURL = inject('baseURL');
const origin = new URL(baseURL).origin;

const browser = useBrowser();

function nav(page: Page, screen: string): Promise<void> {
  return page.getByRole('navigation', { name: 'Screens' }).getByRole('link', { name: screen }).click();
}

async function waitForRows(page: Page, count: number): Promise<void> {
  await page.waitForFunction(
    (n) => document.querySelectorAll('[data-testid="run-row"]').length === n,
    count,
    { timeout: 20_000 },
  );
}

/** Rows of a table, read with raw IndexedDB. */
function rowCount(page: Page, table: string): Promise<number> {
  return page.evaluate(
    (name) =>
      new Promise<number>((resolve, reject) => {
        const request = indexedDB.open('registry-rollout-lab');
        request.onupgradeneeded = () => request.transaction?.abort();
        request.onerror = () => resolve(0);
        request.onsuccess = () => {
          const db = request.result;
          const count = db.transaction(name).objectStore(name).count();
          count.onsuccess = () => {
            db.close();
            resolve(count.result);
          };
          count.onerror = () => reject(count.error);
        };
      }),
    table,
  );
}

async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8') };
}

describe('workspace backup and results export', () => {
  it('exports a run as CSV and JSON, backs up, deletes, restores the run with the same completion', async () => {
    const page = await browser().newPage({ viewport: { width: 1400, height: 900 } });
    const log = watchPage(page, origin);
    await page.goto(`${baseURL}/#/planner`, { waitUntil: 'networkidle' });
    await page.getByLabel('Mode').selectOption('lot');
    await page.getByLabel('Seed').fill('23');
    await page.getByTestId('run-button').click();
    await page.getByTestId('result-completion').waitFor({ timeout: 60_000 });
    const completion = await page.getByTestId('result-completion').innerText();
    await expect
      .poll(() => page.getByTestId('run-saved').innerText())
      .toBe('Saved in this browser: see Runs.');

    await nav(page, 'Runs');
    await waitForRows(page, 1);
    const runName = await page.getByTestId('run-name').first().innerText();
    await page.getByRole('button', { name: `Open ${runName}` }).click();
    await page.getByTestId('result-exports').waitFor();

    // National monthly CSV: the header and one row per month of the horizon (Korea: 1993-01 + 180 months).
    const national = await download(page, () => page.getByTestId('export-national-csv').click());
    expect(national.name).toMatch(/\.national\.csv$/);
    const lines = national.text.trimEnd().split('\n');
    expect(lines[0]).toBe(
      'month,records done,pages scanned,records reworked,cost,upload MB,replicated MB,cumulative records done',
    );
    const horizon = await page.evaluate(async () => {
      const request = indexedDB.open('registry-rollout-lab');
      const db = await new Promise<IDBDatabase>((resolve) => {
        request.onsuccess = () => resolve(request.result);
      });
      const runs = await new Promise<{ scenario: { horizonMonths: number; offices: unknown[] } }[]>(
        (resolve) => {
          const all = db.transaction('runs').objectStore('runs').getAll();
          all.onsuccess = () => resolve(all.result);
        },
      );
      db.close();
      return { months: runs[0]!.scenario.horizonMonths, offices: runs[0]!.scenario.offices.length };
    });
    expect(lines).toHaveLength(horizon.months + 1);
    expect(lines[1]).toMatch(/^\d{4}-\d\d,(-?[\d.e+]+,){6}-?[\d.e+]+$/);

    const offices = await download(page, () => page.getByTestId('export-offices-csv').click());
    const officeLines = offices.text.trimEnd().split('\n');
    expect(officeLines[0]).toBe('id,name,region,records,pages,go-live month,bottleneck');
    expect(officeLines).toHaveLength(horizon.offices + 1);

    const json = await download(page, () => page.getByTestId('export-result-json').click());
    const doc = JSON.parse(json.text) as {
      format: string;
      completion: { month: string };
      run: { seed: number };
    };
    expect(doc.format).toBe('registry-rollout-lab/result');
    expect(doc.completion.month).toBe(completion);
    expect(doc.run.seed).toBe(23);
    await screenshot(page, 'workspace-runs-screen');

    // Back up, delete the run, restore it.
    const backup = await download(page, () => page.getByTestId('backup-button').click());
    expect(backup.name).toMatch(/^registry-rollout-lab-\d{4}-\d\d-\d\d\.workspace\.json$/);
    expect(await page.getByTestId('backup-status').innerText()).toMatch(
      /^Backed up 0 scenarios and 1 run to /,
    );
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: `Delete ${runName}` }).click();
    await page.getByTestId('runs-empty').waitFor();
    expect(await rowCount(page, 'runs')).toBe(0);

    // A broken backup (cut in half) is refused; nothing changes.
    await page.getByTestId('restore-file').setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from(backup.text.slice(0, backup.text.length >> 1)),
    });
    await page.getByTestId('restore-problems').waitFor();
    expect(await page.getByTestId('restore-problems').innerText()).toMatch(
      /^"broken\.json" was not restored \(1 problem\); nothing was changed\.\n+"broken\.json": not JSON: /,
    );
    expect(await rowCount(page, 'runs')).toBe(0);
    expect(await rowCount(page, 'runResults')).toBe(0);

    await page.getByTestId('restore-file').setInputFiles({
      name: backup.name,
      mimeType: 'application/json',
      buffer: Buffer.from(backup.text),
    });
    await page.getByTestId('restore-preview').waitFor();
    expect(await page.getByTestId('restore-summary').innerText()).toMatch(
      /: 0 scenarios, 1 run \(1 with results\) and \d+ settings?\.$/,
    );
    expect(await page.getByTestId('restore-replaced').innerText()).toBe(
      'Nothing here has the same id: nothing is replaced.',
    );
    await screenshot(page, 'workspace-restore-preview');
    await page.getByTestId('restore-confirm').click();
    await waitForRows(page, 1);
    expect(await page.getByTestId('backup-status').innerText()).toBe(
      `Restored 0 scenarios and 1 run from “${backup.name}”.`,
    );
    expect(await page.getByTestId('run-completion').first().innerText()).toBe(completion);
    expect(await rowCount(page, 'runResults')).toBe(1);

    // The run was open when it was deleted: it opens again with its restored results, and re-exports the
    // same national CSV.
    await page.getByTestId('result-exports').waitFor();
    const again = await download(page, () => page.getByTestId('export-national-csv').click());
    expect(again.text).toBe(national.text);

    expect(log.foreign).toEqual([]);
    expect(log.errors).toEqual([]);
    await page.close();
  });
});
