/**
 * Browser benchmark (docs/performance.md §3.3, targets E3, E6, E9, U1, U2): makes a production build of
 * its own (bench/tmp/dist, so a `vite build` elsewhere cannot swap chunks under a running measurement),
 * serves it with `vite preview`, opens it in Debian's Chromium, and times runs through the real path — the
 * planner's run panel, the run service, module workers, the merge, and the result on screen — in a fresh
 * browser context per run. Writes bench/browser-results.json and prints a table.
 *
 *   npm run bench:browser
 *   node --import tsx scripts/bench-browser.ts --runs 3
 *
 * Figures only: it exits 1 when a run gives a wrong answer (records, pages, or results that differ between
 * worker counts), never because of a time.
 */
import { cpus } from 'node:os';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';

import type { Browser } from 'playwright-core';
import { chromium } from 'playwright-core';
import { format, resolveConfig } from 'prettier';
import { build, preview } from 'vite';

import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/chromium';
import type { BenchApi, BenchRunReport } from '../src/app/bench-hook';
import type { RunRequest } from '../src/app/run-request';

const OUTPUT = 'bench/browser-results.json';
const BUILD_DIR = 'bench/tmp/dist';

interface Case {
  readonly name: string;
  readonly request: RunRequest;
  /** Element that shows the run's result on screen. */
  readonly resultSelector: string;
}

const SINGLE = '[data-testid="result-records"]';
const MONTE_CARLO = '[data-testid="mc-completion"]';
const record = (workers: number): RunRequest => ({
  seed: 1,
  mode: 'record',
  stochastic: true,
  replications: 1,
  workers,
});
const lotMonteCarlo = (workers: number): RunRequest => ({
  seed: 1,
  mode: 'lot',
  stochastic: true,
  replications: 1000,
  workers,
});

const CASES: readonly Case[] = [
  { name: 'record 45 M, 1 worker', request: record(1), resultSelector: SINGLE },
  { name: 'record 45 M, 2 workers', request: record(2), resultSelector: SINGLE },
  { name: 'lot MC 1,000 reps, 1 worker', request: lotMonteCarlo(1), resultSelector: MONTE_CARLO },
  { name: 'lot MC 1,000 reps, 2 workers', request: lotMonteCarlo(2), resultSelector: MONTE_CARLO },
];

interface PageSample {
  /** Run pressed → result on screen (the frame after it entered the DOM), milliseconds. */
  readonly wallMs: number;
  /** Main-thread time of the Run call itself (until the workers have their input), milliseconds. */
  readonly startMs: number;
  readonly report: BenchRunReport;
  /** The main thread's long tasks (≥ 50 ms) during the run: start (from Run) and duration, milliseconds. */
  readonly longTasks: readonly { readonly atMs: number; readonly ms: number }[];
  /** Largest interval between ticks of a 5 ms `setInterval` during the run (5 = never late). */
  readonly probeMaxGapMs: number;
}

/**
 * Runs inside the page. It must stay free of named inner functions and function-valued `const`s: tsx
 * compiles this file with esbuild's keepNames, which wraps those in a `__name` helper the page lacks.
 */
async function measureInPage(arg: { request: RunRequest; selector: string }): Promise<PageSample> {
  const bench = (window as unknown as { __rrlBench: BenchApi }).__rrlBench;
  const entries: PerformanceEntry[] = [];
  const observer = new PerformanceObserver((list) => {
    entries.push(...list.getEntries());
  });
  observer.observe({ type: 'longtask' });
  let last = performance.now();
  let probeMaxGapMs = 0;
  const probe = setInterval(() => {
    const now = performance.now();
    probeMaxGapMs = Math.max(probeMaxGapMs, now - last);
    last = now;
  }, 5);
  // Resolves in the first task after the frame that shows the result (rAF runs just before that paint).
  const onScreen = new Promise<number>((resolve) => {
    const watcher = new MutationObserver(() => {
      if (!document.querySelector(arg.selector)) return;
      watcher.disconnect();
      requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0));
    });
    watcher.observe(document.body, { childList: true, subtree: true });
  });
  const startedAt = performance.now();
  const running = bench.run(arg.request);
  // The synchronous part of Run: checks, scenario compiled, workers spawned, input posted.
  const startMs = performance.now() - startedAt;
  const report = await running;
  const shownAt = await onScreen;
  // Long-task entries are delivered after the task ends: give them a moment, then take what is queued.
  await new Promise((resolve) => setTimeout(resolve, 100));
  entries.push(...observer.takeRecords());
  observer.disconnect();
  clearInterval(probe);
  const longTasks = entries
    .filter((entry) => entry.startTime + entry.duration >= startedAt && entry.startTime <= shownAt)
    .map((entry) => ({ atMs: Math.round(entry.startTime - startedAt), ms: Math.round(entry.duration) }));
  return { wallMs: shownAt - startedAt, startMs, report, longTasks, probeMaxGapMs };
}

