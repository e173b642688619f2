/**
 * The yearly budget cap, turned into pay shares per office and month before any record is simulated.
 *
 * A ministry allocates money ahead of time from expected workloads; so does this plan. It walks the months
 * with every office's conservative progress (rework included, see `workload`) and pays, out of what is left
 * of the year's cap spread over the months remaining in the year (what a month does not use stays with the
 * year):
 *
 * 1. equipment, when an office's wave starts, as far as the year can pay it and, once a team is at work,
 *    still pay every team, the new one included, a quarter of its staff (`MIN_TEAM_SHARE`); an office that
 *    does not fit waits, unpaid and idle, for a month that can (next January, or the end of the other
 *    teams' budgeted months);
 * 2. every office inside its budgeted months — from its team's start to a conservative budgeted end — the
 *    same share `throttle[m]` of its staff (the rest of its staff are not hired that month);
 * 3. from what 1 and 2 leave of the year, every office past its budgeted end the same share
 *    `overrunThrottle[m]` in every month of that year.
 *
 * An office is paid, and staffed, with that share of its staff (`staffShare`) in every month from its
 * team's start to its go-live month inclusive; its staff stages' capacities scale with the share.
 *
 * Why no calendar year can spend more than the cap, whatever the seed and the mode (hard by construction).
 * Let Y be the year's budget (the cap; in the programme's first calendar year cap × months left / 12) and L
 * what the plan has not booked of it yet. In month m the plan buys an office's equipment only if it fits in
 * L, sets the allowance A = (L − equipment) / months left in the year ≤ L − equipment and books equipment +
 * throttle × D_in, where D_in is the full staff cost of the started offices inside their budgeted months and
 * throttle ≤ A / D_in: L never falls below zero. At the year's end it books overrunThrottle × ΣD_over ≤ L,
 * where ΣD_over sums over the year's months the full staff cost of every started office past its budgeted
 * end — whether or not it still works in a given run. So the year books at most Y. In a run, an office is
 * paid in month m nothing (team not started, or live before m), or throttle[m] (inside its budgeted months)
 * or overrunThrottle[m] (past them) × its staff cost, plus its equipment in its team's start month: never
 * more than the plan booked for it. The plan depends on the scenario alone, never on a draw, so no seed,
 * mode or split over workers spends more than it booked (floating-point rounding aside, relative 1e-15).
 *
 * The price: money booked for an office that went live early is not spent, because offices are simulated
 * independently and it cannot be handed to another one. The budgeted end trades speed for safety: late
 * enough that an office rarely works past it, because past it an office only gets what the year left over
 * (nothing in a year that needs its whole cap). In the Korean and Uzbek presets and the corners of the
 * plausible ranges, no office was seen working past its budgeted end.
 */
import { binomialCdf } from './distributions';
import type { EngineInput } from './engine-input';
import { efficiency } from './engine-input';
import { acceptanceNumber, sampleSize } from './iso2859';
import type { PlannedOffice } from './stages';
import { NETWORK_STAGES, STAFFED_STAGES, STAGE, STAGE_COUNT, STAGE_SPECS } from './stages';

const KEY = STAGE.key;
const QA = STAGE.qa;

/** The fields the plan sets. */
export type BudgetPlan = Pick<
  EngineInput,
  'throttle' | 'overrunThrottle' | 'officeBudgetEnd' | 'officeTeamStart'
>;
type PlanInput = Omit<EngineInput, keyof BudgetPlan>;

/** Risk, per office, that more of its lots are rejected than its budget plans for. */
const REWORK_TAIL = 1e-4;
/** Standard deviations of the office's total keying time (sum of its records' lognormal times) planned for. */
const KEYING_SPREAD_Z = 4;
/** Months budgeted after the plan's conservative finish, for month granularity. */
const SPARE_MONTHS = 1;
/**
 * Share of its staff that the year must still pay every team at work, the new one included, after an
 * office's equipment is bought; otherwise the office waits. Without it a wave whose equipment takes the
 * whole year (Uzbekistan's national wave: 81 bn against a 75 bn cap) idles every running office for a year.
 */
export const MIN_TEAM_SHARE = 0.25;

/** Share of its staff office `o` is paid for (and works with) in month `m`, while it has not gone live. */
export function staffShare(plan: BudgetPlan, o: number, m: number): number {
  if (m < plan.officeTeamStart[o]!) return 0;
  return m <= plan.officeBudgetEnd[o]! ? plan.throttle[m]! : plan.overrunThrottle[m]!;
}

