import { describe, expect, it, vi } from 'vitest';

import { createRunControl, isAbortError, PROGRESS_UPDATES_PER_SECOND } from './run-handle';

function control() {
  const cleanUp = vi.fn();
  const run = createRunControl<string>(cleanUp);
  run.plan({ workers: 2, recordsTotal: 100, estimatedSeconds: 3 });
  return { run, cleanUp };
}

describe('createRunControl', () => {
  it('settles once: the first of complete, fail and cancel wins, and clean-up runs once', async () => {
    const { run, cleanUp } = control();
    run.complete('done');
    run.fail(new Error('late'));
    run.handle.cancel();
    await expect(run.handle.result).resolves.toBe('done');
    expect(cleanUp).toHaveBeenCalledTimes(1);
    expect(run.settled()).toBe(true);
  });

  it('cancel rejects with an AbortError', async () => {
    const { run, cleanUp } = control();
    run.handle.cancel();
    const error = await run.handle.result.catch((e: unknown) => e);
    expect(isAbortError(error)).toBe(true);
    expect(cleanUp).toHaveBeenCalledTimes(1);
  });

  it('sums progress over workers, throttles it, and ends at 1', async () => {
    const { run } = control();
    const seen: number[] = [];
    run.handle.progress.subscribe((p) => seen.push(p.fraction));
    run.report(0, 10);
    run.report(1, 30);
    // The first report passes; the second comes within the same tenth of a second and is held back.
    expect(seen).toEqual([0, 0.1]);
    await new Promise((resolve) => setTimeout(resolve, 1000 / PROGRESS_UPDATES_PER_SECOND + 5));
    run.report(0, 20);
    expect(seen).toEqual([0, 0.1, 0.5]);
    run.complete('done');
    expect(seen.at(-1)).toBe(1);
    run.report(0, 50);
    expect(seen.at(-1)).toBe(1);
  });

  it('estimates time left from the plan, then from progress', () => {
    const { run } = control();
    let remaining = Number.NaN;
    run.handle.progress.subscribe((p) => (remaining = p.remainingSeconds));
    expect(remaining).toBeGreaterThan(2.9);
    expect(remaining).toBeLessThanOrEqual(3);
    run.report(0, 50);
    // Half done: as much time left as has passed, which is next to nothing here.
    expect(remaining).toBeLessThan(0.5);
  });
});
