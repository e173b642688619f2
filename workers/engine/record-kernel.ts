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
import { lotSampleSize } from './engine-input';
import { drawFromTable, geometricScale } from './distributions';
import { METRIC, METRIC_COUNT } from './engine-types';
import { bookRecordsDone, emptyStep, inspectAndShip, lotRejected } from './lot-flow';
import type { OfficeOutcome, OfficeRow } from './office-outcome';
import { finishOffice } from './office-outcome';
import type { RngState } from './rng';
import type { StageLine } from './stage-line';
import { restartStageLine, serve } from './stage-line';
import { STAGE } from './stages';

const RE_AIM_MASK = 255;
// Stage and metric offsets, resolved once: the per-record loop reads plain constants.
const PREP = STAGE.prep;
const SCAN = STAGE.scan;
const KEY = STAGE.key;
const PAGES_SCANNED = METRIC.pagesScanned;

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
  const step = emptyStep();
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

    // The staffed stages before QA, by name (QA and the links: `inspectAndShip`).
    const prepMonth = serve(line, PREP, start, recordPages * prepHoursPerPage);
    const scanMonth = serve(line, SCAN, prepMonth, recordPages * scanHoursPerPage);
    if (scanMonth < months) metrics[scanMonth * METRIC_COUNT + PAGES_SCANNED]! += recordPages;
    const hard = rng === null ? 1 : drawFromTable(rng, difficulty);
    keyedMonth = serve(line, KEY, scanMonth, recordPages * keyHoursPerPage * hard);

    lotPages += recordPages;
    lotRecords++;
    if (lotPages >= lotSizePages || recordsLeft === 1) {
      const sample = lotSampleSize(input, lotPages);
      const rejected = lotRejected(input, rng, sample);
      step.pages = lotPages;
      step.records = lotRecords;
      step.sample = sample;
      step.rejectedPages = rejected ? lotPages : 0;
      step.rejectedRecords = rejected ? lotRecords : 0;
      step.rejectedSample = rejected ? sample : 0;
      lastDone = inspectAndShip(input, line, keyedMonth, step, metrics);
      bookRecordsDone(
        input,
        metrics,
        rejected ? step.correctedDoneMonth : step.acceptedDoneMonth,
        lotRecords,
      );
      lotPages = 0;
      lotRecords = 0;
    }
  }
  return finishOffice(input, o, line, lastDone, row);
}
