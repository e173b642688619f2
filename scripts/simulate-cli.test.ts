// End-to-end tests of `npm run simulate`: the real bundled CLI in a child process. Timing is not tested
// here (see `npm run bench`); the record-mode Korean run takes a few seconds.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { buildPresetScenario } from '../src/domain/presets/presets';
import { scenarioFileText } from '../src/domain/scenario/scenario-file';
import { parseScenarioJson } from '../src/domain/scenario/validate-scenario';
import { STAGE_LABELS } from '../workers/engine/engine-types';
import type { ResultDocument } from './result-document';
import { exportScenario, outputProblem } from './simulate-cli';

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
      // The bottleneck in the user's words (the stage's declared label), not its code name.
      const bottleneck = /^Bottleneck\s+(.+) \(\d+ of 209 offices\)$/m.exec(run.stdout)?.[1];
      expect(Object.values(STAGE_LABELS)).toContain(bottleneck);
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

describe('simulate CLI: Korea as it happened (--rollout historical)', () => {
  it(
    'meets the sourced milestones and shows the replay beside history',
    () => {
      const out = join(folder, 'r.json');
      const run = simulate('--preset', 'korea', '--rollout', 'historical', '--out', out);
      expect(run.status, run.stderr).toBe(0);
      expect(run.stdout).toContain('Plan             As it happened — calibrated to sources');
      expect(run.stdout).toContain('Historical completion: 2002-10 [K5]');
      expect(run.stdout).toMatch(/Programme cost +\d+(\.\d+)? bn KRW = conversion .* \+ data centres \d+ bn/);
      expect(run.stdout).toContain('Budget (history) 250 bn KRW planned to 2002 (Jan 1995 plan) [K3]');
      const doc = readResult(out);
      expect(doc.scenario.variant).toEqual({
        id: 'historical',
        label: 'As it happened — calibrated to sources',
      });
      expect(doc.run).toMatchObject({ seed: 1, mode: 'record', stochastic: true });
      // Jan 1995 plan [K3]: pilot at 5–7 offices in 1997, about 100 offices in 1998; Oct 2002 [K5]: all offices.
      const liveBy = (month: string) =>
        doc.offices.filter((o) => o.goLiveMonth !== null && o.goLiveMonth <= month).length;
      expect(liveBy('1997-12')).toBeGreaterThanOrEqual(5);
      expect(liveBy('1998-12')).toBeGreaterThanOrEqual(90);
      expect(liveBy('1998-12')).toBeLessThanOrEqual(110);
      expect(liveBy('2002-12')).toBe(209);
      expect(
        doc.completion.month! >= '2002-08' && doc.completion.month! <= '2002-12',
        doc.completion.month!,
      ).toBe(true);
      expect(doc.history?.completion).toEqual({ month: '2002-10', sources: ['K5'], status: 'C' });
    },
    SLOW,
  );

  it('labels the illustrative plan and refuses an unknown plan, naming the allowed ones', () => {
    const run = simulate('--preset', 'korea', '--mode', 'lot', '--deterministic', '--workers', '1');
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('Plan             Illustrative plan — estimate');
    expect(run.stdout).toContain('Historical completion: 2002-10 [K5]');
    const bad = simulate('--preset', 'korea', '--rollout', 'default');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--rollout for --preset korea must be one of illustrative, historical');
  });
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

describe('simulate CLI: --out is checked before anything is simulated', () => {
  it.each([
    ['an existing folder', () => folder, 'is a folder'],
    ['a name ending in a separator', () => `${join(folder, 'results')}/`, 'names a folder'],
    ['a file in a missing folder', () => join(folder, 'no', 'such', 'result.json'), 'does not exist'],
    [
      'a file inside a file',
      () => {
        const file = join(folder, 'plain.txt');
        writeFileSync(file, 'not a folder');
        return join(file, 'result.json');
      },
      'part of the path is a file',
    ],
  ])('refuses %s: exit 2, the path and the problem named, no summary', (_what, out, says) => {
    const path = out();
    const run = simulate(
      '--preset',
      'korea',
      '--mode',
      'lot',
      '--deterministic',
      '--workers',
      '1',
      '--out',
      path,
    );
    expect(run.status, run.stderr).toBe(2);
    expect(run.stderr).toContain(`--out "${path}"`);
    expect(run.stderr).toContain(says);
    expect(run.stdout).toBe('');
  });

  it('names a file that cannot be written and a folder in which no file can be created', () => {
    // Running as root, every real file can be written: the check's file-system calls are replaced instead.
    const refusing = {
      stat: (path: string) => statSync(path),
      checkWritable: () => {
        throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
      },
    };
    const existing = join(folder, 'existing.json');
    writeFileSync(existing, '{}');
    const fresh = join(folder, 'fresh.json');
    expect(outputProblem(existing, refusing)).toBe(
      `--out "${existing}": the file cannot be written: permission denied`,
    );
    expect(outputProblem(fresh, refusing)).toBe(
      `--out "${fresh}": cannot create a file in folder "${folder}": permission denied`,
    );
    expect(outputProblem(existing)).toBeNull();
    expect(outputProblem(fresh)).toBeNull();
    expect(outputProblem(null)).toBeNull();
  });
});

describe('simulate CLI: scenario files', () => {
  it('simulates a valid scenario file', () => {
    const file = join(folder, 'uzbekistan.json');
    writeFileSync(file, JSON.stringify(buildPresetScenario('uzbekistan')));
    const run = simulate('--scenario', file, '--mode', 'lot', '--deterministic', '--workers', '1');
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('lot mode, deterministic');
    expect(run.stdout).toContain('Plan             Illustrative plan — estimate');
    expect(run.stdout).not.toContain('Historical completion');
  });

  it('calls a scenario without a named plan a custom plan', () => {
    const scenario = buildPresetScenario('uzbekistan');
    const file = join(folder, 'custom.json');
    writeFileSync(file, JSON.stringify({ ...scenario, rollout: { waves: scenario.rollout.waves } }));
    const run = simulate('--scenario', file, '--mode', 'lot', '--deterministic', '--workers', '1');
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('Plan             Custom plan');
  });
});

describe('simulate CLI: --export-scenario', () => {
  it('writes the preset as the app exports it, which --scenario reads back', async () => {
    const file = join(folder, 'korea.scenario.json');
    const code = await exportScenario({
      source: { kind: 'preset', id: 'korea', rollout: 'illustrative' },
      path: file,
    });
    expect(code).toBe(0);
    const text = readFileSync(file, 'utf8');
    expect(text).toBe(scenarioFileText(buildPresetScenario('korea')));
    const back = parseScenarioJson(text);
    expect(back.ok && back.scenario).toEqual(buildPresetScenario('korea'));
  });

  it(
    "exits 0 without simulating, and the exported file gives the preset's result for the same seed",
    () => {
      const file = join(folder, 'korea-export.json');
      const exported = simulate('--preset', 'korea', '--export-scenario', file);
      expect(exported.status, exported.stderr).toBe(0);
      expect(exported.stdout).toBe(`Scenario written ${file} (Republic of Korea (preset), 209 offices)\n`);
      const lot = ['--mode', 'lot', '--seed', '7', '--workers', '1'];
      const fromPreset = join(folder, 'from-preset.json');
      const fromFile = join(folder, 'from-file.json');
      const a = simulate('--preset', 'korea', ...lot, '--out', fromPreset);
      const b = simulate('--scenario', file, ...lot, '--out', fromFile);
      expect(a.status, a.stderr).toBe(0);
      expect(b.status, b.stderr).toBe(0);
      const [presetRun, fileRun] = [readResult(fromPreset), readResult(fromFile)];
      expect(fileRun.run).toMatchObject({ seed: 7, mode: 'lot', stochastic: true });
      expect(fileRun.completion).toEqual(presetRun.completion);
      expect(fileRun.totals.cost).toBe(presetRun.totals.cost);
      expect(fileRun.totals).toEqual(presetRun.totals);
      expect(fileRun.offices.map((o) => o.goLiveMonth)).toEqual(presetRun.offices.map((o) => o.goLiveMonth));
      expect(fileRun.economics.npv).toBe(presetRun.economics.npv);
    },
    SLOW,
  );

  it('exports the historical plan with its variant', () => {
    const file = join(folder, 'korea-historical.json');
    const run = simulate('--preset', 'korea', '--rollout', 'historical', '--export-scenario', file);
    expect(run.status, run.stderr).toBe(0);
    const back = parseScenarioJson(readFileSync(file, 'utf8'));
    expect(back.ok && back.scenario.rollout.variant?.id).toBe('historical');
  });

  it.each([
    ['an existing folder', () => folder, 'is a folder; give a file name, e.g.', 'scenario.json'],
    ['a file in a missing folder', () => join(folder, 'no', 'such', 'k.json'), 'does not exist', ''],
  ])('refuses %s before writing: exit 2, the path and the problem named', (_what, path, says, example) => {
    const out = path();
    const run = simulate('--preset', 'korea', '--export-scenario', out);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`--export-scenario "${out}"`);
    expect(run.stderr).toContain(says);
    expect(run.stderr).toContain(example);
    expect(run.stdout).toBe('');
  });

  it('refuses simulation options and --scenario, naming them', () => {
    const withSeed = simulate(
      '--preset',
      'korea',
      '--export-scenario',
      join(folder, 'x.json'),
      '--seed',
      '3',
    );
    expect(withSeed.status).toBe(2);
    expect(withSeed.stderr).toContain('simulates nothing; drop --seed');
    const fromFile = simulate('--scenario', 'a.json', '--export-scenario', join(folder, 'y.json'));
    expect(fromFile.status).toBe(2);
    expect(fromFile.stderr).toContain('give --preset');
  });
});
