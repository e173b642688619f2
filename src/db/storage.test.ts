import { Dexie } from 'dexie';
import { describe, expect, it, vi } from 'vitest';

import { describeStorage, isQuotaExceeded, readStorageStatus, requestPersistentStorage } from './storage';

const MB = 1024 * 1024;

describe('describeStorage', () => {
  it('words the answer the UI shows', () => {
    expect(describeStorage(true, 3.2 * MB, 1024 * MB)).toEqual({
      persistent: true,
      usedBytes: 3.2 * MB,
      quotaBytes: 1024 * MB,
      persistence: 'Storage is persistent',
      usage: '3.2 MB used of 1,024 MB',
    });
    expect(describeStorage(false, 0, 500 * MB)).toMatchObject({
      persistence: 'The browser may clear it',
      usage: '0.0 MB used of 500 MB',
    });
    expect(describeStorage(null, 25 * MB, null)).toMatchObject({
      persistence: 'The browser does not say whether it keeps it',
      usage: '25 MB used',
    });
    expect(describeStorage(null, null, null).usage).toBe('Storage use is not reported');
  });
});

describe('requestPersistentStorage', () => {
  it('asks for persistence when the store is not yet persistent, then reads the estimate', async () => {
    const storage = {
      persisted: vi.fn(async () => false),
      persist: vi.fn(async () => true),
      estimate: vi.fn(async () => ({ usage: 12 * MB, quota: 2048 * MB })),
    };
    const status = await requestPersistentStorage(storage);
    expect(storage.persist).toHaveBeenCalledTimes(1);
    expect(status).toMatchObject({
      persistent: true,
      persistence: 'Storage is persistent',
      usage: '12 MB used of 2,048 MB',
    });
  });

  it('does not ask again once persistent', async () => {
    const storage = {
      persisted: async () => true,
      persist: vi.fn(async () => false),
      estimate: async () => ({}),
    };
    expect((await requestPersistentStorage(storage)).persistent).toBe(true);
    expect(storage.persist).not.toHaveBeenCalled();
  });

  it('reports a refusal as "may clear it", and a missing or failing API as "does not say"', async () => {
    const refused = { persisted: async () => false, persist: async () => false };
    expect(await requestPersistentStorage(refused)).toMatchObject({
      persistent: false,
      persistence: 'The browser may clear it',
      usage: 'Storage use is not reported',
    });
    const failing = {
      persisted: async (): Promise<boolean> => {
        throw new Error('denied');
      },
      persist: async (): Promise<boolean> => {
        throw new Error('denied');
      },
      estimate: async (): Promise<{ usage?: number; quota?: number }> => {
        throw new Error('denied');
      },
    };
    expect((await requestPersistentStorage(failing)).persistent).toBeNull();
    expect((await requestPersistentStorage(undefined)).persistence).toBe(
      'The browser does not say whether it keeps it',
    );
  });

  it('readStorageStatus never asks', async () => {
    const storage = {
      persisted: async () => false,
      persist: vi.fn(async () => true),
      estimate: async () => ({ usage: 0, quota: MB }),
    };
    expect((await readStorageStatus(storage)).persistent).toBe(false);
    expect(storage.persist).not.toHaveBeenCalled();
  });
});

describe('isQuotaExceeded', () => {
  it('knows the quota error bare, as Dexie reports it, and as an abort cause', () => {
    const bare = new DOMException('full', 'QuotaExceededError');
    expect(isQuotaExceeded(bare)).toBe(true);
    expect(isQuotaExceeded(new Dexie.QuotaExceededError('full'))).toBe(true);
    expect(isQuotaExceeded(new Dexie.AbortError('Transaction aborted', bare))).toBe(true);
    expect(isQuotaExceeded({ name: 'NS_ERROR_DOM_QUOTA_REACHED' })).toBe(true);
  });

  it('does not take other errors for it', () => {
    expect(isQuotaExceeded(new Dexie.AbortError('Transaction aborted'))).toBe(false);
    expect(isQuotaExceeded(new Dexie.ConstraintError('Key already exists'))).toBe(false);
    expect(isQuotaExceeded(new Error('QuotaExceededError'))).toBe(false);
    expect(isQuotaExceeded(null)).toBe(false);
    expect(isQuotaExceeded('QuotaExceededError')).toBe(false);
  });
});
