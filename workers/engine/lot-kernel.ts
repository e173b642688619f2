/**
 * Lot mode, for fast Monte Carlo: an office's work moves through the line in steps of a few QA lots instead
 * of record by record. Each lot's size and inspection outcome are drawn as in record mode (`lotRejected`);
 * a step's keying time is drawn as one normal variate whose spread is that of the sum of its records'
 * keying times in record mode (same per-record distribution), and its inspection, correction, upload and
 * replication are those of record mode (`inspectAndShip`). About 20,000 times fewer line steps per office.
 */
import type { EngineInput } from './engine-input';
import { lotSampleSize } from './engine-input';
import { drawFromTable } from './distributions';
import { M_PAGES_SCANNED, METRIC_COUNT } from './engine-types';
import { bookRecordsDone, emptyStep, inspectAndShip, lotRejected } from './lot-flow';
import type { OfficeOutcome, OfficeRow } from './office-outcome';
import { finishOffice } from './office-outcome';
import type { RngState } from './rng';
import type { StageLine } from './stage-line';
import { restartStageLine, serve, serveFlow, startMonth } from './stage-line';

/**
 * QA lots moved through the line together (about 80,000 pages for Korea). Each lot keeps its own size,
 * inspection outcome and booking month; what a step shares is its line steps: prep, scan and key are
 * served once, the sampled pages of its lots are inspected together once the step is keyed, and its
 * rejected lots are corrected together after that. The record-vs-lot test bounds the effect: P50
 * completion and the P50 national curve within a month of record mode.
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
  const step = emptyStep();
  // Per lot of the current step: its records, the step's pages up to and including it, rejected or not.
  const lotRecords = new Float64Array(LOTS_PER_STEP);
  const lotKeyedShare = new Float64Array(LOTS_PER_STEP);
  const lotRejectedFlag = new Uint8Array(LOTS_PER_STEP);

  let pagesLeft = pages;
  let recordsLeft = records;
  let lastDone = start;
  while (recordsLeft > 0) {
    step.pages = step.records = step.sample = 0;
    step.rejectedPages = step.rejectedRecords = step.rejectedSample = 0;
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
      const rejected = lotRejected(input, rng, sample);
      step.pages += lotPages;
      step.records += recordsInLot;
      step.sample += sample;
      if (rejected) {
        step.rejectedPages += lotPages;
        step.rejectedRecords += recordsInLot;
        step.rejectedSample += sample;
      }
      lotRecords[count] = recordsInLot;
      lotKeyedShare[count] = step.pages;
      lotRejectedFlag[count] = rejected ? 1 : 0;
    }

    // The step's records flow on one by one, as in record mode: a stage starts on the step in the month
    // the stage before it started, and finishes no earlier than that stage finished.
    const stepPages = step.pages;
    const prepFirst = startMonth(line, 0, start);
    const prepMonth = serve(line, 0, start, stepPages * input.prepHoursPerPage);
    const scanFirst = startMonth(line, 1, prepFirst);
    const scanMonth = serveFlow(line, 1, prepFirst, prepMonth, stepPages * input.scanHoursPerPage);
    if (scanMonth < months) metrics[scanMonth * METRIC_COUNT + M_PAGES_SCANNED]! += stepPages;
    const noise =
      rng === null ? 0 : (spreadPerRecord / Math.sqrt(step.records)) * drawFromTable(rng, normals);
    const keyFirst = startMonth(line, 2, scanFirst);
    const keyWork = stepPages * input.keyHoursPerPage * Math.max(0, 1 + noise);
    const keyedMonth = serveFlow(line, 2, scanFirst, scanMonth, keyWork);
    lastDone = inspectAndShip(input, line, keyedMonth, step, metrics);

    // Lots leave keying one after another across the step's keying span and take the step's own delay
    // from keying to replication: records are booked lot by lot, so the national curve does not lag.
    const acceptedDelay = step.acceptedDoneMonth - keyedMonth;
    for (let i = 0; i < count; i++) {
      const keyed = keyFirst + Math.round(((keyedMonth - keyFirst) * lotKeyedShare[i]!) / stepPages);
      const done =
        lotRejectedFlag[i] === 1 ? step.correctedDoneMonth : Math.min(keyed + acceptedDelay, lastDone);
      bookRecordsDone(input, metrics, done, lotRecords[i]!);
    }
  }
  return finishOffice(input, o, line, lastDone, row);
}
