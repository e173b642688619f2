// The Planner's parameter table shows each country's own entries (issue 11): Uzbekistan's staff cost with
// the Uzbek estimate's range and status, not Korea's "800,000–2,000,000 [K3]".
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';

import { screenshot, useBrowser, watchPage } from './chromium';

const baseURL = inject('baseURL');
const origin = new URL(baseURL).origin;

const browser = useBrowser();

async function openPlanner(preset: string): Promise<Page> {
  const page = await browser().newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${baseURL}/#/planner?preset=${preset}`, { waitUntil: 'networkidle' });
  await page.getByTestId('parameters').waitFor();
  return page;
}

describe('planner parameter table', () => {
  it('shows Uzbekistan’s staff cost with the Uzbek estimate’s range, status and basis', async () => {
    const page = await openPlanner('uzbekistan');
    const log = watchPage(page, origin);
    const row = page.locator('[data-parameter="staffCostPerFteMonth"]');
    const text = await row.innerText();
    expect(text).toMatch(/4,500,000\s+UZS\/month/);
    expect(await row.getByTestId('plausible').innerText()).toBe('3,000,000–7,500,000');
    expect(text).not.toContain('800,000–2,000,000');
    expect(await row.locator('.status').innerText()).toBe('R');
    expect(await row.locator('.source-id').count()).toBe(0);
    // The basis opens on a tap, and says what the status means in words.
    const basis = row.locator('details.parameter-basis');
    expect(await basis.locator('p').isVisible()).toBe(false);
    await basis.locator('summary').click();
    const opened = await basis.locator('p').innerText();
    expect(opened).toMatch(/^Recollection, to be verified: clerical wage/);
    // A parameter with no Uzbek estimate says so in words.
    expect(await page.locator('[data-parameter="keyingKph"] .parameter-note').innerText()).toMatch(
      /^No Uzbek estimate/,
    );
    // The budget in billions with its currency; a year without a thousands separator.
    expect(await page.locator('[data-parameter="yearlyBudgetCap"]').innerText()).toMatch(
      /75 bn\s+UZS\/year[\s\S]*50–150 bn/,
    );
    expect(await page.locator('[data-parameter="onlineServicesFromYear"] .num').innerText()).toBe('2019');
    // Grouped under headings for people; labels, not keys.
    const headings = await page.locator('.parameter-group th').allInnerTexts();
    expect(headings).toContain('Data centres and network');
    expect(await page.getByTestId('parameters').innerText()).not.toMatch(/staffCostPerFteMonth|keyingKph/);
    await screenshot(page, 'planner-parameters-uzbekistan');
    expect(log.foreign).toEqual([]);
    await page.close();
  });

  it('shows Korea’s staff cost with the catalogue’s range and source', async () => {
    const page = await openPlanner('korea');
    const row = page.locator('[data-parameter="staffCostPerFteMonth"]');
    expect(await row.innerText()).toMatch(/1,200,000\s+KRW\/month/);
    expect(await row.getByTestId('plausible').innerText()).toBe('800,000–2,000,000');
    expect(await row.locator('.source-id').allInnerTexts()).toContain('[K3]');
    expect(await page.locator('[data-parameter="keyingKph"] .parameter-note').count()).toBe(0);
    await screenshot(page, 'planner-parameters-korea');
    await page.close();
  });
});
