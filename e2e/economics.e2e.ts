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

import { parameterInfoFor } from '../src/domain/parameters/parameter-info';
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

/** Text with every run of white space (line breaks around status badges) as one space. */
const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** "708 bn" / "−309 bn": an amount in whole billions, as the NPV-sign paragraph writes it. */
const formatBn = (amount: number): string =>
  `${amount < 0 ? '−' : ''}${Math.round(Math.abs(amount) / 1e9).toLocaleString('en-US')} bn`;

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
    expect(caveat).toMatch(/Model estimates.*constant 2024 prices/s);
    const calibration = squash(await page.getByTestId('econ-calibration').innerText());
    expect(calibration).toContain(
      'The source article says more than 300 bn KRW a year unconfirmed [SEED] ; not confirmed by any source found; the model is calibrated to reproduce 300 bn at maturity, a floor.',
    );
    expect(calibration).toContain('left out of the check of the NPV’s sign');
    expect(squash(await page.getByTestId('econ-prices').innerText())).toMatch(
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

    // The calibration, solved by hand: savings at maturity are S0 + m × V × value of time / 60, so the minutes
    // per visit that give 300 bn are m = (300 bn − travel − staff − fraud) × 60 / (V × value of time); its
    // place in the catalogue's 30–240 min range is (m − 30) / 210.
    const solved = ((300e9 - byHand[1]! - byHand[2]! - byHand[3]!) * 60) / (visits * p.valueOfTimePerHour!);
    expect(solved).toBeCloseTo(33.2, 1);
    expect(await page.getByTestId('econ-calibration-place').innerText()).toBe(
      `${solved.toFixed(1)} min: solved, at ${Math.round(((solved - 30) / 210) * 100)} % of its 30–240 min range`,
    );
    expect(Number(await page.getByTestId('econ-calibration-bar').getAttribute('data-position'))).toBeCloseTo(
      (solved - 30) / 210,
      6,
    );

    // What decides the NPV's sign. Positive here; the real discount rate (a recollection) at the high end of
    // its plausible range turns it negative — worked by hand: the same flows discounted at that rate.
    const signText = await page.getByTestId('econ-npv-sign-text').innerText();
    expect(
      signText.startsWith(`The NPV is positive at these assumptions (${formatBn(screen.npv)} KRW).`),
    ).toBe(true);
    const rateHigh = parameterInfoFor('KOR', 'discountRate')!.plausible![1];
    const pvAt = (flows: readonly number[], rate: number) =>
      flows.reduce((sum, f, j) => sum + f / Math.pow(1 + rate, j + 1), 0);
    expect(pvAt(savings, rateHigh) - pvAt(costs, rateHigh), 'NPV at the highest discount rate').toBeLessThan(
      0,
    );
    expect(signText).toContain('It turns negative when any one of these is moved to the unfavourable end');
    expect(signText).toContain(`real discount rate at ${rateHigh} `);
    expect(signText).toContain('(recollection; now 0.045)');
    // The calibrated minutes per visit are solved, not an input: they are left out of the check.
    expect(signText.toLowerCase()).not.toContain('citizen time saved per avoided visit');
    const items = page.getByTestId('econ-npv-sign-inputs').locator('li');
    const labels = await items.evaluateAll((lis) =>
      lis.map((li) => li.firstChild?.textContent?.trim() ?? ''),
    );
    const statuses = await items.locator('.status').allInnerTexts();
    expect(labels).toContain('Real discount rate');
    expect(statuses[labels.indexOf('Real discount rate')]).toBe('R');
    expect(statuses).toHaveLength(labels.length);
    for (const [i, label] of labels.entries()) {
      expect(signText.toLowerCase(), 'each listed input is one the paragraph names').toContain(
        `${label.toLowerCase()} at `,
      );
      expect(['estimate', 'R'], `${label}: an estimate or a recollection`).toContain(statuses[i]);
    }
    expect(await page.getByTestId('economics').innerText(), 'no field keys on screen').not.toMatch(
      /minutesSavedPerVisit|discountRate|\b[a-z]+[A-Z][A-Za-z]*PerYear\b/,
    );

    // The engine's total cost is at 1995 prices; beside it, × CPI 2024 / CPI 1995 at 2024 prices.
    expect(await page.getByTestId('run-result').locator('dt', { hasText: 'Total cost' }).innerText()).toBe(
      'Total cost, KRW at 1995 prices',
    );
    const engineCost = Number((await page.getByTestId('result-cost').innerText()).replace(/,/g, ''));
    expectClose(engineCost, engineTotal, 'total cost at 1995 prices (CLI)', 1e-9);
    const rebased = await page.getByTestId('result-cost-rebased').innerText();
    expect(rebased).toMatch(/^= [\d,]+ KRW at 2024 prices \(× 2\.20 with the consumer price index\)$/);
    expectClose(
      Number(rebased.slice(2).split(' ')[0]!.replace(/,/g, '')),
      engineTotal * factor,
      'at 2024 prices',
      1e-9,
    );
    mkdirSync(ARTIFACTS_DIR, { recursive: true });
    await page.getByTestId('run-result').screenshot({ path: `${ARTIFACTS_DIR}/run-result-korea.png` });

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

  it('explains Uzbekistan’s negative NPV by the estimates that decide its sign; the time per visit is its own estimate', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const log = watchPage(page, origin);
    await page.goto(`${baseURL}/#/planner?preset=uzbekistan`, { waitUntil: 'networkidle' });
    // One deterministic lot-mode run, the run the README's Economics section describes.
    await page.getByLabel('Mode').selectOption('lot');
    await page.getByLabel('Replications').fill('1');
    await page.getByLabel('Variability').uncheck();
    await page.getByTestId('run-button').click();
    await page.getByTestId('econ-npv-sign').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('econ-currency').inputValue()).toBe('UZS');

    // The engine's cost is at 2025 prices, the appraisal's base year: nothing to re-base beside it.
    expect(await page.getByTestId('run-result').locator('dt', { hasText: 'Total cost' }).innerText()).toBe(
      'Total cost, UZS at 2025 prices',
    );
    expect(await page.getByTestId('result-cost-rebased').count()).toBe(0);

    // The 300 bn floor is Korea's; here the minutes per visit are the scenario's own estimate, placed by hand
    // in the 30–240 min range.
    const scenario = buildPresetScenario('uzbekistan');
    const minutes = scenario.parameters.minutesSavedPerVisit as number;
    expect(minutes).toBe(60);
    expect(await page.getByTestId('econ-calibration').innerText()).toContain(
      'the model is calibrated to reproduce 300 bn at maturity, a floor.',
    );
    expect(await page.getByTestId('econ-calibration-place').innerText()).toBe(
      `60 min: this scenario’s own estimate, not solved, at ${Math.round(((minutes - 30) / 210) * 100)} % of its 30–240 min range`,
    );

    // Documented (README, Economics › Uzbekistan): negative at −309 bn UZS for this run; no single estimate at
    // an end of its range makes it positive; the central data centre's cost and the minutes per visit at
    // their favourable ends together do.
    const npv = await numberOf(page, 'econ-npv');
    // (The exact figure moves with the engine; about −309 bn UZS when it was written.)
    expect(npv).toBeLessThan(-250e9);
    expect(npv).toBeGreaterThan(-370e9);
    const signText = await page.getByTestId('econ-npv-sign-text').innerText();
    expect(signText.startsWith(`The NPV is negative at these assumptions (${formatBn(npv)} UZS).`)).toBe(
      true,
    );
    expect(signText).toContain(
      'No single estimate or recollection, moved to the favourable end of its plausible range, makes it positive.',
    );
    expect(signText).toContain(
      'It turns positive when the 2 with the largest effect are at their favourable ends together',
    );
    const inputs = page.getByTestId('econ-npv-sign-inputs').locator('li');
    expect(await inputs.count()).toBe(2);
    const labels = await inputs.evaluateAll((items) => items.map((li) => li.firstChild?.textContent?.trim()));
    expect(labels).toEqual(['Central data centre: capital cost', 'Citizen time saved per avoided visit']);
    expect(await inputs.locator('.status').allInnerTexts()).toEqual(['estimate', 'estimate']);
    expect(await page.getByTestId('economics').innerText(), 'no field keys on screen').not.toMatch(
      /minutesSavedPerVisit|centralCentreCost/,
    );

    mkdirSync(ARTIFACTS_DIR, { recursive: true });
    await page.getByTestId('economics').screenshot({ path: `${ARTIFACTS_DIR}/economics-uzbekistan.png` });
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
