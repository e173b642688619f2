import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { createRunControl, isAbortError, PROGRESS_UPDATES_PER_SECOND } from './run-handle';

function control() {
  const cleanUp = vi.fn();
  const run = createRunControl<string>(cleanUp);
  run.plan({ workers: 2, recordsTotal: 100, estimatedSeconds: 3 });
  return { run, cleanUp };
}

// The control reads the clock through performance.now(); fake timers (which fake performance too) make the
// elapsed time exact, so no test waits for or depends on the wall clock.
beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date', 'performance'] }));
afterEach(() => vi.useRealTimers());

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

  it('sums progress over workers, throttles it, and ends at 1', () => {
    const { run } = control();
    const seen: number[] = [];
    run.handle.progress.subscribe((p) => seen.push(p.fraction));
    run.report(0, 10);
    run.report(1, 30);
    // The first report passes; the second comes within the same tenth of a second and is held back.
    expect(seen).toEqual([0, 0.1]);
    // Just under a tenth of a second later, a report is still held back; at a tenth it passes.
    vi.advanceTimersByTime(1000 / PROGRESS_UPDATES_PER_SECOND - 1);
    run.report(0, 15);
    expect(seen).toEqual([0, 0.1]);
    vi.advanceTimersByTime(1);
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
    let elapsed = Number.NaN;
    run.handle.progress.subscribe((p) => {
      remaining = p.remainingSeconds;
      elapsed = p.elapsedSeconds;
    });
    // Before any report: the plan's 3 s, less the time passed.
    expect(remaining).toBe(3);
    vi.advanceTimersByTime(500);
    run.report(0, 0);
    expect(remaining).toBe(2.5);
    vi.advanceTimersByTime(700);
    run.report(0, 25);
    // A quarter done after 1.2 s: 1.2 × 0.75 / 0.25 = 3.6 s left.
    expect(elapsed).toBeCloseTo(1.2, 12);
    expect(remaining).toBeCloseTo(3.6, 12);
    vi.advanceTimersByTime(800);
    run.report(0, 50);
    // Half done after 2 s: as much time left as has passed.
    expect(remaining).toBeCloseTo(2, 12);
  });
});
