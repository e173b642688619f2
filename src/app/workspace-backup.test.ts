import 'fake-indexeddb/auto';

import { describe, expect, it } from 'vitest';

import type { RolloutDatabase } from '@/db';
import { createScenario, finishRun, setSetting, startRun } from '@/db';

import {
  bareQuotaError,
  createTestDatabase,
  dumpStore,
  scenarioNamed,
  valueOf,
} from '../db/fake-database.test-helper';
import type { BackupFileLike, BackupPreview } from './workspace-backup';
import {
  backUpWorkspace,
  MAX_BACKUP_BYTES,
  parseWorkspaceBackup,
  readBackupFile,
  restoreBackup,
} from './workspace-backup';

const NOW = 1_780_000_000_000;

function fileOf(text: string, name = 'backup.json'): BackupFileLike {
  return { name, size: new TextEncoder().encode(text).length, text: () => Promise.resolve(text) };
}

/** Two scenarios, a done run with typed-array results (NaN included), a failed run, a run of no scenario. */
async function fillWorkspace(db: RolloutDatabase): Promise<void> {
  valueOf(
    await createScenario(db, { document: scenarioNamed('Alpha'), source: 'import', now: NOW, id: 's-a' }),
  );
  valueOf(
    await createScenario(db, {
      document: scenarioNamed('Beta'),
      source: 'duplicate',
      now: NOW + 1,
      id: 's-b',
    }),
  );
  const base = {
    scenario: scenarioNamed('Alpha'),
    seed: 4_294_967_295,
    mode: 'lot' as const,
    replications: 1,
    variability: true,
    engineVersion: '0.1.0',
  };
  valueOf(await startRun(db, { ...base, scenarioId: 's-a', now: NOW + 2, id: 'r-done' }));
  const wide = Float64Array.from([0, 1.5, Number.NaN, -0, 1e300, Number.POSITIVE_INFINITY, 7]);
  valueOf(
    await finishRun(
      db,
      'r-done',
      {
        status: 'done',
        results: {
          kind: 'single',
          firstMonth: 23_916,
          elapsedSeconds: Number.NaN,
          result: {
            national: wide,
            view: wide.subarray(1, 3),
            goLiveMonth: Int32Array.from([3, -1, 2_000_000_000]),
            bottleneckStage: Uint8Array.from([0, 5, 255]),
            counts: Uint32Array.from([4_000_000_000]),
            small: Float32Array.from([0.1]),
            nested: [{ empty: new Float64Array(0) }, null, 'text', true],
          },
        },
        summary: { completionMonth: '2002-10', cost: 1.5e9, npv: null },
        timings: { elapsedSeconds: 1.25, workers: 2 },
      },
      NOW + 3,
    ),
  );
  valueOf(await startRun(db, { ...base, scenarioId: 's-b', now: NOW + 4, id: 'r-failed', name: 'Failing' }));
  valueOf(await finishRun(db, 'r-failed', { status: 'failed', error: 'The engine failed: boom' }, NOW + 5));
  valueOf(await startRun(db, { ...base, scenarioId: null, now: NOW + 6, id: 'r-preset', mode: 'record' }));
  valueOf(await setSetting(db, 'lastScreen', 'runs'));
  valueOf(await setSetting(db, 'curve', { points: Float64Array.from([1, 2]), label: '=not a formula here' }));
}

async function backupText(db: RolloutDatabase): Promise<string> {
  const made = await backUpWorkspace(NOW + 10, db);
  if (!made.ok) throw new Error(made.message);
  return made.file.text;
}

async function previewOf(text: string, db: RolloutDatabase): Promise<BackupPreview> {
  const reading = await readBackupFile(fileOf(text), db);
  if (reading.kind !== 'preview') throw new Error(reading.problems.join('\n'));
  return reading;
}

