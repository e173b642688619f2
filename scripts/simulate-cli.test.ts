// End-to-end tests of `npm run simulate`: the real bundled CLI in a child process. Timing is not tested
// here (see `npm run bench`); the record-mode Korean run takes a few seconds.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { buildPresetScenario } from '../src/domain/presets/presets';
import type { ResultDocument } from './result-document';

const root = fileURLToPath(new URL('..', import.meta.url));
const SLOW = 90_000;
let folder = '';

function simulate(...args: string[]) {
  const child = spawnSync(process.execPath, ['scripts/run-bundled.mjs', 'simulate', ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  return { status: child.status, stdout: child.stdout, stderr: child.stderr };
}

function readResult(file: string): ResultDocument {
  return JSON.parse(readFileSync(file, 'utf8')) as ResultDocument;
}

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'rrl-cli-'));
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('simulate CLI: Korean preset', () => {
  let oneThread: ResultDocument;

  it(
    'runs record mode on one thread and writes the documented result',
    () => {
      const out = join(folder, 'korea-1.json');
      const run = simulate('--preset', 'korea', '--mode', 'record', '--workers', '1', '--out', out);
      expect(run.status, run.stderr).toBe(0);
      expect(run.stdout).toContain('45,000,000');
      oneThread = readResult(out);
      expect(oneThread).toMatchObject({
        format: 'registry-rollout-lab/result',
        formatVersion: 1,
        scenario: { country: 'KOR', currency: 'KRW', startMonth: '1993-01', horizonMonths: 360 },
        run: { seed: 1, mode: 'record', stochastic: true, workers: 1, replications: 1 },
        totals: { records: 45_000_000, pages: 160_000_000 },
      });
      expect(oneThread.completion.month).toMatch(/^\d{4}-\d{2}$/);
      expect(oneThread.offices).toHaveLength(209);
      for (const office of oneThread.offices) expect(office.goLiveMonth).toMatch(/^\d{4}-\d{2}$/);
      expect(oneThread.national.months).toHaveLength(360);
      expect(oneThread.national.recordsDone.reduce((a, b) => a + b, 0)).toBe(45_000_000);
    },
    SLOW,
  );

  it(
    'gives identical results on two threads',
    () => {
      const out = join(folder, 'korea-2.json');
      const run = simulate('--preset', 'korea', '--mode', 'record', '--workers', '2', '--out', out);
      expect(run.status, run.stderr).toBe(0);
      const twoThreads = readResult(out);
      expect(twoThreads.run.workers).toBe(2);
      expect(twoThreads.totals).toEqual(oneThread.totals);
      expect(twoThreads.completion).toEqual(oneThread.completion);
      expect(twoThreads.offices.map((o) => o.goLiveMonth)).toEqual(
        oneThread.offices.map((o) => o.goLiveMonth),
      );
      expect(twoThreads.national).toEqual(oneThread.national);
    },
    SLOW,
  );

  it(
    'runs a lot-mode Monte Carlo with ordered percentiles',
    () => {
      const out = join(folder, 'korea-mc.json');
      const run = simulate('--preset', 'korea', '--replications', '50', '--mode', 'lot', '--out', out);
      expect(run.status, run.stderr).toBe(0);
      expect(run.stdout).toMatch(/P10 \d{4}-\d{2} · P50 \d{4}-\d{2} · P90 \d{4}-\d{2}/);
      const { completion, totals, offices, national } = readResult(out);
      expect(completion.p10! <= completion.p50! && completion.p50! <= completion.p90!).toBe(true);
      expect(totals.costP10! <= totals.costP50! && totals.costP50! <= totals.costP90!).toBe(true);
      expect(offices[0]).toHaveProperty('goLiveP50');
      expect(national.recordsDoneP90).toHaveLength(360);
    },
    SLOW,
  );
});

describe('simulate CLI: refusals', () => {
  it.each([
    [['--preset', 'korea', '--seed', 'abc'], '--seed'],
    [['--preset', 'korea', '--mode', 'fast'], '--mode'],
    [['--preset', 'japan'], '--preset'],
    [['--preset', 'korea', '--scenario', 'plan.json'], '--scenario'],
    [['--preset', 'korea', '--turbo'], '--turbo'],
    [['--preset', 'korea', '--out', '/no/such/folder/result.json'], '--out'],
  ])('%j exits 2 naming %s', (args, name) => {
    const run = simulate(...args);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(name);
    expect(run.stderr).toContain('Usage:');
    expect(run.stdout).toBe('');
  });

  it('reports each problem of an invalid scenario file with its field', () => {
    const scenario = buildPresetScenario('korea');
    const file = join(folder, 'bad-keying.json');
    writeFileSync(
      file,
      JSON.stringify({ ...scenario, parameters: { ...scenario.parameters, keyingKph: 200_000 } }),
    );
    const run = simulate('--scenario', file);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('parameters.keyingKph: 200,000 is outside');
  });

  it('reports where a file stops being JSON', () => {
    const file = join(folder, 'broken.json');
    writeFileSync(file, '{\n  "format": "registry-rollout-lab/scenario",\n  oops\n}\n');
    const run = simulate('--scenario', file);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('line 3');
  });

  it('says so when the file cannot be read', () => {
    const run = simulate('--scenario', join(folder, 'missing.json'));
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('no such file');
  });

  it('prints the usage for --help and exits 0', () => {
    const run = simulate('--help');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('--replications N');
  });
});

describe('simulate CLI: scenario files', () => {
  it('simulates a valid scenario file', () => {
    const file = join(folder, 'uzbekistan.json');
    writeFileSync(file, JSON.stringify(buildPresetScenario('uzbekistan')));
    const run = simulate('--scenario', file, '--mode', 'lot', '--deterministic', '--workers', '1');
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('lot mode, deterministic');
  });
});
