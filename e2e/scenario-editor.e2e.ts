/**
 * The scenario editor in Chromium: duplicate Korea from the Planner, change the keyers per office (flagged
 * outside the plausible range, "changed from 18", status "your value"), find it saved after a reload, type a
 * value outside the limits (refused inline, naming the rule; nothing saved), undo and redo (buttons and
 * keys, each saved), then run the edited scenario and get another completion than the preset's.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';

import { ARTIFACTS_DIR, screenshot, useBrowser, watchPage } from './chromium';

const baseURL = inject('baseURL');
const origin = new URL(baseURL).origin;
const browser = useBrowser();

/** The stored scenario's parameters, read with raw IndexedDB. */
function storedParameters(page: Page, id: string): Promise<Record<string, number | string> | null> {
  return page.evaluate(
    (rowId) =>
      new Promise<Record<string, number | string> | null>((resolve, reject) => {
        const request = indexedDB.open('registry-rollout-lab');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const get = db.transaction('scenarios').objectStore('scenarios').get(rowId);
          get.onsuccess = () => {
            db.close();
            const row = get.result as
              { document: { parameters: Record<string, number | string> } } | undefined;
            resolve(row ? row.document.parameters : null);
          };
          get.onerror = () => reject(get.error);
        };
      }),
    id,
  );
}

async function lotRun(page: Page): Promise<string> {
  await page.getByLabel(/^Mode/).selectOption('lot');
  await page.getByLabel(/^Seed/).fill('11');
  await page.getByTestId('run-button').click();
  await page.getByTestId('result-completion').waitFor({ timeout: 60_000 });
  return page.getByTestId('result-completion').innerText();
}

const saveStatus = (page: Page) => page.getByTestId('editor-save-status').innerText();
const keyers = (page: Page) => page.getByLabel('Keyers per average office', { exact: true });
const keyersRow = (page: Page) => page.locator('tr[data-parameter="keyersPerOffice"]');

