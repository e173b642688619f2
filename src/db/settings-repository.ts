/** App settings as key/value rows (e.g. the last screen, the persistence answer already shown). */
import type { RolloutDatabase, StoredSetting } from './database';
import type { DbFailure, DbResult } from './errors';
import { guarded, invalid, ok } from './errors';

const KEY_PATTERN = /^[a-zA-Z][a-zA-Z0-9._-]{0,63}$/;

function checkKey(key: unknown): DbFailure | null {
  if (typeof key === 'string' && KEY_PATTERN.test(key)) return null;
  return invalid('The setting', [
    {
      path: 'key',
      message: `${JSON.stringify(key) ?? String(key)} is not a setting key (a letter, then letters, digits, ".", "_" or "-"; 1–64 characters)`,
    },
  ]);
}

/** The stored value, or undefined when the key was never set (the caller checks its shape). */
export async function getSetting(db: RolloutDatabase, key: string): Promise<unknown> {
  return (await db.settings.get(key))?.value;
}

/** Stores a value the browser can structure-clone (numbers, text, plain objects, arrays, typed arrays). */
export async function setSetting(
  db: RolloutDatabase,
  key: string,
  value: unknown,
): Promise<DbResult<StoredSetting>> {
  const bad = checkKey(key);
  if (bad) return bad;
  if (value === undefined)
    return invalid('The setting', [{ path: key, message: 'has no value (use deleteSetting to remove it)' }]);
  const row: StoredSetting = { key, value };
  return guarded(async () => {
    await db.settings.put(row);
    return ok(row);
  });
}

export async function deleteSetting(db: RolloutDatabase, key: string): Promise<DbResult<void>> {
  const bad = checkKey(key);
  if (bad) return bad;
  return guarded(async () => {
    await db.settings.delete(key);
    return ok(undefined);
  });
}

export async function listSettings(db: RolloutDatabase): Promise<StoredSetting[]> {
  return db.settings.orderBy('key').toArray();
}
