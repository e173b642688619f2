/**
 * What a repository call answers: the value, or a typed error the UI can show as it is. Nothing is
 * written when the answer is an error (every write is one transaction, validated before it starts).
 */
import type { ValidationProblem } from '../domain/scenario/validate-scenario';
import { quotaExceededError, isQuotaExceeded } from './storage';

export type { ValidationProblem };

export type DbError =
  /** The input broke a rule; each problem names the field, the value and the rule. */
  | { readonly kind: 'invalid'; readonly message: string; readonly problems: readonly ValidationProblem[] }
  | { readonly kind: 'not-found'; readonly message: string }
  /** The row is not in a state that allows the change (e.g. finishing a run that is not running). */
  | { readonly kind: 'conflict'; readonly message: string }
  /** The browser refused the write for lack of space. */
  | { readonly kind: 'quota-exceeded'; readonly message: string }
  /** Any other storage failure, with the browser's error. */
  | { readonly kind: 'storage-failed'; readonly message: string; readonly cause: unknown };

export interface DbFailure {
  readonly ok: false;
  readonly error: DbError;
}

export type DbResult<T> = { readonly ok: true; readonly value: T } | DbFailure;

export function ok<T>(value: T): DbResult<T> {
  return { ok: true, value };
}

export function invalid(what: string, problems: readonly ValidationProblem[]): DbFailure {
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  return { ok: false, error: { kind: 'invalid', message: `${what} was not saved: ${count}`, problems } };
}

export function notFound(what: string, id: string): DbFailure {
  return { ok: false, error: { kind: 'not-found', message: `${what} "${id}" is not in the store` } };
}

export function conflict(message: string): DbFailure {
  return { ok: false, error: { kind: 'conflict', message } };
}

/** A storage error as a typed answer (quota errors, bare or as an AbortError's inner, become 'quota-exceeded'). */
export function storageError(error: unknown): DbFailure {
  if (isQuotaExceeded(error)) return { ok: false, error: quotaExceededError() };
  const name = typeof error === 'object' && error !== null ? (error as { name?: unknown }).name : undefined;
  const message = error instanceof Error ? error.message : String(error);
  return {
    ok: false,
    error: {
      kind: 'storage-failed',
      message: `The browser's storage failed (${typeof name === 'string' ? name : 'error'}: ${message}); nothing was changed`,
      cause: error,
    },
  };
}

/** Runs a store operation; a thrown storage error becomes a typed answer. */
export async function guarded<T>(operation: () => Promise<DbResult<T>>): Promise<DbResult<T>> {
  try {
    return await operation();
  } catch (error) {
    return storageError(error);
  }
}
