/**
 * Record mode: every record of an office is simulated on its own. Its pages are drawn so the office's
 * records add up exactly to its page total; it goes through preparation, scanning and keying (keying time
 * varies from record to record); records form QA lots of about `lotSizePages` pages, each inspected by an
 * ISO 2859-1 sample; a rejected lot is corrected as a whole and inspected again; accepted lots are uploaded to
 * the office's centre and replicated to the central one. The office goes live when its last lot is replicated.
 *
 * Hot state lives in typed arrays and locals: nothing is allocated per record.
 */
import type { EngineInput } from './engine-input';
import { lotAcceptance, lotSampleSize } from './engine-input';
import { binomial, drawFromTable, geometricScale } from './distributions';
import {
  M_PAGES_SCANNED,
  M_RECORDS_DONE,
  M_RECORDS_REWORKED,
  M_REPLICATED_MB,
  M_UPLOAD_MB,
  METRIC_COUNT,
  STAGE_COUNT,
} from './engine-types';
import type { OfficeOutcome, OfficeRow } from './office-outcome';
import { finishOffice } from './office-outcome';
import type { RngState } from './rng';
import { nextFloat } from './rng';
import type { StageLine } from './stage-line';
import { restartStageLine, serve } from './stage-line';

/**
 * Inspects, corrects if rejected, uploads and replicates one lot; books its records and megabytes.
 * Shared by both kernels so that they differ only in how a lot's contents are drawn.
 */
export function processLot(
  input: EngineInput,
  line: StageLine,
  rng: RngState | null,
  lotPages: number,
  lotRecords: number,
  keyedMonth: number,
  metrics: Float64Array,
): number {
  const months = input.months;
  const sample = lotSampleSize(input, lotPages);
  let qaMonth = serve(line, 3, keyedMonth, sample * input.qaHoursPerPage);
  // A full lot is rejected with the precomputed probability (one uniform, as the binomial inversion would
  // use); an office's short last lot draws its defects.
  const rejected =
    rng !== null &&
    (sample === input.qaSample
      ? nextFloat(rng) >= input.qaAcceptProbability
      : binomial(rng, sample, input.defectProbability) > lotAcceptance(input, sample));
  if (rejected) {
    // Rectifying inspection: the whole lot gets a correcting pass, then a fresh sample.
    const fixedMonth = serve(line, 2, qaMonth, lotPages * input.reworkHoursPerPage);
    qaMonth = serve(line, 3, fixedMonth, sample * input.qaHoursPerPage);
    if (qaMonth < months) metrics[qaMonth * METRIC_COUNT + M_RECORDS_REWORKED]! += lotRecords;
  }
  const mb = lotPages * input.mbPerPage;
  let uploadMonth = qaMonth;
  let doneMonth = qaMonth;
  if (line.networkNeverWaits) {
    line.state[2 * STAGE_COUNT + 4]! += mb;
    line.state[2 * STAGE_COUNT + 5]! += mb;
  } else {
    uploadMonth = serve(line, 4, qaMonth, mb);
    doneMonth = serve(line, 5, uploadMonth, mb);
  }
  if (uploadMonth < months) metrics[uploadMonth * METRIC_COUNT + M_UPLOAD_MB]! += mb;
  if (doneMonth < months) {
    metrics[doneMonth * METRIC_COUNT + M_REPLICATED_MB]! += mb;
    metrics[doneMonth * METRIC_COUNT + M_RECORDS_DONE]! += lotRecords;
  }
  return doneMonth;
}

const RE_AIM_MASK = 255;

export function simulateOfficeRecords(
  input: EngineInput,
  o: number,
  line: StageLine,
  rng: RngState | null,
  difficulty: Float64Array,
  exponential: Float64Array,
  row: OfficeRow,
): OfficeOutcome {
  const months = input.months;
  const metrics = row.metrics;
  const records = input.officeRecords[o]!;
  const pages = input.officePages[o]!;
  const start = input.officeStartMonth[o]!;
  const { prepHoursPerPage, scanHoursPerPage, keyHoursPerPage, lotSizePages } = input;
  restartStageLine(line, input, o);

  // Page counts are geometric around the mean that is still needed to hit the office's page total exactly;
  // the mean is re-aimed every RE_AIM records (a logarithm each time), the draws in between are table lookups.
  let pagesLeft = pages;
  let pagesPerUnitExp = 0;
  let lotPages = 0;
  let lotRecords = 0;
  let keyedMonth = start;
  let lastDone = start;
  for (let i = 0; i < records; i++) {
    const recordsLeft = records - i;
    let recordPages: number;
    if (recordsLeft === 1) recordPages = pagesLeft;
    else if (rng === null)
      recordPages = Math.floor(((i + 1) * pages) / records) - Math.floor((i * pages) / records);
    else {
      const spare = pagesLeft - recordsLeft;
      if ((i & RE_AIM_MASK) === 0) pagesPerUnitExp = geometricScale(spare / recordsLeft);
      const extra = Math.floor(drawFromTable(rng, exponential) * pagesPerUnitExp);
      recordPages = 1 + (extra < spare ? extra : spare);
    }
    pagesLeft -= recordPages;

    const prepMonth = serve(line, 0, start, recordPages * prepHoursPerPage);
    const scanMonth = serve(line, 1, prepMonth, recordPages * scanHoursPerPage);
    if (scanMonth < months) metrics[scanMonth * METRIC_COUNT + M_PAGES_SCANNED]! += recordPages;
    const hard = rng === null ? 1 : drawFromTable(rng, difficulty);
    keyedMonth = serve(line, 2, scanMonth, recordPages * keyHoursPerPage * hard);

    lotPages += recordPages;
    lotRecords++;
    if (lotPages >= lotSizePages || recordsLeft === 1) {
      lastDone = processLot(input, line, rng, lotPages, lotRecords, keyedMonth, metrics);
      lotPages = 0;
      lotRecords = 0;
    }
  }
  return finishOffice(input, o, line, lastDone, row);
}
