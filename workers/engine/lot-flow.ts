/**
 * What happens to QA lots once they leave keying, shared by both kernels so that they differ only in how
 * a lot's contents are drawn: ISO 2859-1 inspection of each lot's sample, a correcting pass and a fresh
 * inspection for a rejected lot (rectifying inspection), then upload to the office's centre and replication
 * to the central one. Megabytes and reworked records are booked here, in the month they happen; each
 * kernel books its records done (`bookRecordsDone`), lot by lot.
 */
import type { EngineInput } from './engine-input';
import { lotAcceptance } from './engine-input';
import { binomial } from './distributions';
import { METRIC, METRIC_COUNT } from './engine-types';
import type { RngState } from './rng';
import { nextFloat } from './rng';
import type { StageLine } from './stage-line';
import { addStageWork, serve, serveFlow, startMonth } from './stage-line';
import { NETWORK_STAGES, STAGE, STAGE_SPECS } from './stages';

const KEY = STAGE.key;
const QA = STAGE.qa;
const RECORDS_DONE = METRIC.recordsDone;
const RECORDS_REWORKED = METRIC.recordsReworked;
/** The network stages a lot is shipped through after QA, in order, and the metric each books its MB in. */
const SHIP_STAGES = Int32Array.from(NETWORK_STAGES);
const SHIP_METRICS = Int32Array.from(NETWORK_STAGES, (s) => {
  const stage = STAGE_SPECS[s]!;
  return stage.kind === 'network' ? METRIC[stage.metric] : -1;
});

/**
 * Whether a lot inspected with a sample of `sample` pages is rejected (never without variability). A full
 * lot uses its precomputed acceptance probability (one uniform, as the binomial inversion would); an
 * office's short last lot draws its defects.
 */
export function lotRejected(input: EngineInput, rng: RngState | null, sample: number): boolean {
  if (rng === null) return false;
  if (sample === input.qaSample) return nextFloat(rng) >= input.qaAcceptProbability;
  return binomial(rng, sample, input.defectProbability) > lotAcceptance(input, sample);
}

/**
 * The pages of lots that left keying together (record mode: one lot; lot mode: a run of lots whose last
 * one may be rejected), split into accepted and rejected pages.
 */
export interface KeyedStep {
  pages: number;
  records: number;
  /** Sum of the lots' QA sample sizes. */
  sample: number;
  rejectedPages: number;
  rejectedRecords: number;
  rejectedSample: number;
  /** Set by `inspectAndShip`: months in which the accepted and the corrected pages were replicated. */
  acceptedDoneMonth: number;
  correctedDoneMonth: number;
}

export function emptyStep(): KeyedStep {
  return {
    pages: 0,
    records: 0,
    sample: 0,
    rejectedPages: 0,
    rejectedRecords: 0,
    rejectedSample: 0,
    acceptedDoneMonth: 0,
    correctedDoneMonth: 0,
  };
}

/**
 * Inspects a run of lots that left keying between `firstKeyedMonth` (its first lot) and `keyedMonth` (its
 * last; record mode: one lot, both the same), corrects and re-inspects its rejected pages, ships accepted
 * pages as soon as their inspection is done and corrected ones after their second inspection. The run
 * flows as its lots do: QA may start it in the month its first lot was keyed, and upload in the month QA
 * started it. Books megabytes and reworked records; the caller books records done (`bookRecordsDone`)
 * from `step.acceptedDoneMonth` and `step.correctedDoneMonth`. Returns the month the run's last page was
 * replicated.
 */
export function inspectAndShip(
  input: EngineInput,
  line: StageLine,
  keyedMonth: number,
  step: KeyedStep,
  metrics: Float64Array,
  firstKeyedMonth = keyedMonth,
): number {
  const qaWork = step.sample * input.qaHoursPerPage;
  let qaFirst: number;
  let qaMonth: number;
  if (firstKeyedMonth < keyedMonth) {
    qaFirst = startMonth(line, QA, firstKeyedMonth);
    qaMonth = serveFlow(line, QA, firstKeyedMonth, keyedMonth, qaWork);
  } else qaFirst = qaMonth = serve(line, QA, keyedMonth, qaWork);
  let doneMonth = ship(input, line, qaFirst, qaMonth, step.pages - step.rejectedPages, metrics);
  step.acceptedDoneMonth = doneMonth;
  if (step.rejectedPages > 0) {
    const fixedMonth = serve(line, KEY, qaMonth, step.rejectedPages * input.reworkHoursPerPage);
    const recheckedMonth = serve(line, QA, fixedMonth, step.rejectedSample * input.qaHoursPerPage);
    if (recheckedMonth < input.months)
      metrics[recheckedMonth * METRIC_COUNT + RECORDS_REWORKED]! += step.rejectedRecords;
    const correctedMonth = ship(input, line, recheckedMonth, recheckedMonth, step.rejectedPages, metrics);
    step.correctedDoneMonth = correctedMonth;
    if (correctedMonth > doneMonth) doneMonth = correctedMonth;
  }
  return doneMonth;
}

/** Books `records` as done (verified and replicated) in `month`, if it is within the horizon. */
export function bookRecordsDone(
  input: EngineInput,
  metrics: Float64Array,
  month: number,
  records: number,
): void {
  if (month < input.months) metrics[month * METRIC_COUNT + RECORDS_DONE]! += records;
}

/**
 * Ships `pages` whose inspection ended between `qaFirst` (first lot) and `qaMonth` (last lot) through the
 * network stages in order (upload, then replication), each booking its megabytes in its metric; returns
 * the month the last one carried them. Each link may start in the month the one before it started and
 * finishes no earlier than that one finished.
 */
function ship(
  input: EngineInput,
  line: StageLine,
  qaFirst: number,
  qaMonth: number,
  pages: number,
  metrics: Float64Array,
): number {
  if (pages <= 0) return qaMonth;
  const months = input.months;
  const mb = pages * input.mbPerPage;
  const neverWaits = line.networkNeverWaits;
  let first = qaFirst;
  let month = qaMonth;
  for (let k = 0; k < SHIP_STAGES.length; k++) {
    const s = SHIP_STAGES[k]!;
    if (neverWaits) addStageWork(line, s, mb);
    else if (first < month) {
      const next = startMonth(line, s, first);
      month = serveFlow(line, s, first, month, mb);
      first = next;
    } else first = month = serve(line, s, month, mb);
    if (month < months) metrics[month * METRIC_COUNT + SHIP_METRICS[k]!]! += mb;
  }
  return month;
}
