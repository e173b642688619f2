import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';

import { screenshot, watchPage, useBrowser } from './chromium';
import type { RequestLog } from './chromium';

const baseURL = inject('baseURL');
const origin = new URL(baseURL).origin;

const browser = useBrowser();

async function open(path: string): Promise<{ page: Page; log: RequestLog }> {
  const page = await browser().newPage({ viewport: { width: 1280, height: 900 } });
  const log = watchPage(page, origin);
  await page.goto(`${baseURL}/${path}`, { waitUntil: 'networkidle' });
  return { page, log };
}

async function figureText(page: Page, key: string): Promise<string> {
  return page.locator(`[data-figure="${key}"] .figure-value`).innerText();
}

describe('app shell', () => {
  it('opens on the Korean preset and shows its figures with sources, with no foreign request', async () => {
    const { page, log } = await open('');
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toContain('Korea');
    expect(await figureText(page, 'offices')).toContain('209');
    expect(await figureText(page, 'documents')).toContain('45,000,000');
    expect(await figureText(page, 'pages')).toContain('160,000,000');
    expect(await figureText(page, 'dataCentres')).toContain('12');
    // Each headline figure names at least one source.
    const cards = page.locator('[data-testid="headline-figures"] .figure-card');
    const count = await cards.count();
    expect(count).toBeGreaterThanOrEqual(4);
    for (let i = 0; i < count; i++)
      expect(await cards.nth(i).locator('.source-id, .status').count()).toBeGreaterThan(0);
    // The preset scenario behind the figures really holds them.
    const summary = await page.getByTestId('scenario-summary').innerText();
    expect(summary).toContain('209 offices holding 45,000,000 records and 160,000,000 pages');
    expect(summary).toContain('1 central and 11 regional data centres');
    await screenshot(page, 'overview-korea');
    expect(log.all.length).toBeGreaterThan(0);
    expect(log.foreign).toEqual([]);
    expect(log.errors).toEqual([]);
    await page.close();
  });

  it('navigates to every screen by clicking, and stays offline', async () => {
    const { page, log } = await open('');
    const screens = ['Planner', 'Map', 'Compare', 'Training', 'Runs', 'Sources', 'Overview'];
    for (const name of screens) {
      await page.getByRole('navigation', { name: 'Screens' }).getByRole('link', { name }).click();
      await page.waitForFunction(
        (title) => document.querySelector('h1')?.textContent?.includes(title),
        name === 'Sources' ? 'Sources' : name === 'Overview' ? 'Korea' : name,
      );
      expect(await page.getByRole('link', { name, exact: true }).first().getAttribute('aria-current')).toBe(
        'page',
      );
    }
    expect(log.foreign).toEqual([]);
    expect(log.errors).toEqual([]);
    await page.close();
  });

  it('shows the parameters with units, ranges and sources in the planner', async () => {
    const { page } = await open('#/planner');
    const row = page.locator('[data-parameter="keyingKph"]');
    expect(await row.innerText()).toMatch(
      /Keying speed\s+9,000\s+keystrokes\/hour\s+1,000–30,000\s+6,000–15,000/,
    );
    expect(await row.locator('.source-id').allInnerTexts()).toContain('[Q4]');
    expect(await page.locator('[data-parameter="charsPerPage"] .status').innerText()).toBe('estimate');
    await screenshot(page, 'planner-korea');
    await page.close();
  });

  it('lists data licences on the sources page', async () => {
    const { page } = await open('#/sources');
    const licences = await page.getByTestId('licences').innerText();
    expect(licences).toMatch(/Natural Earth/);
    expect(licences).toMatch(/CC BY 4\.0/);
    expect(licences).toMatch(/OFL/);
    expect(await page.getByTestId('sources').locator('tbody tr').count()).toBeGreaterThan(40);
    await screenshot(page, 'sources');
    await page.close();
  });

  it('switches to the Uzbekistan preset', async () => {
    const { page, log } = await open('');
    await page
      .getByRole('navigation', { name: 'Country preset' })
      .getByRole('link', { name: 'Uzbekistan' })
      .click();
    await page.waitForFunction(() => document.querySelector('h1')?.textContent?.includes('Uzbekistan'));
    expect(await figureText(page, 'housingUnits')).toContain('7,301,164');
    expect(await page.locator('[data-figure="offices"] .status').innerText()).toBe('estimate');
    await screenshot(page, 'overview-uzbekistan');
    expect(log.foreign).toEqual([]);
    await page.close();
  });

  it('explains a bad URL parameter and falls back to Korea', async () => {
    const { page } = await open('#/?preset=atlantis');
    const alert = await page.getByRole('alert').innerText();
    expect(alert).toContain('preset: "atlantis" is not a preset');
    expect(await figureText(page, 'offices')).toContain('209');
    await page.close();
  });
});
