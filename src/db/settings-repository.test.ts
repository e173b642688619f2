import { afterEach, describe, expect, it } from 'vitest';

import type { TestDatabase } from './fake-database.test-helper';
import { createTestDatabase, dumpStore, errorOf, valueOf } from './fake-database.test-helper';
import { deleteSetting, getSetting, listSettings, setSetting } from './settings-repository';

let open: TestDatabase | null = null;
function fresh(): TestDatabase {
  open = createTestDatabase();
  return open;
}
afterEach(() => {
  open?.db.close();
  open = null;
});

describe('settings', () => {
  it('sets, reads, overwrites, lists and deletes values', async () => {
    const { db } = fresh();
    expect(await getSetting(db, 'lastScreen')).toBeUndefined();
    valueOf(await setSetting(db, 'lastScreen', 'planner'));
    valueOf(await setSetting(db, 'storage.persistAsked', true));
    valueOf(await setSetting(db, 'columns', { runs: ['date', 'seed'] }));
    expect(await getSetting(db, 'lastScreen')).toBe('planner');
    valueOf(await setSetting(db, 'lastScreen', 'runs'));
    expect(await getSetting(db, 'lastScreen')).toBe('runs');
    expect(await listSettings(db)).toEqual([
      { key: 'columns', value: { runs: ['date', 'seed'] } },
      { key: 'lastScreen', value: 'runs' },
      { key: 'storage.persistAsked', value: true },
    ]);
    valueOf(await deleteSetting(db, 'lastScreen'));
    expect(await getSetting(db, 'lastScreen')).toBeUndefined();
    expect(await db.settings.count()).toBe(2);
  });

  it('refuses a bad key or a missing value and changes nothing', async () => {
    const { db } = fresh();
    valueOf(await setSetting(db, 'a', 1));
    const before = await dumpStore(db);
    for (const key of ['', '__proto__', '1st', 'x'.repeat(65), 'with space']) {
      const error = errorOf(await setSetting(db, key, 2));
      expect(error.kind === 'invalid' && error.problems.map((p) => p.path)).toEqual(['key']);
    }
    const error = errorOf(await setSetting(db, 'a', undefined));
    expect(error.kind === 'invalid' && error.problems).toEqual([
      { path: 'a', message: 'has no value (use deleteSetting to remove it)' },
    ]);
    expect(errorOf(await deleteSetting(db, '__proto__')).kind).toBe('invalid');
    expect(await dumpStore(db)).toEqual(before);
  });
});
