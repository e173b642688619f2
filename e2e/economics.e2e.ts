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
  readonly savingsTotal: readonly number[];
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
    const caveat = await page.getByTestId('econ-caveat').innerText();
    expect(caveat).toMatch(/Model estimates.*constant 2024 prices.*300 bn KRW\/yr/s);
    expect(caveat, 'no field keys on screen').not.toMatch(/minutesSavedPerVisit/);
    expect(await page.getByTestId('econ-prices').innerText()).toMatch(
      /^Costs and savings in KRW at constant 2024 prices\. Re-based to 2024 prices with Korea's consumer price index: amounts entered at 1995 prices \(staff, equipment, yearly budget, data centres, cost-per-page check\) × 2\.20\. Price index: C~ ?\[KCPI1\]/,
    );
    expect(await page.getByTestId('econ-cost-per-page-check').innerText()).toContain(
      'Sourced figure: 1,250–1,900 KRW per page at 1995 prices = 2,745–4,173 at 2024 prices',
    );

    // The expected figures, worked by hand from the engine's output in the CLI's JSON (not by the code under
    // test): the engine's monthly cost is at 1995 prices; Korea's CPI (2020 = 100) is 51.99 in 1995 and
    // 114.18 in 2024, so costs are × 114.18 / 51.99 at 2024 prices. The centres' capital (1 central + 11
    // regional) is spent in 1993, 15 % of it a year after that; flows are discounted at 4.5 % from the start
    // of 1993 (year j by 1.045^(j + 1)). Savings per year are the CLI's (the savings model is worked by hand
    // in src/domain/economics/evaluate.test.ts); the maturity components are worked here from the inputs.
    const scenario = buildPresetScenario('korea');
    const p = scenario.parameters as Record<string, number>;
    const factor = 114.18 / 51.99;
    const regional = scenario.centres.filter((c) => c.kind === 'regional').length;
    expect(regional).toBe(11);
    const capital = (p.centralCentreCost! + regional * p.regionalCentreCost!) * factor;
    const savings = cli.economics?.savingsTotal ?? [];
    const years = savings.length;
    const costs = new Array<number>(years).fill(0);
    cli.national.cost.forEach((c, m) => (costs[Math.floor(m / 12)]! += (c ?? Number.NaN) * factor));
    for (let j = 0; j < years; j++) costs[j]! += j === 0 ? capital : capital * p.centreOperationsShare!;
    const pv = (flows: readonly number[]) => flows.reduce((sum, f, j) => sum + f / Math.pow(1.045, j + 1), 0);
    const pvBenefits = pv(savings);
    const pvCosts = pv(costs);
    let net = 0;
    let payback: number | null = null;
    for (let j = 0; j < years && payback === null; j++)
      if ((net += savings[j]! - costs[j]!) >= 0) payback = 1993 + j;
    const engineTotal = cli.national.cost.reduce<number>((a, c) => a + (c ?? Number.NaN), 0);
    const pages = scenario.offices.reduce((a, o) => a + o.pages, 0);
    expect(pages).toBe(160_000_000);
    expectClose(screen.costPerPage, (engineTotal * factor + capital) / pages, 'cost per page (by hand)');
    expectClose(screen.npv, pvBenefits - pvCosts, 'NPV (by hand)', 1e-9);
    expectClose(screen.bcr, pvBenefits / pvCosts, 'BCR (by hand)', 1e-9);
    expect(screen.payback).toBe(payback);
    // At maturity: requests replaced R = certificates × online share × substitution + filings × e-filing
    // share; visits V = R / requests per visit; time V × min / 60 × value of time; travel V × fare; staff
    // R × min / 60 × wage; fraud titles × attempts / 1 M × (digital + alerts − paper detection) × loss.
    const requests =
      p.certificatesPerYear! * p.matureOnlineIssuanceShare! * p.onlineCertificateSubstitution! +
      p.registrationsPerYear! * p.matureOnlineFilingShare!;
    const visits = requests / p.requestsPerCounterVisit!;
    const titles = scenario.offices.reduce((a, o) => a + o.records, 0);
    const detection = Math.max(
      p.detectionPaper!,
      p.detectionDigital! + p.alertAdoption! * Math.max(0, p.detectionDigitalAlerts! - p.detectionDigital!),
    );
    const byHand = [
      (visits * p.minutesSavedPerVisit! * p.valueOfTimePerHour!) / 60,
      visits * p.travelCostPerVisit!,
      (requests * p.staffMinutesPerCounterRequest! * p.registryStaffCostPerHour!) / 60,
      ((titles * p.fraudAttemptsPerMillionTitles!) / 1e6) * (detection - p.detectionPaper!) * p.lossPerFraud!,
    ];
    COMPONENTS.forEach((c, i) => expectClose(parts[i]!, byHand[i]!, `maturity ${c} (by hand)`, 1e-9));
    expectClose(screen.maturity, 300e9, 'maturity: the calibration target, 300 bn KRW a year', 5e-3);

    // Chart and its data as a table, one row per simulated year.
    expect(await page.getByTestId('econ-chart').locator('svg[role="img"] rect').count()).toBe(2 * years);
    await page.getByRole('button', { name: 'Show as table' }).click();
    const tableRows = await page.getByTestId('econ-table').locator('tbody tr').count();
    expect(tableRows).toBe(years);
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