function runsFromArgs(argv: readonly string[]): number {
  const at = argv.indexOf('--runs');
  if (at === -1) return 7;
  const runs = Number(argv[at + 1]);
  if (!Number.isInteger(runs) || runs < 1 || runs > 50)
    throw new Error('--runs: expected a whole number 1–50');
  return runs;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

async function sampleOnce(browser: Browser, url: string, c: Case): Promise<PageSample> {
  // A fresh context: nothing cached or compiled from an earlier run.
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  try {
    await page.goto(`${url}/?bench#/planner`, { waitUntil: 'networkidle' });
    await page.waitForFunction('window.__rrlBench !== undefined && window.__rrlBench.ready()');
    const sample = await page.evaluate(measureInPage, { request: c.request, selector: c.resultSelector });
    if (errors.length > 0) throw new Error(`${c.name}: page errors: ${errors.join('; ')}`);
    return sample;
  } finally {
    await context.close();
  }
}

interface CaseSummary {
  readonly name: string;
  readonly request: RunRequest;
  readonly samples: readonly PageSample[];
  readonly medianSeconds: number;
  readonly bestSeconds: number;
  readonly medianServiceSeconds: number;
  readonly longTasks: number;
  readonly longTaskMaxMs: number;
  readonly mergeMsMedian: number;
  readonly startMsMedian: number;
  readonly mainThreadMsMedian: number;
  readonly mainThreadMsMax: number;
  readonly probeMaxGapMs: number;
}

function summarise(c: Case, samples: readonly PageSample[]): CaseSummary {
  const seconds = samples.map((s) => s.wallMs / 1000);
  return {
    name: c.name,
    request: c.request,
    samples,
    medianSeconds: median(seconds),
    bestSeconds: Math.min(...seconds),
    medianServiceSeconds: median(samples.map((s) => s.report.serviceMs / 1000)),
    longTasks: samples.reduce((sum, s) => sum + s.longTasks.length, 0),
    longTaskMaxMs: Math.max(0, ...samples.flatMap((s) => s.longTasks.map((task) => task.ms))),
    mergeMsMedian: median(samples.map((s) => s.report.mergeMs)),
    startMsMedian: median(samples.map((s) => s.startMs)),
    mainThreadMsMedian: median(samples.map((s) => s.report.mainThreadMs)),
    mainThreadMsMax: Math.max(...samples.map((s) => s.report.mainThreadMs)),
    probeMaxGapMs: Math.max(...samples.map((s) => s.probeMaxGapMs)),
  };
}

/** Wrong answers, not slow ones: totals of a single run, and the same outcome whatever the worker count. */
function correctness(summaries: readonly CaseSummary[]): string[] {
  const problems: string[] = [];
  const outcomes = new Map<string, string>();
  for (const s of summaries)
    for (const { report } of s.samples) {
      if (
        report.kind === 'single' &&
        (Math.round(report.records ?? 0) !== 45e6 || Math.round(report.pages ?? 0) !== 160e6)
      )
        problems.push(
          `${s.name}: ${report.records} records and ${report.pages} pages (expected 45 M and 160 M)`,
        );
      const key = `${s.request.mode}/${s.request.replications}`;
      const outcome = JSON.stringify([report.completionMonth, report.records, report.pages]);
      if ((outcomes.get(key) ?? outcome) !== outcome) problems.push(`${s.name}: outcome ${outcome} differs`);
      outcomes.set(key, outcome);
    }
  return problems;
}

function table(summaries: readonly CaseSummary[], runs: number): string {
  const head = [
    'case',
    'median s',
    'best s',
    'service s',
    'long tasks',
    'max long ms',
    'merge ms',
    'start ms',
    'delivery ms med/max',
    'probe gap ms',
  ];
  const rows = summaries.map((s) => [
    s.name,
    s.medianSeconds.toFixed(2),
    s.bestSeconds.toFixed(2),
    s.medianServiceSeconds.toFixed(2),
    `${s.longTasks}/${runs} runs`,
    s.longTaskMaxMs.toFixed(0),
    s.mergeMsMedian.toFixed(1),
    s.startMsMedian.toFixed(1),
    `${s.mainThreadMsMedian.toFixed(1)} / ${s.mainThreadMsMax.toFixed(1)}`,
    s.probeMaxGapMs.toFixed(0),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: readonly string[]) =>
    `| ${cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join(' | ')} |`;
  return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

async function main(): Promise<void> {
  const runs = runsFromArgs(process.argv.slice(2));
  if (!existsSync(CHROMIUM_PATH))
    throw new Error(`Chromium is missing at ${CHROMIUM_PATH} (apt-get install chromium)`);
  await build({ build: { outDir: BUILD_DIR, emptyOutDir: true }, logLevel: 'warn' });
  const server = await preview({
    build: { outDir: BUILD_DIR },
    preview: { host: '127.0.0.1', port: 4320, strictPort: false },
    logLevel: 'warn',
  });
  const url = server.resolvedUrls?.local[0]?.replace(/\/$/, '');
  if (!url) throw new Error('vite preview did not report its address');
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  try {
    // One untimed run first, so that the first timed run does not pay for a cold disk and server.
    await sampleOnce(browser, url, CASES[1]!);
    const summaries: CaseSummary[] = [];
    for (const c of CASES) {
      const samples: PageSample[] = [];
      for (let i = 0; i < runs; i++) samples.push(await sampleOnce(browser, url, c));
      summaries.push(summarise(c, samples));
      console.error(`bench:browser: ${c.name} done`);
    }
    const environment = await environmentOf(browser, url);
    const problems = correctness(summaries);
    const [one, two] = [summaries[0]!, summaries[1]!];
    const speedUp = one.medianSeconds / two.medianSeconds;
    const document = { environment, runs, speedUp2Workers: speedUp, problems, cases: summaries };
    mkdirSync('bench', { recursive: true });
    const text = JSON.stringify(document, null, 2);
    writeFileSync(OUTPUT, await format(text, { ...(await resolveConfig(OUTPUT)), filepath: OUTPUT }));
    console.log(
      `Chromium ${environment.browserVersion}, ${environment.cores} × ${environment.cpu}, ` +
        `crossOriginIsolated ${environment.crossOriginIsolated}, ${runs} runs per case (fresh context each)`,
    );
    console.log(table(summaries, runs));
    console.log(`speed-up 1 → 2 workers (median, record mode): ${speedUp.toFixed(2)}×; written to ${OUTPUT}`);
    for (const problem of problems) console.error(`WRONG: ${problem}`);
    if (problems.length > 0) process.exitCode = 1;
  } finally {
    await browser.close();
    await server.close();
  }
}

async function environmentOf(browser: Browser, url: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${url}/`);
  const inPage = await page.evaluate(() => ({
    crossOriginIsolated: window.crossOriginIsolated,
    hardwareConcurrency: navigator.hardwareConcurrency,
    userAgent: navigator.userAgent,
  }));
  await context.close();
  const cpu = cpus();
  return {
    node: process.version,
    browserVersion: browser.version(),
    cpu: cpu[0]?.model ?? 'unknown',
    cores: cpu.length,
    ...inPage,
  };
}

await main();
