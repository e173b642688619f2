import 'fake-indexeddb/auto';

import { describe, expect, it } from 'vitest';

import type { StoredRun } from './database';
import { createTestDatabase, dumpStore, errorOf, scenarioNamed, valueOf } from './fake-database.test-helper';
import { finishRun, startRun } from './run-repository';
import { createScenario } from './scenario-repository';
import { readWorkspaceIds, readWorkspaceRows, restoreWorkspaceRows } from './workspace-repository';

const NOW = 1_700_000_000_000;

async function storedRun(id: string, withResults: boolean) {
  const { db } = createTestDatabase(`run-${id}`);
  valueOf(
    await startRun(db, {
      scenario: scenarioNamed('Run scenario'),
      scenarioId: null,
      seed: 3,
      mode: 'lot',
      replications: 1,
      variability: false,
      engineVersion: '0.1.0',
      now: NOW,
      id,
    }),
  );
  if (withResults)
    valueOf(
      await finishRun(
        db,
        id,
        {
          status: 'done',
          results: { values: Float64Array.from([1, 2]) },
          summary: { completionMonth: '2000-01', cost: 1, npv: null },
          timings: {},
        },
        NOW + 1,
      ),
    );
  return valueOf(await readWorkspaceRows(db));
}

describe('workspace repository', () => {
  it('reads every row of every table and the stored ids', async () => {
    const { db } = createTestDatabase();
    valueOf(await createScenario(db, { document: scenarioNamed('A'), source: 'import', now: NOW, id: 's1' }));
    const rows = valueOf(await readWorkspaceRows(db));
    expect(rows.scenarios.map((s) => s.id)).toEqual(['s1']);
    expect(valueOf(await readWorkspaceIds(db))).toEqual({ scenarioIds: ['s1'], runIds: [], settingKeys: [] });
  });

  it('refuses an invalid scenario document or results of no restored run, writing nothing', async () => {
    const { db } = createTestDatabase();
    valueOf(
      await createScenario(db, { document: scenarioNamed('Kept'), source: 'import', now: NOW, id: 's1' }),
    );
    const before = await dumpStore(db);
    const good = valueOf(await readWorkspaceRows(db)).scenarios[0]!;
    const bad = { ...good, id: 's2', document: { ...good.document, horizonMonths: -5 } };
    const refused = errorOf(
      await restoreWorkspaceRows(db, { scenarios: [bad], runs: [], runResults: [], settings: [] }),
    );
    expect(refused.kind).toBe('invalid');
    if (refused.kind === 'invalid')
      expect(refused.problems[0]!.path).toBe('scenarios[0].document.horizonMonths');
    const orphan = errorOf(
      await restoreWorkspaceRows(db, {
        scenarios: [],
        runs: [],
        runResults: [{ runId: 'nobody', results: 1 }],
        settings: [{ key: 'x', value: 1 }],
      }),
    );
    expect(orphan.kind).toBe('invalid');
    expect(await dumpStore(db)).toStrictEqual(before);
  });

  it('a run replaced by one without results loses its old results', async () => {
    const withResults = await storedRun('r1', true);
    const without = await storedRun('r1', false);
    const { db } = createTestDatabase();
    valueOf(await restoreWorkspaceRows(db, withResults));
    expect(await db.runResults.count()).toBe(1);
    valueOf(await restoreWorkspaceRows(db, without));
    expect(await db.runResults.count()).toBe(0);
    const run = (await db.runs.get('r1')) as StoredRun;
    expect(run.status).toBe('running');
    expect(run.hasResults).toBe(false);
  });
});