/** Smallest k with P(Binomial(n, p) ≤ k) ≥ 1 − tail; O(k). */
function binomialQuantile(n: number, p: number, tail: number): number {
  if (!(p > 0)) return 0;
  if (p >= 1) return n;
  const logP = Math.log(p);
  const logQ = Math.log1p(-p);
  let logChoose = 0; // ln C(n, k)
  let cdf = 0;
  for (let k = 0; k < n; k++) {
    if (k > 0) logChoose += Math.log((n - k + 1) / k);
    cdf += Math.exp(logChoose + k * logP + (n - k) * logQ);
    if (cdf >= 1 - tail) return k;
  }
  return n;
}

/** An office's conservative workload, as the plan walks it. */
export interface Workload {
  /** Each stage's expected work (its declared `expectedWork`, with the plan's margins): [stage]. */
  readonly stageWork: Float64Array;
  /** Share of the main workload done per month at full staff and efficiency (the slowest staff stage). */
  readonly staffRate: number;
  /** Share of the main workload the office's links carry per month (the budget does not throttle them). */
  readonly networkRate: number;
  /**
   * Months at full staff and efficiency added to the main workload: the line's fill (the stages before the
   * slowest one deliver the first lot) and the last lot's way through the stages after it.
   */
  readonly drainStaff: number;
  /** Months the last lot needs on the links. */
  readonly drainNetwork: number;
}

/**
 * Office `o`'s conservative workload. Kernels put each item through the line in order: a stage serves
 * its work first-come, first-served, and a rejected lot's correction waits on the keying stage until the
 * lot's inspection is done (the keyers are idle meanwhile: at most the inspection's duration). So the
 * office is done no later than when its slowest stage has served all its work, those waits included,
 * plus the line's fill and the last lot's way through the stages after the slowest. The workload takes a
 * high quantile of the rejected lots and of the total keying time, so that an office rarely works past its
 * budgeted end.
 */
export function plannedWorkload(input: PlanInput, o: number): Workload {
  const pages = input.officePages[o]!;
  const records = Math.max(1, input.officeRecords[o]!);
  const meanPages = pages / records;
  const lots = Math.max(1, Math.ceil(pages / input.lotSizePages));
  // An office's last lot is short and inspected by its own, maybe stricter, plan: take the likelier rejection.
  const lastSample = sampleSize(pages - (lots - 1) * input.lotSizePages);
  const lastAccept = binomialCdf(
    acceptanceNumber(lastSample, input.aqlPercent),
    lastSample,
    input.defectProbability,
  );
  const rejectProbability = 1 - Math.min(input.qaAcceptProbability, lastAccept);
  const rejected = binomialQuantile(lots, rejectProbability, REWORK_TAIL);
  // A lot closes at the first record that reaches the lot size: it may run over by about a record.
  const lotPages = Math.min(pages, input.lotSizePages + meanPages);
  const keyingSpread = (input.keyingTimeCv * Math.sqrt(2 - 1 / meanPages)) / Math.sqrt(records);
  const capacity = input.stageCapacity.subarray(o * STAGE_COUNT, (o + 1) * STAGE_COUNT);
  const months = (work: number, s: number) =>
    work <= 0 ? 0 : capacity[s]! > 0 ? work / capacity[s]! : Number.POSITIVE_INFINITY;
  const planned: PlannedOffice = {
    input,
    pages,
    lots,
    rejectedLots: rejected,
    lotPages,
    keyingMargin: 1 + KEYING_SPREAD_Z * keyingSpread,
    inspectionMonths: 0,
  };
  const office = { ...planned, inspectionMonths: months(STAGE_SPECS[QA]!.lotWork(planned), QA) };
  // Every declared stage's work, from the stage list: the plan has no list of its own.
  const stageWork = Float64Array.from(STAGE_SPECS, (stage, s) => stage.expectedWork(office, capacity[s]!));
  const lotWork = Float64Array.from(STAGE_SPECS, (stage) => stage.lotWork(office));
  const rate = (s: number) => (stageWork[s]! > 0 ? capacity[s]! / stageWork[s]! : Number.POSITIVE_INFINITY);
  let staffRate = Number.POSITIVE_INFINITY;
  let slowest = STAFFED_STAGES[0]!;
  for (const s of STAFFED_STAGES)
    if (rate(s) < staffRate) {
      staffRate = rate(s);
      slowest = s;
    }
  let drainStaff = 0;
  for (const s of STAFFED_STAGES) if (s < slowest) drainStaff += months(lotWork[s]!, s);
  // After keying (with every correction) is done, the last lot's second inspection; after another slowest
  // stage, the last lot's keying, inspection, correction and second inspection.
  drainStaff +=
    slowest === KEY
      ? office.inspectionMonths
      : months(lotPages * (input.keyHoursPerPage + input.reworkHoursPerPage), KEY) +
        2 * office.inspectionMonths;
  let networkRate = Number.POSITIVE_INFINITY;
  let drainNetwork = 0;
  for (const s of NETWORK_STAGES) {
    networkRate = Math.min(networkRate, rate(s));
    drainNetwork += lotWork[s]! / capacity[s]!;
  }
  return { stageWork, staffRate, networkRate, drainStaff, drainNetwork };
}

