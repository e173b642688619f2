/**
 * The economics view after a run of the Korean preset shows the same figures as the simulate CLI for the
 * same scenario and seed; the currency can be switched and a bad exchange rate is refused inline.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

import { economicsOfRun } from '../src/domain/economics';
import { buildPresetScenario } from '../src/domain/presets/presets';
import { ARTIFACTS_DIR, launchChromium, watchPage } from './chromium';

const baseURL = inject('baseURL');
const origin = new URL(baseURL).origin;

/** The CLI JSON's `economics` section (scripts/result-document.ts), the fields this test compares. */
interface CliEconomics {
  readonly currency: string;
  readonly years: readonly number[];
  readonly annualSavingAtMaturity: number;
  readonly npv: number;
  readonly paybackYear: number | null;
  readonly benefitCostRatio: number | null;
  readonly costPerPage: number;
  readonly maturityBreakdown: Readonly<Record<string, number>>;
}

interface CliDocument {
  readonly offices: readonly { readonly goLiveIndex: number | null }[];
  readonly national: { readonly cost: readonly (number | null)[] };
  readonly economics?: CliEconomics;
}

let browser: Browser;
let cli: CliDocument;
/** What the first test read on screen (KRW), for the comparison with the CLI's economics section. */
let shown:
  | {
      maturity: number;
      npv: number;
      payback: number | null;
      bcr: number | null;
      costPerPage: number;
      parts: number[];
      tableRows: number;
    }
  | undefined;

beforeAll(async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'econ-e2e-'));
  const out = path.join(dir, 'korea-lot-7.json');
  const args = ['scripts/run-bundled.mjs', 'simulate', '--preset', 'korea', '--mode', 'lot'];
  const [, launched] = await Promise.all([
    promisify(execFile)(process.execPath, [...args, '--seed', '7', '--workers', '1', '--out', out], {
      timeout: 120_000,
    }),
    launchChromium(),
  ]);
  browser = launched;
  cli = JSON.parse(readFileSync(out, 'utf8')) as CliDocument;
  rmSync(dir, { recursive: true, force: true });
}, 150_000);

afterAll(async () => {
  await browser?.close();
});

const value = async (page: Page, testId: string): Promise<string> =>
  (await page.getByTestId(testId).getAttribute('data-value')) ?? 'missing';
const numberOf = async (page: Page, testId: string): Promise<number> => Number(await value(page, testId));

function expectClose(actual: number | null, expected: number | null, what: string, relative = 1e-6) {
  if (expected === null || actual === null) return expect(actual, what).toBe(expected);
  const scale = Math.max(Math.abs(actual), Math.abs(expected), 1e-12);
  expect(Math.abs(actual - expected) / scale, `${what}: ${actual} vs ${expected}`).toBeLessThanOrEqual(
    relative,
  );
}

const COMPONENTS = ['citizenTime', 'travel', 'staffTime', 'fraud'] as const;

const nullable = (text: string): number | null => (text === '' ? null : Number(text));