describe('workspace backup and restore', () => {
  it('restores into an empty database every row deep-equal, typed arrays with their type', async () => {
    const source = createTestDatabase('source').db;
    await fillWorkspace(source);
    const made = await backUpWorkspace(NOW + 10, source);
    if (!made.ok) throw new Error(made.message);
    expect(made.file.fileName).toBe('registry-rollout-lab-2026-05-28.workspace.json');
    expect(made.file.scenarios).toBe(2);
    expect(made.file.runs).toBe(3);

    const target = createTestDatabase('target').db;
    const preview = await previewOf(made.file.text, target);
    expect(preview.rows.scenarios).toHaveLength(2);
    expect(preview.rows.runs).toHaveLength(3);
    expect(preview.replacedScenarios).toEqual([]);
    expect(preview.replacedRuns).toEqual([]);
    const answer = await restoreBackup(preview, target);
    expect(answer).toEqual({ ok: true, counts: { scenarios: 2, runs: 3, runResults: 1, settings: 2 } });

    const before = await dumpStore(source);
    const after = await dumpStore(target);
    expect(after).toStrictEqual(before);
    const results = after.runResults![0] as { results: { result: Record<string, unknown> } };
    expect(results.results.result.national).toBeInstanceOf(Float64Array);
    expect(results.results.result.goLiveMonth).toBeInstanceOf(Int32Array);
    expect(results.results.result.counts).toStrictEqual(Uint32Array.from([4_000_000_000]));
    expect(Object.is((results.results.result.national as Float64Array)[3], -0)).toBe(true);
    expect(results.results.result.view).toStrictEqual(Float64Array.from([1.5, Number.NaN]));
  });

  it('replaces rows with the same id, keeps the others, and says which in the preview', async () => {
    const source = createTestDatabase('source').db;
    await fillWorkspace(source);
    const text = await backupText(source);
    const target = createTestDatabase('target').db;
    valueOf(
      await createScenario(target, {
        document: scenarioNamed('Old Alpha'),
        source: 'preset',
        now: 1,
        id: 's-a',
      }),
    );
    valueOf(
      await createScenario(target, {
        document: scenarioNamed('Mine'),
        source: 'preset',
        now: 1,
        id: 's-mine',
      }),
    );
    valueOf(
      await startRun(target, {
        scenario: scenarioNamed('Old'),
        scenarioId: null,
        seed: 1,
        mode: 'lot',
        replications: 1,
        variability: false,
        engineVersion: '0.0.9',
        now: 1,
        id: 'r-done',
        name: 'Old run',
      }),
    );
    const preview = await previewOf(text, target);
    expect(preview.replacedScenarios).toEqual([{ id: 's-a', name: 'Alpha' }]);
    expect(preview.replacedRuns).toEqual([{ id: 'r-done', name: 'Alpha' }]);
    valueOf({ ok: true, value: await restoreBackup(preview, target) });
    const after = await dumpStore(target);
    const names = (after.scenarios as { id: string; name: string }[]).map((s) => [s.id, s.name]);
    expect(names).toEqual([
      ['s-a', 'Alpha'],
      ['s-b', 'Beta'],
      ['s-mine', 'Mine'],
    ]);
    expect((after.runs as { id: string; status: string }[]).find((r) => r.id === 'r-done')?.status).toBe(
      'done',
    );
  });
});