describe('scenario editor', () => {
  it('duplicates Korea, edits and autosaves it, refuses values outside the limits, undoes, redoes and runs it', async () => {
    const page = await browser().newPage({ viewport: { width: 1300, height: 900 } });
    const log = watchPage(page, origin);
    await page.goto(`${baseURL}/#/planner`, { waitUntil: 'networkidle' });
    const presetCompletion = await lotRun(page);

    // The preset is read-only; "Duplicate Korea" saves a copy and opens it.
    expect(await page.locator('[data-testid="parameters"] input').count()).toBe(0);
    await page.getByRole('button', { name: 'Duplicate Korea' }).click();
    await page.waitForURL(/#\/planner\?scenario=[0-9a-f-]{36}$/);
    const id = new URL(page.url()).hash.split('scenario=')[1]!;
    await page.getByTestId('scenario-editor').waitFor();
    expect(await page.getByLabel('Scenario name').inputValue()).toBe('Copy of Republic of Korea');
    expect(await page.getByRole('button', { name: 'Duplicate this scenario' }).count()).toBe(1);
    expect(await keyers(page).inputValue()).toBe('18');
    expect(await page.getByLabel('Keying mode').locator('option:checked').innerText()).toBe('double keying');
    expect(await keyersRow(page).getByTestId('row-status').innerText()).not.toContain('your value');

    // Change the keyers per office: flagged outside the plausible range, "changed from 18", your value; saved.
    await keyers(page).fill('4');
    await expect.poll(() => saveStatus(page)).toBe('All changes saved.');
    await expect.poll(async () => (await storedParameters(page, id))?.keyersPerOffice).toBe(4);
    const rowText = await keyersRow(page).innerText();
    expect(rowText).toContain('outside the plausible range 8–40 FTE');
    expect(await keyersRow(page).getByTestId('changed-from').innerText()).toBe('changed from 18');
    expect(await keyersRow(page).getByTestId('row-status').innerText()).toMatch(
      /^your value\s+started from\s+estimate\s+\[Q4\]/,
    );

    // The name is editable too.
    await page.getByLabel('Scenario name').fill('Korea, 4 keyers');
    await expect.poll(() => saveStatus(page)).toBe('All changes saved.');

    // Reload: the value and the name are still there.
    await page.reload({ waitUntil: 'networkidle' });
    await page.getByTestId('scenario-editor').waitFor();
    expect(await keyers(page).inputValue()).toBe('4');
    expect(await page.getByLabel('Scenario name').inputValue()).toBe('Korea, 4 keyers');

    // Outside the limits: refused inline, naming the rule; nothing saved.
    const keying = page.getByLabel('Keying speed', { exact: true });
    await keying.fill('200000');
    const error = page.locator('tr[data-parameter="keyingKph"]').getByTestId('editor-error');
    await error.waitFor();
    expect(await error.innerText()).toBe('Keying speed must be 1,000–30,000 keystrokes/hour');
    expect(await keying.getAttribute('aria-invalid')).toBe('true');
    // A refused value is not "your value": the row keeps the saved value's status.
    expect(
      await page.locator('tr[data-parameter="keyingKph"]').getByTestId('row-status').innerText(),
    ).not.toContain('your value');
    await expect
      .poll(() => saveStatus(page))
      .toBe('Not saved: Keying speed must be 1,000–30,000 keystrokes/hour.');
    await page.waitForTimeout(1000);
    expect((await storedParameters(page, id))?.keyingKph).toBe(9000);
    await page.locator('tr[data-parameter="keyingKph"]').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${ARTIFACTS_DIR}/scenario-editor-invalid.png` });

    // Ctrl+Z first takes back the refused value (to the saved state); Undo offers it too.
    expect(await page.getByRole('button', { name: 'Undo' }).isEnabled()).toBe(true);
    await keying.press('Control+z');
    await expect.poll(() => keying.inputValue()).toBe('9000');
    await expect.poll(() => saveStatus(page)).toBe('All changes saved.');
    expect(await error.count()).toBe(0);

    // Another edit, then undo (button) and redo (Ctrl+Shift+Z): each step saved.
    await keyers(page).fill('6');
    await expect.poll(async () => (await storedParameters(page, id))?.keyersPerOffice).toBe(6);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => keyers(page).inputValue()).toBe('4');
    await expect.poll(async () => (await storedParameters(page, id))?.keyersPerOffice).toBe(4);
    await keyers(page).press('Control+Shift+z');
    await expect.poll(() => keyers(page).inputValue()).toBe('6');
    await expect.poll(async () => (await storedParameters(page, id))?.keyersPerOffice).toBe(6);
    await expect.poll(() => saveStatus(page)).toBe('All changes saved.');

    // The edited scenario runs, and finishes at another month than the preset.
    const editedCompletion = await lotRun(page);
    expect(editedCompletion).toMatch(/^\d{4}-\d{2}$/);
    expect(editedCompletion).not.toBe(presetCompletion);

    await screenshot(page, 'scenario-editor');
    await page.getByTestId('scenario-editor').scrollIntoViewIfNeeded();
    await page.getByTestId('editor-save-status').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: `${ARTIFACTS_DIR}/scenario-editor-top.png` });
    await keyersRow(page).evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await page.screenshot({ path: `${ARTIFACTS_DIR}/scenario-editor-keyers.png` });
    await page
      .getByTestId('scenario-editor')
      .screenshot({ path: `${ARTIFACTS_DIR}/scenario-editor-table.png` });
    expect(log.errors).toEqual([]);
    expect(log.foreign).toEqual([]);
    await page.close();
  });

  it('duplicates Uzbekistan with its own estimates: a budget cap over the Uzbek range is flagged, not refused', async () => {
    const page = await browser().newPage({ viewport: { width: 1300, height: 900 } });
    const log = watchPage(page, origin);
    await page.goto(`${baseURL}/#/planner?preset=uzbekistan`, { waitUntil: 'networkidle' });
    await page.getByRole('button', { name: 'Duplicate Uzbekistan' }).click();
    await page.waitForURL(/#\/planner\?scenario=[0-9a-f-]{36}$/);
    const id = new URL(page.url()).hash.split('scenario=')[1]!;
    await page.getByTestId('scenario-editor').waitFor();
    expect(await page.getByLabel('Scenario name').inputValue()).toBe('Copy of Republic of Uzbekistan');
    const cap = page.getByLabel('Yearly budget cap', { exact: true });
    const capRow = page.locator('tr[data-parameter="yearlyBudgetCap"]');
    expect(await cap.inputValue()).toBe('75000000000');
    expect(await capRow.getByTestId('plausible').innerText()).toBe('50–150 bn');
    await cap.fill('200000000000');
    await expect.poll(async () => (await storedParameters(page, id))?.yearlyBudgetCap).toBe(200e9);
    expect(await capRow.getByTestId('plausible').innerText()).toBe(
      '50–150 bn\noutside the plausible range 50–150 bn UZS/year\nchanged from 75 bn',
    );
    expect(await capRow.getByTestId('editor-error').count()).toBe(0);
    await capRow.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await page.screenshot({ path: `${ARTIFACTS_DIR}/scenario-editor-uzbekistan.png` });
    expect(log.errors).toEqual([]);
    await page.close();
  });
});
