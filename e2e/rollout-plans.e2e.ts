// Rollout plans in the app: the address carries the plan, a selector switches it, every result carries its
// label, and a Korean run shows the completion as it happened beside its own.
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';

import { screenshot, watchPage, useBrowser } from './chromium';
import type { RequestLog } from './chromium';

const baseURL = inject('baseURL');
const origin = new URL(baseURL).origin;

const browser = useBrowser();

const HISTORICAL = 'As it happened — calibrated to sources';
const ILLUSTRATIVE = 'Illustrative plan — estimate';

async function open(path: string): Promise<{ page: Page; log: RequestLog }> {
  const page = await browser().newPage({ viewport: { width: 1280, height: 900 } });
  const log = watchPage(page, origin);
  await page.goto(`${baseURL}/${path}`, { waitUntil: 'networkidle' });
  return { page, log };
}

/** A quick run: lot mode, one replication, without variability. */
async function quickLotRun(page: Page): Promise<void> {
  await page.getByLabel('Mode').selectOption('lot');
  await page.getByLabel('Replications').fill('1');
  await page.getByTestId('run-button').click();
  await page.getByTestId('result-completion').waitFor({ timeout: 60_000 });
}

async function screenshotOf(page: Page, testId: string, name: string): Promise<void> {
  await page.getByTestId(testId).scrollIntoViewIfNeeded();
  await page.getByTestId(testId).screenshot({ path: `e2e/artifacts/${name}.png` });
}