describe('a broken backup changes nothing', () => {
  type Doc = {
    formatVersion: unknown;
    scenarios: { document: { parameters: Record<string, unknown> } }[];
    runs: Record<string, unknown>[];
    [key: string]: unknown;
  };

  async function broken(change: (doc: Doc) => void): Promise<string> {
    const source = createTestDatabase('source').db;
    await fillWorkspace(source);
    const doc = JSON.parse(await backupText(source)) as Doc;
    change(doc);
    return JSON.stringify(doc);
  }

  async function expectRefused(text: string, pattern: RegExp, file: BackupFileLike = fileOf(text)) {
    const { db } = createTestDatabase('target');
    valueOf(
      await createScenario(db, { document: scenarioNamed('Kept'), source: 'preset', now: 1, id: 's-a' }),
    );
    const before = await dumpStore(db);
    const reading = await readBackupFile(file, db);
    expect(reading.kind).toBe('problems');
    if (reading.kind !== 'problems') return;
    expect(reading.headline).toMatch(
      /^"backup\.json" was not restored \(\d+ problems?\); nothing was changed\.$/,
    );
    expect(reading.problems.join('\n')).toMatch(pattern);
    expect(await dumpStore(db)).toStrictEqual(before);
    expect(before.scenarios).toHaveLength(1);
  }

  it('truncated', async () => {
    const text = await broken(() => {});
    await expectRefused(text.slice(0, Math.floor(text.length / 2)), /not JSON: .*cut-off or damaged/);
  });

  it('wrong format version', async () => {
    await expectRefused(
      await broken((doc) => {
        doc.formatVersion = 2;
      }),
      /formatVersion: 2 is not 1/,
    );
  });

  it('a scenario the validator refuses, named by path, value and rule', async () => {
    await expectRefused(
      await broken((doc) => {
        doc.scenarios[1]!.document.parameters.keyingKph = 200_000;
      }),
      /scenarios\[1\]\.document\.parameters\.keyingKph: 200,000 is outside/,
    );
  });

  it('a __proto__ key anywhere (here inside a run result)', async () => {
    const text = (await broken(() => {})).replace(
      '"kind":"single"',
      '"__proto__":{"polluted":true},"kind":"single"',
    );
    expect(text).toContain('__proto__');
    await expectRefused(text, /"__proto__" key is not allowed/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a run whose scenario is not in the file', async () => {
    await expectRefused(
      await broken((doc) => {
        doc.runs[0]!.scenarioId = 's-missing';
      }),
      /runs\[\d\]\.scenarioId: scenario "s-missing" is not in the backup/,
    );
  });

  it('an unknown key, a bad run field, bad typed-array bytes', async () => {
    await expectRefused(
      await broken((doc) => {
        doc.extra = 1;
      }),
      /\(file\): Unrecognized key: "extra"/,
    );
    await expectRefused(
      await broken((doc) => {
        doc.runs[0]!.seed = -1;
      }),
      /runs\[\d\]\.seed: /,
    );
    const text = await broken(() => {});
    await expectRefused(
      text.replace(
        /"\$typedArray":"Float64Array","base64":"[^"]*"/,
        '"$typedArray":"Float64Array","base64":"AAAA"',
      ),
      /3 bytes are not a whole number of Float64Array values/,
    );
  });

  it('a file over the budget, refused before it is read', async () => {
    let read = false;
    await expectRefused('', /the file is 200\.1 MB; a backup is at most 200 MB \(not read\)/, {
      name: 'backup.json',
      size: MAX_BACKUP_BYTES + 100_000,
      text: () => {
        read = true;
        return Promise.resolve('{}');
      },
    });
    expect(read).toBe(false);
  });

  it('a storage failure in the middle of the restore writes nothing (one transaction)', async () => {
    const source = createTestDatabase('source').db;
    await fillWorkspace(source);
    const text = await backupText(source);
    const { db, faults } = createTestDatabase('target');
    valueOf(
      await createScenario(db, { document: scenarioNamed('Kept'), source: 'preset', now: 1, id: 's-kept' }),
    );
    const before = await dumpStore(db);
    const preview = await previewOf(text, db);
    faults.arm(3, bareQuotaError);
    const answer = await restoreBackup(preview, db);
    expect(answer.ok).toBe(false);
    if (!answer.ok) expect(answer.message).toMatch(/was not restored: .*nothing was changed\.$/);
    expect(faults.writes).toBeGreaterThanOrEqual(3);
    expect(await dumpStore(db)).toStrictEqual(before);
  });

  it('parses a good file without touching any store', async () => {
    const source = createTestDatabase('source').db;
    await fillWorkspace(source);
    const parsed = parseWorkspaceBackup(await backupText(source));
    expect(parsed.ok).toBe(true);
  });
});
