/**
 * Lot mode, for fast Monte Carlo: an office's work moves through the line in steps of a few QA lots instead
 * of record by record. Each lot's size and inspection outcome are drawn as in record mode (`lotRejected`);
 * a step's keying time is drawn as one normal variate whose spread is that of the sum of its records'
 * keying times in record mode (same per-record distribution), and inspection, correction, upload and
 * replication are those of record mode (`inspectAndShip`), run by run. For Korea, about 10,000 times
 * fewer line steps than records.
 */
import type { EngineInput } from './engine-input';
import { lotSampleSize } from './engine-input';
import { drawFromTable } from './distributions';
import { METRIC, METRIC_COUNT } from './engine-types';
import { bookRecordsDone, emptyStep, inspectAndShip, lotRejected } from './lot-flow';
import type { OfficeOutcome, OfficeRow } from './office-outcome';
import { finishOffice } from './office-outcome';
import type { RngState } from './rng';
import type { StageLine } from './stage-line';
import { restartStageLine, serve, serveFlow, startMonth } from './stage-line';
import { STAGE } from './stages';

const PREP = STAGE.prep;
const SCAN = STAGE.scan;
const KEY = STAGE.key;
const PAGES_SCANNED = METRIC.pagesScanned;

/**
 * QA lots prepared and scanned together (about 80,000 pages for Korea). Keying, inspection and shipping
 * go in runs of lots that end at a rejected lot (or at the step's end): a run is keyed as one flow, its
 * lots are inspected as they leave keying (QA may start the run in the month its first lot was keyed),
 * and a rejected lot is corrected before the next run is keyed, as record mode corrects a lot before it
 * keys the records after it. Each lot keeps its own size, inspection outcome and booking month.
 */
export const LOTS_PER_STEP = 8;

