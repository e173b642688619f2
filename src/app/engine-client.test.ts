// The run service's ways out, with stand-in workers that never answer (the real path runs in e2e/run.e2e.ts):
// cancel, a worker `error`, a `messageerror`, and how many workers a run asks for.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { buildPresetScenario } from '@/domain/presets/presets';

import { startRun } from './engine-client';
import { isAbortError } from './run-handle';
import type { RunRequest } from './run-request';

class FakeWorker extends EventTarget {
  static spawned: FakeWorker[] = [];
  terminated = false;
  posted = 0;
  constructor(
    readonly url: URL | string,
    readonly options?: WorkerOptions,
  ) {
    super();
    FakeWorker.spawned.push(this);
  }
  postMessage(): void {
    this.posted++;
  }
  terminate(): void {
    this.terminated = true;
  }
  start(): void {}
}

const scenario = buildPresetScenario('korea');
const single: RunRequest = { seed: 1, mode: 'record', stochastic: true, replications: 1, workers: 2 };

beforeEach(() => {
  FakeWorker.spawned = [];
  vi.stubGlobal('Worker', FakeWorker);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('startRun', () => {
  it('spawns module workers, one per share, and posts each its call', () => {
    const handle = startRun(scenario, single);
    expect(FakeWorker.spawned).toHaveLength(2);
    for (const worker of FakeWorker.spawned) {
      expect(worker.options?.type).toBe('module');
      expect(String(worker.url)).toContain('engine.worker');
      expect(worker.posted).toBe(1);
    }
    handle.cancel();
    return expect(handle.result).rejects.toThrow();
  });

  it('never asks for more workers than there are replications', () => {
    const handle = startRun(scenario, { ...single, mode: 'lot', replications: 3, workers: 8 });
    expect(FakeWorker.spawned).toHaveLength(3);
    handle.cancel();
    return handle.result.catch(() => undefined);
  });

  it('cancel terminates every worker and rejects at once with an AbortError', async () => {
    const handle = startRun(scenario, single);
    const seen: number[] = [];
    handle.progress.subscribe((progress) => seen.push(progress.fraction));
    // At once: the result settles with the clock stopped (fake timers), not after some time has passed.
    vi.useFakeTimers();
    let error: unknown = undefined;
    let settled = false;
    void handle.result.catch((e: unknown) => {
      error = e;
      settled = true;
    });
    handle.cancel();
    // Let promise callbacks run (no timer, no time passes).
    for (let tick = 0; tick < 5; tick++) await Promise.resolve();
    vi.useRealTimers();
    expect(settled).toBe(true);
    expect(isAbortError(error)).toBe(true);
    expect(FakeWorker.spawned.every((worker) => worker.terminated)).toBe(true);
    // Cancelling twice is harmless, and nothing is reported after the end.
    handle.cancel();
    expect(seen).toEqual([0]);
  });

  it('a worker error event fails the run with a message naming the worker, and stops the others', async () => {
    const handle = startRun(scenario, single);
    const event = new Event('error', { cancelable: true });
    Object.assign(event, { message: 'Uncaught RangeError: out of memory' });
    FakeWorker.spawned[1]!.dispatchEvent(event);
    await expect(handle.result).rejects.toThrow(
      'Engine worker 2 stopped: Uncaught RangeError: out of memory',
    );
    expect(event.defaultPrevented).toBe(true);
    expect(FakeWorker.spawned.every((worker) => worker.terminated)).toBe(true);
  });

  it('a worker that cannot load fails the run with a clear message', async () => {
    const handle = startRun(scenario, single);
    FakeWorker.spawned[0]!.dispatchEvent(new Event('error', { cancelable: true }));
    await expect(handle.result).rejects.toThrow(/Engine worker 1 stopped: its script could not be loaded/);
  });

  it('a messageerror fails the run', async () => {
    const handle = startRun(scenario, single);
    FakeWorker.spawned[0]!.dispatchEvent(new Event('messageerror'));
    await expect(handle.result).rejects.toThrow('Engine worker 1 sent a message that could not be read');
  });
});
