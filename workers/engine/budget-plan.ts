/**
 * The yearly budget cap, turned into a throttle per month before any record is simulated.
 *
 * A ministry allocates money ahead of time from expected workloads; so does this plan. It walks the months
 * with every office's expected (mean) work: equipment is bought when an office starts, and staff are paid
 * from what is left of the year's budget, spread over the months remaining in the year. When staff cost
 * more than that, every active office works with the same reduced share of its staff. Because the plan
 * depends only on the scenario, every worker and every replication sees the same throttle.
 */
import type { EngineInput } from './engine-input';
import { efficiency } from './engine-input';
import { sampleSize } from './iso2859';

type PlanInput = Omit<EngineInput, 'throttle'> & { readonly throttle: Float64Array };

/** Fraction of an office's expected work it does per month at full staff and efficiency. */
function monthlyProgress(input: PlanInput, o: number): number {
  const pages = input.officePages[o]!;
  const lots = Math.max(1, Math.round(pages / input.lotSizePages));
  const work = [
    pages * input.prepHoursPerPage,
    pages * input.scanHoursPerPage,
    pages * input.keyHoursPerPage,
    lots * sampleSize(pages / lots) * input.qaHoursPerPage,
  ];
  let rate = Number.POSITIVE_INFINITY;
  for (let s = 0; s < 4; s++) {
    const capacity = input.staffCapacityHours[o * 4 + s]!;
    if (work[s]! > 0) rate = Math.min(rate, capacity / work[s]!);
  }
  return rate;
}

export function planBudgetThrottle(input: PlanInput, yearlyCap: number): Float64Array {
  const { months, officeCount } = input;
  const throttle = new Float64Array(months).fill(1);
  if (!(yearlyCap > 0)) return throttle;
  const rate = new Float64Array(officeCount);
  for (let o = 0; o < officeCount; o++) rate[o] = monthlyProgress(input, o);
  const progress = new Float64Array(officeCount);
  let yearLeft = yearlyCap;
  for (let m = 0; m < months; m++) {
    const calendarMonth = (input.firstMonth + m) % 12;
    if (calendarMonth === 0 || m === 0)
      yearLeft = m === 0 ? (yearlyCap * (12 - calendarMonth)) / 12 : yearlyCap;
    let capital = 0;
    let staffDemand = 0;
    for (let o = 0; o < officeCount; o++) {
      const start = input.officeStartMonth[o]!;
      if (m === start) capital += input.officeCapitalCost[o]!;
      if (m >= start && progress[o]! < 1) staffDemand += input.officeStaffCost[o]!;
    }
    // Equipment is paid at once; its cost is taken from the rest of the year, not from this month's staff.
    const allowance = Math.max(0, yearLeft - capital) / (12 - calendarMonth);
    const share = staffDemand > 0 ? Math.min(1, allowance / staffDemand) : 1;
    throttle[m] = share;
    yearLeft -= capital + share * staffDemand;
    for (let o = 0; o < officeCount; o++) {
      const start = input.officeStartMonth[o]!;
      if (m >= start && progress[o]! < 1) progress[o]! += share * efficiency(input, m - start) * rate[o]!;
    }
  }
  return throttle;
}