export function planBudget(input: PlanInput, yearlyCap: number): BudgetPlan {
  const { months, officeCount } = input;
  const throttle = new Float64Array(months).fill(1);
  const overrunThrottle = new Float64Array(months).fill(1);
  const officeBudgetEnd = new Int32Array(officeCount).fill(months);
  const officeTeamStart = Int32Array.from(input.officeStartMonth);
  if (!(yearlyCap > 0)) return { throttle, overrunThrottle, officeBudgetEnd, officeTeamStart };
  officeTeamStart.fill(months);

  const loads = Array.from({ length: officeCount }, (_, o) => plannedWorkload(input, o));
  // Per office: share of the main workload done, then months of fill and drain left, then done.
  const progress = new Float64Array(officeCount);
  const drainLeft = new Float64Array(officeCount);
  const planned = new Uint8Array(officeCount);
  let yearLeft = 0;
  let yearStart = 0;
  // Full staff cost of the offices past their budgeted end, summed over the year's months so far.
  let overrunYear = 0;
  for (let m = 0; m < months; m++) {
    const calendarMonth = (input.firstMonth + m) % 12;
    if (calendarMonth === 0 || m === 0) {
      yearLeft = (yearlyCap * (12 - calendarMonth)) / 12;
      yearStart = m;
      overrunYear = 0;
    }
    // Equipment first, in office order, for every office whose wave has started and that has none yet, as
    // far as the year can pay it and, once a team is at work, still pay every team, this one included,
    // MIN_TEAM_SHARE of its staff. (With no team at work the office starts whatever share is left: the
    // year's money would otherwise go unspent.)
    const monthsLeft = 12 - calendarMonth;
    let capital = 0;
    let teams = 0;
    for (let o = 0; o < officeCount; o++)
      if (officeTeamStart[o]! < m && m <= officeBudgetEnd[o]!) teams += input.officeStaffCost[o]!;
    for (let o = 0; o < officeCount; o++) {
      if (officeTeamStart[o]! < months || input.officeStartMonth[o]! > m) continue;
      const cost = input.officeCapitalCost[o]!;
      const staff = input.officeStaffCost[o]!;
      const left = yearLeft - capital - cost;
      if (left < 0 || (teams > 0 && left / monthsLeft < MIN_TEAM_SHARE * (teams + staff))) continue;
      capital += cost;
      teams += staff;
      officeTeamStart[o] = m;
    }
    let budgeted = 0;
    for (let o = 0; o < officeCount; o++) {
      if (officeTeamStart[o]! > m) continue;
      if (m <= officeBudgetEnd[o]!) budgeted += input.officeStaffCost[o]!;
      else overrunYear += input.officeStaffCost[o]!;
    }
    // Staff are paid from what is left of the year after equipment, spread over the months left in it;
    // what a month does not use stays with the year.
    const allowance = Math.max(0, yearLeft - capital) / monthsLeft;
    const share = budgeted > 0 ? Math.min(1, allowance / budgeted) : 1;
    throttle[m] = share;
    yearLeft -= capital + share * budgeted;
    // What the year has left at its end pays the offices past their budgeted end, one share for the year.
    if (calendarMonth === 11 || m === months - 1) {
      const overrunShare = overrunYear > 0 ? Math.min(1, Math.max(0, yearLeft) / overrunYear) : 1;
      overrunThrottle.fill(overrunShare, yearStart, m + 1);
    }

    for (let o = 0; o < officeCount; o++) {
      const start = officeTeamStart[o]!;
      if (start > m || planned[o] === 1) continue;
      const load = loads[o]!;
      const staffing = share * efficiency(input, m - start);
      if (progress[o]! < 1) {
        const step = Math.min(staffing * load.staffRate, load.networkRate);
        progress[o]! += step;
        if (progress[o]! < 1) continue;
        // The drain starts with what is left of the month.
        drainLeft[o] = load.drainStaff - (staffing * (progress[o]! - 1)) / step;
      } else drainLeft[o]! -= staffing;
      if (drainLeft[o]! > 0) continue;
      // Set once, never before this month: every month already walked stays on the side of the end the
      // kernels will see (`staffShare`), which is what makes the plan's booking an upper bound.
      planned[o] = 1;
      officeBudgetEnd[o] = Math.min(months, m + Math.floor(load.drainNetwork) + SPARE_MONTHS);
    }
  }
  return { throttle, overrunThrottle, officeBudgetEnd, officeTeamStart };
}
