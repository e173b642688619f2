/**
 * Benchmark hook. Opened with `?bench` (exactly that, or `?bench=1`), the app exposes
 * `window.__rrlBench.run(options)`, which starts a run through the same path as the planner's Run button
 * (run panel → run service → workers → merge → screen), so `scripts/bench-browser.ts` can time runs
 * without clicking. Without the flag nothing is exposed.
 */
import type { RunOutcome } from './engine-client';
import type { RunRequest } from './run-request';
import { validateRunRequest } from './run-request';

/** What a benchmark run reports back to the script (plain data). */
export interface BenchRunReport {
  readonly kind: RunOutcome['kind'];
  readonly workers: number;
  /** Run service: start → outcome ready (before React renders it), milliseconds. */
  readonly serviceMs: number;
  /** Last worker share in → outcome ready (merge or summary, in a worker), milliseconds. */
  readonly mergeMs: number;
  /** Synchronous main-thread work of the run service during that time, milliseconds. */
  readonly mainThreadMs: number;
  readonly records?: number;
  readonly pages?: number;
  readonly completionMonth: number;
}

export interface BenchApi {
  /** True once the planner's run panel is on screen and can take runs. */
  ready(): boolean;
  run(options: unknown): Promise<BenchRunReport>;
}

type Runner = (request: RunRequest) => Promise<RunOutcome>;
let runner: Runner | null = null;

/** The run panel offers its start function while it is mounted; returns the withdrawal. */
export function provideBenchRunner(start: Runner): () => void {
  runner = start;
  return () => {
    if (runner === start) runner = null;
  };
}

/** `?bench` or `?bench=1` and no other parameter: anything else leaves the hook off. */
export function benchRequested(search: string): boolean {
  const params = new URLSearchParams(search);
  const keys = [...params.keys()];
  return keys.length === 1 && keys[0] === 'bench' && ['', '1'].includes(params.get('bench') ?? '');
}

function report(outcome: RunOutcome): BenchRunReport {
  const common = {
    kind: outcome.kind,
    workers: outcome.workers,
    serviceMs: outcome.elapsedSeconds * 1000,
    mergeMs: outcome.mergeMs,
    mainThreadMs: outcome.mainThreadMs,
  };
  return outcome.kind === 'single'
    ? {
        ...common,
        records: outcome.recordsCompleted,
        pages: outcome.pagesScanned,
        completionMonth: outcome.result.completionMonth,
      }
    : { ...common, completionMonth: outcome.summary.completionMonth.p50 };
}

const api: BenchApi = {
  ready: () => runner !== null,
  async run(options) {
    const checked = validateRunRequest(options);
    if ('problems' in checked) throw new Error(checked.problems.join('; '));
    if (!runner) throw new Error('the run panel is not on screen: open #/planner first');
    return report(await runner(checked.request));
  },
};

/** Called once from src/main.tsx. */
export function registerBenchHook(search: string): void {
  if (!benchRequested(search)) return;
  Object.defineProperty(window, '__rrlBench', { value: Object.freeze(api), enumerable: false });
}
