/**
 * The handle a started run gives its caller: progress to subscribe to, a result promise that always
 * settles (done, failed, or cancelled with an `AbortError`), and `cancel()`. `createRunControl` is the
 * engine-independent part: it settles exactly once, throttles progress for the screen, and runs the
 * clean-up (terminating workers) on every way out.
 */

export interface RunProgress {
  /** Share of the work done, 0…1. */
  readonly fraction: number;
  /** Records simulated so far (over all replications in Monte Carlo). */
  readonly recordsDone: number;
  readonly recordsTotal: number;
  readonly elapsedSeconds: number;
  /** Estimated seconds left: extrapolated from progress once there is some, else the a-priori estimate. */
  readonly remainingSeconds: number;
}

export type ProgressListener = (progress: RunProgress) => void;

export interface RunHandle<Outcome> {
  readonly progress: { subscribe(listener: ProgressListener): () => void };
  readonly result: Promise<Outcome>;
  /** Stops the run now: workers are terminated and `result` rejects with an error named `AbortError`. */
  cancel(): void;
}

/** At most this many progress updates per second reach subscribers. */
export const PROGRESS_UPDATES_PER_SECOND = 10;

export interface RunPlan {
  readonly workers: number;
  readonly recordsTotal: number;
  /** Shown as the time left until the first progress report arrives. */
  readonly estimatedSeconds: number;
}

export interface RunControl<Outcome> {
  readonly handle: RunHandle<Outcome>;
  readonly startedAt: number;
  /** Sets the amount of work once it is known (before any report). */
  plan(plan: RunPlan): void;
  /** Records done so far by one worker; subscribers see the sum over workers. */
  report(worker: number, recordsDone: number): void;
  complete(outcome: Outcome): void;
  fail(error: unknown): void;
  settled(): boolean;
}

export function abortError(message = 'The run was cancelled'): Error {
  return new DOMException(message, 'AbortError');
}

export function isAbortError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'AbortError';
}

export function createRunControl<Outcome>(cleanUp: () => void): RunControl<Outcome> {
  const startedAt = performance.now();
  const listeners = new Set<ProgressListener>();
  let work: RunPlan = { workers: 0, recordsTotal: 0, estimatedSeconds: 0 };
  let doneByWorker = new Float64Array(0);
  let lastEmit = Number.NEGATIVE_INFINITY;
  let isSettled = false;
  let resolve!: (outcome: Outcome) => void;
  let reject!: (error: unknown) => void;
  const result = new Promise<Outcome>((ok, fail) => {
    resolve = ok;
    reject = fail;
  });

  const snapshot = (): RunProgress => {
    const recordsDone = doneByWorker.reduce((sum, done) => sum + done, 0);
    const elapsedSeconds = (performance.now() - startedAt) / 1000;
    const fraction = work.recordsTotal > 0 ? Math.min(1, recordsDone / work.recordsTotal) : 0;
    const remainingSeconds =
      fraction > 0
        ? (elapsedSeconds * (1 - fraction)) / fraction
        : Math.max(0, work.estimatedSeconds - elapsedSeconds);
    return { fraction, recordsDone, recordsTotal: work.recordsTotal, elapsedSeconds, remainingSeconds };
  };
  const emit = () => {
    lastEmit = performance.now();
    const progress = snapshot();
    for (const listener of listeners) listener(progress);
  };
  const settle = (finish: () => void) => {
    if (isSettled) return;
    isSettled = true;
    try {
      cleanUp();
    } finally {
      finish();
      listeners.clear();
    }
  };

  return {
    startedAt,
    settled: () => isSettled,
    handle: {
      result,
      progress: {
        subscribe(listener) {
          if (isSettled) return () => {};
          listeners.add(listener);
          listener(snapshot());
          return () => listeners.delete(listener);
        },
      },
      cancel: () => settle(() => reject(abortError())),
    },
    plan(plan) {
      work = plan;
      doneByWorker = new Float64Array(plan.workers);
    },
    report(worker, recordsDone) {
      if (isSettled || worker < 0 || worker >= doneByWorker.length) return;
      doneByWorker[worker] = recordsDone;
      if (performance.now() - lastEmit >= 1000 / PROGRESS_UPDATES_PER_SECOND) emit();
    },
    complete(outcome) {
      settle(() => {
        doneByWorker.fill(0);
        if (doneByWorker.length > 0) doneByWorker[0] = work.recordsTotal;
        emit();
        resolve(outcome);
      });
    },
    fail(error) {
      settle(() => reject(error));
    },
  };
}
