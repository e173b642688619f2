/**
 * A tandem line of stages with monthly capacities, for one office. Each stage keeps a month pointer and
 * the capacity left in that month; work arriving from upstream in month `from` is served first-come,
 * first-served from there. This is the fluid, month-granular form of a FIFO flow line: O(1) per item,
 * no event queue, and idle capacity while a stage waits for upstream work is lost, as on a real floor.
 */
import { staffShare } from './budget-plan';
import type { EngineInput } from './engine-input';
import { efficiency } from './engine-input';
import { IS_STAFFED, NETWORK_STAGES, STAGE_COUNT } from './stages';

export interface StageLine {
  readonly months: number;
  /**
   * True when the office's links carry all its pages within any one month: then upload and replication
   * never delay a lot (it is done in the month QA released it), and the kernels skip serving them.
   */
  networkNeverWaits: boolean;
  /** Capacity per stage and month: [stage * months + month]. */
  readonly capacity: Float64Array;
  /** [stage] current month, [STAGE_COUNT + stage] capacity left in it, [2 * STAGE_COUNT + stage] work done. */
  readonly state: Float64Array;
}

export function createStageLine(months: number): StageLine {
  return {
    months,
    networkNeverWaits: false,
    capacity: new Float64Array(STAGE_COUNT * months),
    state: new Float64Array(3 * STAGE_COUNT),
  };
}

/**
 * Loads office `o`'s capacities (learning curve, budget share). They are the same in every replication,
 * so Monte Carlo loads them once per office; kernels only restart the line. Staff stages work from the
 * month the office's team starts (its wave's start unless the budget deferred its equipment), with the
 * share of staff the budget pays for (`staffShare`: its budgeted share, then its overrun share).
 */
export function loadCapacities(line: StageLine, input: EngineInput, o: number): void {
  const { months, capacity } = line;
  const start = input.officeStartMonth[o]!;
  const team = input.officeTeamStart[o]!;
  const full = input.stageCapacity.subarray(o * STAGE_COUNT, (o + 1) * STAGE_COUNT);
  capacity.fill(0);
  for (let m = start; m < months; m++) {
    const factor = m < team ? 0 : efficiency(input, m - team) * staffShare(input, o, m);
    // Staffed stages learn and are paid by the budget; links carry the same every month.
    for (let s = 0; s < STAGE_COUNT; s++)
      capacity[s * months + m] = IS_STAFFED[s] === 1 ? full[s]! * factor : full[s]!;
  }
  const officeMb = input.officePages[o]! * input.mbPerPage;
  line.networkNeverWaits = NETWORK_STAGES.every((s) => full[s]! >= officeMb);
}

/** Empties the line and puts every stage at the office's start month. */
export function restartStageLine(line: StageLine, input: EngineInput, o: number): void {
  const { months, capacity, state } = line;
  const start = input.officeStartMonth[o]!;
  for (let s = 0; s < STAGE_COUNT; s++) {
    state[s] = Math.min(start, months);
    state[STAGE_COUNT + s] = start < months ? capacity[s * months + start]! : 0;
    state[2 * STAGE_COUNT + s] = 0;
  }
}

/**
 * Serves `work` at stage `s`, not before month `from`; returns the month it finishes in, or `months`
 * when it does not finish within the horizon.
 */
export function serve(line: StageLine, s: number, from: number, work: number): number {
  const { months, capacity, state } = line;
  let m = state[s]!;
  if (m >= months) return months;
  let left = state[STAGE_COUNT + s]!;
  if (from > m) {
    if (from >= months) {
      state[s] = months;
      return months;
    }
    m = from;
    left = capacity[s * months + m]!;
  }
  state[2 * STAGE_COUNT + s]! += work;
  const base = s * months;
  while (work > left) {
    work -= left;
    m++;
    if (m >= months) {
      state[s] = months;
      state[STAGE_COUNT + s] = 0;
      return months;
    }
    left = capacity[base + m]!;
  }
  state[s] = m;
  state[STAGE_COUNT + s] = left - work;
  return m;
}

/** Fractional time (months) at which stage `s` finished its last work, NaN if it never finished. */
export function finishTime(line: StageLine, s: number): number {
  const { months, capacity, state } = line;
  const m = state[s]!;
  if (m >= months) return Number.NaN;
  const cap = capacity[s * months + m]!;
  return cap > 0 ? m + 1 - state[STAGE_COUNT + s]! / cap : m;
}

export function stageWorkDone(line: StageLine, s: number): number {
  return line.state[2 * STAGE_COUNT + s]!;
}

/** Counts `work` as done at stage `s` without serving it (a link that never makes a lot wait). */
export function addStageWork(line: StageLine, s: number, work: number): void {
  line.state[2 * STAGE_COUNT + s]! += work;
}

/**
 * Serves a batch whose items arrive from upstream one by one between months `firstArrival` and
 * `lastArrival` (a lot in lot mode): the stage may start in the first month, but cannot finish before
 * the last item arrived. Returns the month it finished.
 */
export function serveFlow(
  line: StageLine,
  s: number,
  firstArrival: number,
  lastArrival: number,
  work: number,
): number {
  const finished = serve(line, s, firstArrival, work);
  return finished > lastArrival ? finished : lastArrival;
}

/** The month in which stage `s` would begin work arriving in month `from`. */
export function startMonth(line: StageLine, s: number, from: number): number {
  const at = line.state[s]!;
  return at > from ? at : from;
}