describe('rollout plans', () => {
  it("opens Korea's historical plan from the address, switches plans, and labels the Planner's run", async () => {
    const { page, log } = await open('#/overview?preset=korea&rollout=historical');
    expect(await page.getByTestId('plan-select').inputValue()).toBe('historical');
    expect(await page.getByTestId('plan-banner').innerText()).toContain(HISTORICAL);
    expect(await page.getByTestId('plan-label').innerText()).toBe(`Rollout plan: ${HISTORICAL}`);
    // The waves carry their status and basis; the calibrated inputs their value, status and range position.
    const waves = page.getByTestId('rollout-waves');
    expect(await waves.locator('caption').innerText()).toContain(HISTORICAL);
    const pilot = await waves.locator('[data-wave="pilot"]').innerText();
    expect(pilot).toContain('1995-01');
    expect(pilot).toContain('estimate');
    expect(pilot).toMatch(/\[K2\][\s\S]*\[K3\]/);
    const inputs = page.getByTestId('calibrated-inputs');
    expect(await inputs.locator('[data-input="charsPerPage"]').innerText()).toMatch(
      /\d{3}[\s\S]*estimate[\s\S]*at \d{1,2} % of 400–1,200/,
    );
    expect(await inputs.locator('[data-input="yearlyBudgetCap"]').innerText()).toMatch(
      /\d+ bn[\s\S]*KRW\/year[\s\S]*at \d{1,3} % of 25 bn–60 bn/,
    );
    await screenshot(page, 'plans-overview-korea-historical');
    await page.screenshot({ path: 'e2e/artifacts/plans-overview-korea-historical-top.png' });
    await screenshotOf(page, 'calibrated-inputs', 'plans-calibrated-inputs-korea-historical');

    // The selector switches to the illustrative plan: the address and every label follow.
    await page.getByTestId('plan-select').selectOption('illustrative');
    await page.waitForFunction(() => !window.location.hash.includes('rollout='));
    await page.waitForFunction(
      (label) => document.querySelector('[data-testid="plan-label"]')?.textContent?.includes(label),
      ILLUSTRATIVE,
    );
    expect(await page.getByTestId('plan-banner').innerText()).toContain(ILLUSTRATIVE);
    expect(await page.getByTestId('calibrated-inputs').count()).toBe(0);
    const illustrativePilot = await page
      .getByTestId('rollout-waves')
      .locator('[data-wave="pilot"]')
      .innerText();
    expect(illustrativePilot).toContain('1994-01');
    expect(illustrativePilot).toContain('estimate');
    expect(await page.getByTestId('rollout-waves').locator('caption').innerText()).toContain(
      'not a historical record',
    );
    await screenshot(page, 'plans-overview-korea-illustrative');
    await screenshotOf(page, 'rollout-waves', 'plans-waves-korea-illustrative');

    // The Planner keeps the plan; a quick lot-mode run is labelled and shows history beside its completion.
    await page.getByRole('navigation', { name: 'Screens' }).getByRole('link', { name: 'Planner' }).click();
    await page.getByTestId('run-button').waitFor();
    await quickLotRun(page);
    const result = page.getByTestId('run-result');
    expect(await result.getByTestId('plan-label').innerText()).toBe(`Rollout plan: ${ILLUSTRATIVE}`);
    expect(await page.getByTestId('result-completion').innerText()).toMatch(/^\d{4}-\d\d$/);
    expect(await result.getByTestId('historical-completion').innerText()).toMatch(
      /^As it happened: Oct 2002\s+C\s*\[K5\]$/,
    );
    expect(await page.getByTestId('economics').getByTestId('plan-label').innerText()).toContain(ILLUSTRATIVE);
    await screenshot(page, 'plans-planner-korea-illustrative');
    await screenshotOf(page, 'run-result', 'plans-run-result-korea-illustrative');
    await screenshotOf(page, 'economics', 'plans-economics-korea-illustrative');

    // Back to the historical plan on the Planner: the run shows offices live and programme cost beside history.
    await page.getByTestId('plan-select').selectOption('historical');
    await page.waitForFunction(() => window.location.hash === '#/planner?rollout=historical');
    await quickLotRun(page);
    expect(await result.getByTestId('plan-label').innerText()).toBe(`Rollout plan: ${HISTORICAL}`);
    expect(await result.getByTestId('historical-completion').innerText()).toContain('Oct 2002');
    // Whether the replay meets the milestones is checked on the engine (scripts/historical-replay.test.ts);
    // here: the run's own figures stand beside history's, with sources.
    expect(await page.getByTestId('result-completion').innerText()).toMatch(/^\d{4}-\d\d$/);
    const live = await page.getByTestId('offices-live-history').locator('tbody tr').allInnerTexts();
    expect(live).toHaveLength(3);
    expect(live[0]).toMatch(/^1997\s+\d+\s+pilot at 5–7 offices \(planned\)[\s\S]*\[K3\]/);
    expect(live[2]).toMatch(/^2002\s+\d+\s+all offices, Oct 2002[\s\S]*\[K5\]/);
    const cost = await page.getByTestId('programme-cost').innerText();
    expect(await page.getByTestId('programme-cost-total').innerText()).toMatch(/^\d+(\.\d)? bn KRW$/);
    expect(cost).toMatch(/250 bn KRW[\s\S]*\[K3\]/);
    expect(cost).toMatch(/~300 bn KRW[\s\S]*\[K1\]/);
    await screenshot(page, 'plans-planner-korea-historical');
    await screenshotOf(page, 'run-result', 'plans-run-result-korea-historical');
    await screenshotOf(page, 'economics', 'plans-economics-korea-historical');

    expect(log.foreign).toEqual([]);
    expect(log.errors).toEqual([]);
    await page.close();
  });

  it('names a rollout plan that does not exist and falls back to the illustrative plan', async () => {
    const { page, log } = await open('#/overview?preset=korea&rollout=fantasy');
    expect(await page.getByRole('alert').innerText()).toContain(
      'URL parameter rollout: "fantasy" is not a rollout plan of Korea (use illustrative or historical); showing the illustrative plan.',
    );
    expect(await page.getByTestId('plan-select').inputValue()).toBe('illustrative');
    expect(await page.getByTestId('plan-label').innerText()).toBe(`Rollout plan: ${ILLUSTRATIVE}`);
    // Uzbekistan has no historical plan: the same message, its illustrative plan, no Korean history.
    await page.goto(`${baseURL}/#/planner?preset=uzbekistan&rollout=historical`);
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').innerText()).toContain('is not a rollout plan of Uzbekistan');
    expect(await page.getByTestId('plan-select').isDisabled()).toBe(true);
    expect(log.errors).toEqual([]);
    await page.close();
  });

  it('labels Uzbekistan and the Map and Compare screens with the plan', async () => {
    const { page, log } = await open('#/?preset=uzbekistan');
    expect(await page.getByTestId('plan-label').innerText()).toBe(`Rollout plan: ${ILLUSTRATIVE}`);
    await screenshot(page, 'plans-overview-uzbekistan');
    await page.getByRole('navigation', { name: 'Screens' }).getByRole('link', { name: 'Planner' }).click();
    await page.getByTestId('run-button').waitFor();
    await quickLotRun(page);
    expect(await page.getByTestId('run-result').getByTestId('plan-label').innerText()).toContain(
      ILLUSTRATIVE,
    );
    expect(await page.getByTestId('historical-completion').count()).toBe(0);
    await screenshot(page, 'plans-planner-uzbekistan');
    await screenshotOf(page, 'run-result', 'plans-run-result-uzbekistan');
    await screenshotOf(page, 'economics', 'plans-economics-uzbekistan');

    await page.goto(`${baseURL}/#/compare?rollout=historical`);
    const plans = await page.getByTestId('compare-plan').allInnerTexts();
    expect(plans).toEqual([HISTORICAL, ILLUSTRATIVE]);

    await page.goto(`${baseURL}/#/map?rollout=historical`);
    await page.getByTestId('legend-plan').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('legend-plan').innerText()).toContain(HISTORICAL);
    expect(await page.getByTestId('plan-label').innerText()).toBe(`Rollout plan: ${HISTORICAL}`);
    // The exported PNG carries the plan in its caption (drawn on the canvas: looked at, not read here).
    await page.waitForFunction(
      () => !document.querySelector<HTMLButtonElement>('[data-testid="export-png"]')?.disabled,
      undefined,
      { timeout: 30_000 },
    );
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-png').click(),
    ]);
    await download.saveAs('e2e/artifacts/plans-map-export-korea-historical.png');
    expect(log.errors).toEqual([]);
    await page.close();
  });
});