describe('economics view', () => {
  it('shows the CLI figures for Korea, lot mode, seed 7; switches to USD; refuses a bad rate', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const log = watchPage(page, origin);
    await page.goto(`${baseURL}/#/planner`, { waitUntil: 'networkidle' });
    await page.getByLabel('Mode').selectOption('lot');
    await page.getByLabel('Seed').fill('7');
    await page.getByLabel('Replications').fill('1');
    await page.getByLabel('Variability').check();
    await page.getByTestId('run-button').click();
    await page.getByTestId('econ-maturity-total').waitFor({ timeout: 60_000 });

    expect(await page.getByTestId('econ-currency').inputValue()).toBe('KRW');
    const screen = {
      maturity: await numberOf(page, 'econ-maturity-total'),
      npv: await numberOf(page, 'econ-npv'),
      payback: nullable(await value(page, 'econ-payback')),
      bcr: nullable(await value(page, 'econ-bcr')),
      costPerPage: await numberOf(page, 'econ-cost-per-page'),
    };
    const parts = await Promise.all(COMPONENTS.map((c) => numberOf(page, `econ-maturity-${c}`)));
    expectClose(
      parts.reduce((a, b) => a + b, 0),
      screen.maturity,
      'components sum to the total',
      1e-12,
    );
    expect(await page.getByTestId('econ-maturity-total').innerText()).toMatch(
      /^\d{1,3}(,\d{3})*\.\d bn KRW\/yr$/,
    );
    expect(await page.getByTestId('econ-caveat').innerText()).toMatch(
      /Model estimates.*constant 2024 prices.*300 bn KRW\/yr stated by the source article — not independently confirmed; calibrated parameter: minutesSavedPerVisit = \d+\.\d\d min/s,
    );

    // The same engine output, appraised from the CLI's JSON by the one shared function.
    const scenario = buildPresetScenario('korea');
    const fromCli = economicsOfRun(
      scenario,
      cli.offices.map((o) => o.goLiveIndex ?? -1),
      cli.national.cost.map((c) => c ?? Number.NaN),
    );
    expectClose(screen.maturity, fromCli.maturity.total, 'maturity (recomputed)');
    expectClose(screen.npv, fromCli.npv, 'NPV (recomputed)');
    expect(screen.payback).toBe(fromCli.paybackYear);
    expectClose(screen.bcr, fromCli.benefitCostRatio, 'BCR (recomputed)');
    expectClose(screen.costPerPage, fromCli.costPerPage, 'cost per page (recomputed)');

    // Chart and its data as a table, one row per simulated year.
    expect(await page.getByTestId('econ-chart').locator('svg[role="img"] rect').count()).toBe(
      2 * fromCli.years.length,
    );
    await page.getByRole('button', { name: 'Show as table' }).click();
    const tableRows = await page.getByTestId('econ-table').locator('tbody tr').count();
    expect(tableRows).toBe(fromCli.years.length);
    shown = { ...screen, parts, tableRows };

    // USD at the rate shown: NPV(USD) × KRW per USD = NPV(KRW).
    await page.getByTestId('econ-currency').selectOption('USD');
    const rate = Number(await page.getByLabel('KRW per USD').inputValue());
    expect(rate).toBe(1350);
    const npvUsd = await numberOf(page, 'econ-npv');
    expectClose(npvUsd * rate, screen.npv, 'NPV(USD) × rate', 1e-12);
    expect(await page.getByTestId('econ-npv').innerText()).toMatch(/ USD$/);

    // A bad rate names the field; every figure stays as it was.
    const before = await page
      .getByTestId('economics')
      .locator('[data-value]')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-value')));
    await page.getByLabel('KRW per USD').fill('-5');
    expect(await page.getByTestId('econ-rate-error').innerText()).toContain(
      'KRW per USD: "-5" is not a positive number',
    );
    expect(await page.getByLabel('KRW per USD').getAttribute('aria-invalid')).toBe('true');
    const after = await page
      .getByTestId('economics')
      .locator('[data-value]')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-value')));
    expect(after).toEqual(before);
    await page.getByLabel('KRW per USD').fill('1350');
    expect(await page.getByTestId('econ-rate-error').count()).toBe(0);

    await page.getByTestId('econ-currency').selectOption('KRW');
    expect(await numberOf(page, 'econ-npv')).toBe(screen.npv);
    // The view itself, not the whole planner page above it.
    mkdirSync(ARTIFACTS_DIR, { recursive: true });
    await page.getByTestId('economics').screenshot({ path: `${ARTIFACTS_DIR}/economics-korea.png` });

    expect(log.foreign).toEqual([]);
    expect(log.errors).toEqual([]);
    await page.close();
  });

  it("matches the economics section of the CLI's JSON for the same scenario and seed", () => {
    const econ = cli.economics;
    const screen = shown;
    expect(econ, 'the CLI JSON has an economics section').toBeDefined();
    expect(screen, 'the first test read the screen').toBeDefined();
    if (!econ || !screen) return;
    expect(econ.currency).toBe('KRW');
    expectClose(screen.maturity, econ.annualSavingAtMaturity, 'annualSavingAtMaturity');
    expectClose(screen.npv, econ.npv, 'npv');
    expect(screen.payback).toBe(econ.paybackYear);
    expectClose(screen.bcr, econ.benefitCostRatio, 'benefitCostRatio');
    expectClose(screen.costPerPage, econ.costPerPage, 'costPerPage');
    expect(econ.years).toHaveLength(screen.tableRows);
    COMPONENTS.forEach((c, i) => {
      expectClose(screen.parts[i]!, econ.maturityBreakdown[c] ?? Number.NaN, `maturityBreakdown.${c}`);
    });
  });
});
