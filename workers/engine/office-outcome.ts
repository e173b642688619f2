/**
 * What both kernels do once an office's items have gone through the line: its go-live month and
 * completion time, its costs per month, and how busy each stage was (the bottleneck is the busiest).
 */
import type { EngineInput } from './engine-input';
import { METRIC, METRIC_COUNT, NEVER } from './engine-types';
import type { StageLine } from './stage-line';
import { finishTime, stageWorkDone } from './stage-line';
import { STAGE_COUNT } from './stages';

const COST = METRIC.cost;

export interface OfficeRow {
  /** The office's metrics block: months × METRIC_COUNT. */
  readonly metrics: Float64Array;
  readonly stageWork: Float64Array;
  readonly stageUtilisation: Float64Array;
}

export interface OfficeOutcome {
  readonly goLiveMonth: number;
  readonly completionTime: number;
}

export function finishOffice(
  input: EngineInput,
  o: number,
  line: StageLine,
  lastDoneMonth: number,
  row: OfficeRow,
): OfficeOutcome {
  const { months } = input;
  const start = input.officeStartMonth[o]!;
  const goLiveMonth = lastDoneMonth < months ? lastDoneMonth : NEVER;
  let completionTime = goLiveMonth === NEVER ? Number.NaN : 0;
  if (goLiveMonth !== NEVER)
    for (let s = 0; s < STAGE_COUNT; s++) {
      const t = finishTime(line, s);
      if (t > completionTime) completionTime = t;
    }
  const end = goLiveMonth === NEVER ? months - 1 : goLiveMonth;
  // Equipment when the team starts; staff, at the share the budget pays for (`staffShare`: the budgeted
  // share to the office's budgeted end, the overrun share after it), in every month from then to the
  // go-live month inclusive (the go-live month is paid in full: the team works until its last lot is live).
  const team = input.officeTeamStart[o]!;
  if (team < months) {
    row.metrics[team * METRIC_COUNT + COST]! += input.officeCapitalCost[o]!;
    const staffCost = input.officeStaffCost[o]!;
    const budgetEnd = Math.min(end, input.officeBudgetEnd[o]!);
    for (let m = team; m <= budgetEnd; m++)
      row.metrics[m * METRIC_COUNT + COST]! += staffCost * input.throttle[m]!;
    for (let m = Math.max(team, budgetEnd + 1); m <= end; m++)
      row.metrics[m * METRIC_COUNT + COST]! += staffCost * input.overrunThrottle[m]!;
  }
  if (row.stageUtilisation.length === 0) return { goLiveMonth, completionTime };
  for (let s = 0; s < STAGE_COUNT; s++) {
    const work = stageWorkDone(line, s);
    let available = 0;
    for (let m = start; m <= end && m < months; m++) available += line.capacity[s * months + m]!;
    row.stageWork[s] = work;
    row.stageUtilisation[s] = available > 0 ? work / available : 0;
  }
  return { goLiveMonth, completionTime };
}
