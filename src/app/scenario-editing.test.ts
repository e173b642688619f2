/** The editor's writes on fake-indexeddb: a duplicate of a preset (its plan's values kept), an edit saved, an invalid one not. */
import 'fake-indexeddb/auto';

import { afterEach, describe, expect, it } from 'vitest';

import { getScenario, listScenarios } from '@/db';
import type { TestDatabase } from '@/db/fake-database.test-helper';
import { createTestDatabase } from '@/db/fake-database.test-helper';
import { buildPresetScenario } from '@/domain/presets/presets';

import { editorValuesOf, scenarioFromEditor } from './scenario-editor';
import { duplicateIntoStore, saveEditedScenario } from './scenario-editing';

const T0 = 1_735_689_600_000;

let open: TestDatabase | null = null;
afterEach(() => {
  open?.db.close();
  open = null;
});
function database(): TestDatabase {
  open = createTestDatabase(`scenario-editing-${Math.floor(performance.now() * 1000)}`);
  return open;
}

describe('duplicating and saving edits', () => {
  it('duplicates a preset with its rollout plan’s values, as "Copy of …" from source duplicate', async () => {
    const { db } = database();
    const historical = buildPresetScenario('korea', { rolloutPlan: 'historical' });
    expect(historical.parameters.keyersPerOffice).not.toBe(
      buildPresetScenario('korea').parameters.keyersPerOffice,
    );
    const answer = await duplicateIntoStore(historical, T0, db);
    expect(answer.ok).toBe(true);
    if (!answer.ok) return;
    const row = await getScenario(db, answer.id);
    expect(row?.source).toBe('duplicate');
    expect(row?.name).toBe('Copy of Republic of Korea');
    expect(row?.createdAt).toBe(T0);
    expect(row?.document).toEqual({ ...historical, name: 'Copy of Republic of Korea' });
  });

  it('saves a valid edit over the row, and an invalid document writes nothing', async () => {
    const { db } = database();
    const korea = buildPresetScenario('korea');
    const copy = await duplicateIntoStore(korea, T0, db);
    if (!copy.ok) throw new Error(copy.message);
    const values = editorValuesOf(korea);
    const edited = scenarioFromEditor(korea, {
      name: 'Korea, 30 keyers',
      parameters: { ...values.parameters, keyersPerOffice: 30 },
    });
    if (!edited.ok) throw new Error('expected a valid edit');
    expect(await saveEditedScenario(copy.id, edited.scenario, T0 + 1000, db)).toEqual({
      ok: true,
      id: copy.id,
    });
    const saved = await getScenario(db, copy.id);
    expect(saved?.name).toBe('Korea, 30 keyers');
    expect(saved?.document.parameters.keyersPerOffice).toBe(30);
    expect(saved?.updatedAt).toBe(T0 + 1000);

    const broken = { ...edited.scenario, parameters: { ...edited.scenario.parameters, keyersPerOffice: 0 } };
    const refused = await saveEditedScenario(copy.id, broken, T0 + 2000, db);
    expect(refused).toEqual({
      ok: false,
      message: 'The scenario was not saved: 1 problem',
      problems: ['parameters.keyersPerOffice: 0 is outside 0.5–1,000 FTE'],
    });
    expect(await getScenario(db, copy.id)).toEqual(saved);
    expect(await listScenarios(db)).toHaveLength(1);
  });

  it('answers not-found for a row that is gone', async () => {
    const { db } = database();
    const answer = await saveEditedScenario('missing', buildPresetScenario('korea'), T0, db);
    expect(answer).toEqual({ ok: false, message: 'Scenario "missing" is not in the store', problems: [] });
  });
});
