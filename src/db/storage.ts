/**
 * The browser's storage for this site: whether it is persistent (else the browser may clear it under
 * storage pressure), how much is used, and what a full store looks like to a repository.
 */
import type { DbError } from './errors';

/** The part of `navigator.storage` used here (tests pass their own). */
export interface StorageManagerLike {
  persisted?(): Promise<boolean>;
  persist?(): Promise<boolean>;
  estimate?(): Promise<{ usage?: number; quota?: number }>;
}

export interface StorageStatus {
  /** true: persistent; false: best-effort (may be cleared); null: the browser does not say. */
  readonly persistent: boolean | null;
  readonly usedBytes: number | null;
  readonly quotaBytes: number | null;
  /** "Storage is persistent" / "The browser may clear it" / "The browser does not say whether it keeps it". */
  readonly persistence: string;
  /** "3.2 MB used of 1,024 MB", or "Storage use is not reported". */
  readonly usage: string;
}

const MB = 1024 * 1024;

function megabytes(bytes: number): string {
  const value = bytes / MB;
  const digits = value < 10 ? 1 : 0;
  return `${value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits })} MB`;
}

/** The plain answer the UI shows. */
export function describeStorage(
  persistent: boolean | null,
  usedBytes: number | null,
  quotaBytes: number | null,
): StorageStatus {
  const persistence =
    persistent === true
      ? 'Storage is persistent'
      : persistent === false
        ? 'The browser may clear it'
        : 'The browser does not say whether it keeps it';
  const usage =
    usedBytes === null
      ? 'Storage use is not reported'
      : quotaBytes === null
        ? `${megabytes(usedBytes)} used`
        : `${megabytes(usedBytes)} used of ${megabytes(quotaBytes)}`;
  return { persistent, usedBytes, quotaBytes, persistence, usage };
}

function defaultStorage(): StorageManagerLike | undefined {
  return typeof navigator === 'undefined' ? undefined : navigator.storage;
}

async function attempt<T>(call: (() => Promise<T>) | undefined): Promise<T | null> {
  if (!call) return null;
  try {
    return await call();
  } catch {
    return null;
  }
}

/**
 * Asks for persistent storage (once granted, `persisted()` says so and nothing is asked again) and reads
 * the estimate. Never throws: an API the browser lacks or refuses reads as "not said".
 */
export async function requestPersistentStorage(
  storage: StorageManagerLike | undefined = defaultStorage(),
): Promise<StorageStatus> {
  if (!storage) return describeStorage(null, null, null);
  let persistent = await attempt(storage.persisted?.bind(storage));
  if (persistent !== true) persistent = (await attempt(storage.persist?.bind(storage))) ?? persistent;
  const estimate = await attempt(storage.estimate?.bind(storage));
  const used = typeof estimate?.usage === 'number' ? estimate.usage : null;
  const quota = typeof estimate?.quota === 'number' ? estimate.quota : null;
  return describeStorage(persistent, used, quota);
}

/** Reads the status without asking for anything. */
export async function readStorageStatus(
  storage: StorageManagerLike | undefined = defaultStorage(),
): Promise<StorageStatus> {
  if (!storage) return describeStorage(null, null, null);
  const persistent = await attempt(storage.persisted?.bind(storage));
  const estimate = await attempt(storage.estimate?.bind(storage));
  return describeStorage(
    persistent,
    typeof estimate?.usage === 'number' ? estimate.usage : null,
    typeof estimate?.quota === 'number' ? estimate.quota : null,
  );
}

const QUOTA_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);

/**
 * A quota error: the browser's `QuotaExceededError`, Dexie's error of that name, or either as the `inner`
 * cause of an `AbortError` (some browsers abort the transaction and report the quota as its cause).
 */
export function isQuotaExceeded(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && typeof current === 'object' && current !== null; depth += 1) {
    const { name, inner } = current as { name?: unknown; inner?: unknown };
    if (typeof name === 'string' && QUOTA_NAMES.has(name)) return true;
    current = inner;
  }
  return false;
}

export function quotaExceededError(): Extract<DbError, { kind: 'quota-exceeded' }> {
  return {
    kind: 'quota-exceeded',
    message:
      "The browser's storage for this site is full, so nothing was saved and what was stored is unchanged. " +
      'Delete old runs or export a backup to free space.',
  };
}