export function simulateOfficeLots(
  input: EngineInput,
  o: number,
  line: StageLine,
  rng: RngState | null,
  normals: Float64Array,
  row: OfficeRow,
): OfficeOutcome {
  const months = input.months;
  const metrics = row.metrics;
  const records = input.officeRecords[o]!;
  const pages = input.officePages[o]!;
  const start = input.officeStartMonth[o]!;
  const meanPages = pages / records;
  // Record mode closes a lot at the first record that reaches the lot size; for geometric page counts
  // the expected overshoot (renewal theory: E[p²] / 2E[p] − 1/2) is μ − 1 pages.
  const fullLotPages = Math.round(input.lotSizePages + meanPages - 1);
  // Page-weighted spread of per-record difficulty over n records: cv² (2 − 1/μ) / n for geometric page
  // counts with mean μ.
  const spreadPerRecord = input.keyingTimeCv * Math.sqrt(2 - 1 / meanPages);
  restartStageLine(line, input, o);
  const run = emptyStep();
  // Per lot of the current step: its pages and records, rejected or not, and the step's pages, records
  // and QA sample up to and including it.
  const lotPagesOf = new Float64Array(LOTS_PER_STEP);
  const lotRecordsOf = new Float64Array(LOTS_PER_STEP);
  const lotRejectedOf = new Uint8Array(LOTS_PER_STEP);
  const pagesThrough = new Float64Array(LOTS_PER_STEP);
  const recordsThrough = new Float64Array(LOTS_PER_STEP);
  const sampleThrough = new Float64Array(LOTS_PER_STEP);

  let pagesLeft = pages;
  let recordsLeft = records;
  let lastDone = start;
  while (recordsLeft > 0) {
    let stepPages = 0;
    let stepRecords = 0;
    let stepSample = 0;
    let count = 0;
    for (; count < LOTS_PER_STEP && recordsLeft > 0; count++) {
      let lotPages = Math.min(pagesLeft, fullLotPages);
      let recordsInLot = Math.max(1, Math.round((lotPages * recordsLeft) / pagesLeft));
      if (recordsInLot >= recordsLeft || pagesLeft - lotPages < recordsLeft - recordsInLot) {
        recordsInLot = recordsLeft;
        lotPages = pagesLeft;
      }
      pagesLeft -= lotPages;
      recordsLeft -= recordsInLot;
      const sample = lotSampleSize(input, lotPages);
      stepPages += lotPages;
      stepRecords += recordsInLot;
      stepSample += sample;
      lotPagesOf[count] = lotPages;
      lotRecordsOf[count] = recordsInLot;
      lotRejectedOf[count] = lotRejected(input, rng, sample) ? 1 : 0;
      pagesThrough[count] = stepPages;
      recordsThrough[count] = stepRecords;
      sampleThrough[count] = stepSample;
    }

    // The step's records flow on one by one, as in record mode: a stage starts on the step in the month
    // the stage before it started, and finishes no earlier than that stage finished.
    const prepFirst = startMonth(line, PREP, start);
    const prepMonth = serve(line, PREP, start, stepPages * input.prepHoursPerPage);
    const scanFirst = startMonth(line, SCAN, prepFirst);
    const scanMonth = serveFlow(line, SCAN, prepFirst, prepMonth, stepPages * input.scanHoursPerPage);
    if (scanMonth < months) metrics[scanMonth * METRIC_COUNT + PAGES_SCANNED]! += stepPages;
    const scanSpan = scanMonth - scanFirst;

    // One keying-time draw for the step, with the spread of the sum of its records' keying times.
    const keyHoursPerPage =
      input.keyHoursPerPage *
      (rng === null
        ? 1
        : Math.max(0, 1 + (spreadPerRecord / Math.sqrt(stepRecords)) * drawFromTable(rng, normals)));

    // Runs of lots up to the next rejected one. A run's keying starts once the step's scanning has
    // started and ends no earlier than its last page was scanned (its point of the step's scanning span).
    for (let first = 0; first < count;) {
      let last = first;
      while (last < count - 1 && lotRejectedOf[last] === 0) last++;
      const before = first === 0 ? 0 : pagesThrough[first - 1]!;
      const runPages = pagesThrough[last]! - before;
      const rejected = lotRejectedOf[last] === 1;
      run.pages = runPages;
      run.records = recordsThrough[last]! - (first === 0 ? 0 : recordsThrough[first - 1]!);
      run.sample = sampleThrough[last]! - (first === 0 ? 0 : sampleThrough[first - 1]!);
      run.rejectedPages = rejected ? lotPagesOf[last]! : 0;
      run.rejectedRecords = rejected ? lotRecordsOf[last]! : 0;
      run.rejectedSample = rejected ? sampleThrough[last]! - (last === 0 ? 0 : sampleThrough[last - 1]!) : 0;

      const scanned =
        scanSpan === 0 ? scanFirst : scanFirst + Math.round((scanSpan * pagesThrough[last]!) / stepPages);
      const keyFirst = startMonth(line, KEY, scanFirst);
      const keyedMonth = serveFlow(line, KEY, scanFirst, scanned, runPages * keyHoursPerPage);
      const keySpan = keyedMonth - keyFirst;
      const firstKeyed =
        keySpan === 0 ? keyFirst : keyFirst + Math.round((keySpan * lotPagesOf[first]!) / runPages);
      lastDone = inspectAndShip(input, line, keyedMonth, run, metrics, firstKeyed);

      // Each accepted lot leaves keying at its own point of the run's keying span and takes the run's
      // delay from keying to replication; a rejected lot (the run's last) is done once corrected and
      // shipped.
      if (rejected) bookRecordsDone(input, metrics, run.correctedDoneMonth, run.rejectedRecords);
      const accepted = rejected ? last - 1 : last;
      if (keySpan === 0)
        bookRecordsDone(input, metrics, run.acceptedDoneMonth, run.records - run.rejectedRecords);
      else {
        const acceptedDelay = run.acceptedDoneMonth - keyedMonth;
        for (let i = first; i <= accepted; i++) {
          const keyed = keyFirst + Math.round((keySpan * (pagesThrough[i]! - before)) / runPages);
          bookRecordsDone(input, metrics, keyed + acceptedDelay, lotRecordsOf[i]!);
        }
      }
      first = last + 1;
    }
  }
  return finishOffice(input, o, line, lastDone, row);
}
