/**
 * Precomputed playback frames from one simulation result: per month and office the status (0 waiting,
 * 1 digitizing, 2 live) and the digitized share of its records. Computed once when a run arrives, so a
 * slider step is only a diff of two rows and a few setFeatureState calls (docs/performance.md §1.9).
 */
import type { SimulationResult } from '../../workers/engine/engine-types';
import { METRIC, METRIC_COUNT, NEVER } from '../../workers/engine/engine-types';

export const WAITING = 0;
export const DIGITIZING = 1;
export const LIVE = 2;

export interface RolloutFrames {
  readonly months: number;
  readonly officeCount: number;
  /** [month * officeCount + office] */
  readonly status: Uint8Array;
  /** [month * officeCount + office], 0…1 */
  readonly share: Float32Array;
  /** Offices live at the end of each month. */
  readonly liveCount: Int32Array;
  /**
   * The first month with the same office statuses as month m (m itself when a status changed at m): the
   * office list re-renders only when it changes, not on every slider step.
   */
  readonly statusSince: Int32Array;
  readonly goLiveMonth: Int32Array;
}

export function buildRolloutFrames(
  result: SimulationResult,
  officeRecords: readonly number[],
): RolloutFrames {
  const { months, officeCount, metrics, goLiveMonth } = result;
  const status = new Uint8Array(months * officeCount);
  const share = new Float32Array(months * officeCount);
  const liveCount = new Int32Array(months);
  for (let o = 0; o < officeCount; o++) {
    const records = officeRecords[o] ?? 0;
    const goLive = goLiveMonth[o] ?? NEVER;
    let done = 0;
    for (let m = 0; m < months; m++) {
      done += metrics[(o * months + m) * METRIC_COUNT + METRIC.recordsDone] ?? 0;
      const at = m * officeCount + o;
      share[at] = records > 0 ? Math.min(1, done / records) : 0;
      const live = goLive !== NEVER && m >= goLive;
      status[at] = live ? LIVE : done > 0 ? DIGITIZING : WAITING;
      if (live) liveCount[m]!++;
    }
  }
  const statusSince = new Int32Array(months);
  for (let m = 1; m < months; m++) {
    let same = true;
    for (let o = 0; o < officeCount && same; o++)
      same = status[m * officeCount + o] === status[(m - 1) * officeCount + o];
    statusSince[m] = same ? statusSince[m - 1]! : m;
  }
  return { months, officeCount, status, share, liveCount, goLiveMonth, statusSince };
}

/** "Mar 1995" for month index m of a scenario starting at "YYYY-MM". */
export function monthLabel(startMonth: string, m: number): string {
  const [year = 0, month = 1] = startMonth.split('-').map(Number);
  const index = year * 12 + (month - 1) + m;
  const name = MONTHS[index % 12] ?? '';
  return `${name} ${Math.floor(index / 12)}`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
