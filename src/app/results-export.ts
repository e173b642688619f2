/**
 * A saved run's results as files (README "Results export"): the national monthly CSV, the per-office CSV
 * (written with d3-dsv's `csvFormatRows`, which quotes commas, quotes and line breaks), and the run as JSON in
 * the CLI's result format, built by the CLI's own builder (`workers/engine/build-result.ts`).
 *
 * Spreadsheets run a cell that starts with `=`, `+`, `-` or `@` as a formula: every text cell that does is
 * written with a leading `'` (an office named `=cmd|' /C calc'!A0` stays text). Numbers are written as plain
 * numbers (`String(n)`; a value that is not finite is an empty cell).
 */
import { csvFormatRows } from 'd3-dsv';

import { yearMonthFromIndex } from '@/domain/scenario/field-schemas';
import type { Scenario } from '@/domain/scenario/scenario-schema';

import type { FinishedRun } from '../../workers/engine/build-result';
import { buildResultDocument } from '../../workers/engine/build-result';
import { METRIC, METRIC_COUNT, NEVER, STAGE_LABELS, STAGES } from '../../workers/engine/engine-types';
import type { ResultDocument } from '../../workers/engine/result-document';
import type { RunOutcome, SingleRunOutcome } from './engine-client';

/** What an export needs of a stored run (a `StoredRun` has all of it). */
export interface ExportedRun {
  readonly name: string;
  readonly scenario: Scenario;
  readonly seed: number;
  readonly mode: 'record' | 'lot';
  readonly replications: number;
  readonly variability: boolean;
}

export interface Download {
  readonly fileName: string;
  readonly mimeType: string;
  readonly text: string;
}

type Cell = string | number | null;

const FORMULA_START = /^[=+\-@]/;

/** A text cell a spreadsheet would run as a formula gets a leading `'`; other text is left as it is. */
export function guardCell(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function cellText(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  return guardCell(cell);
}

/** Rows to CSV text: header first, CRLF-free (`\n`), numbers plain, text guarded and quoted as needed. */
export function csvText(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return `${csvFormatRows([header.map(guardCell), ...rows.map((row) => row.map(cellText))])}\n`;
}

/** "Korea 2002 (re-run)" → "korea-2002-re-run". */
function fileStem(name: string): string {
  const stem = name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return stem.length > 0 ? stem : 'run';
}

function monthOf(firstMonth: number, index: number): string | null {
  return index === NEVER ? null : yearMonthFromIndex(firstMonth + index);
}

export const NATIONAL_HEADER = [
  'month',
  'records done',
  'pages scanned',
  'records reworked',
  'cost',
  'upload MB',
  'replicated MB',
  'cumulative records done',
] as const;

export const NATIONAL_MONTE_CARLO_HEADER = [
  'month',
  'cumulative records done P10',
  'cumulative records done P50',
  'cumulative records done P90',
] as const;

/**
 * National figures month by month. A single run: each metric in that month and the cumulative records done.
 * Monte Carlo keeps no month-by-month detail, only the P10/P50/P90 curves of cumulative records done.
 */
export function nationalCsv(run: ExportedRun, outcome: RunOutcome): Download {
  const fileName = `${fileStem(run.name)}.national.csv`;
  if (outcome.kind === 'monteCarlo') {
    const bands = outcome.summary.recordsDoneBands;
    const months = Math.floor(bands.length / 3);
    const rows = Array.from({ length: months }, (_, m) => [
      yearMonthFromIndex(outcome.firstMonth + m),
      bands[m * 3]!,
      bands[m * 3 + 1]!,
      bands[m * 3 + 2]!,
    ]);
    return { fileName, mimeType: 'text/csv', text: csvText(NATIONAL_MONTE_CARLO_HEADER, rows) };
  }
  const { result } = outcome;
  let cumulative = 0;
  const rows = Array.from({ length: result.months }, (_, m) => {
    const at = (k: number) => result.national[m * METRIC_COUNT + k]!;
    cumulative += at(METRIC.recordsDone);
    return [
      yearMonthFromIndex(outcome.firstMonth + m),
      at(METRIC.recordsDone),
      at(METRIC.pagesScanned),
      at(METRIC.recordsReworked),
      at(METRIC.cost),
      at(METRIC.uploadMb),
      at(METRIC.replicatedMb),
      cumulative,
    ];
  });
  return { fileName, mimeType: 'text/csv', text: csvText(NATIONAL_HEADER, rows) };
}

export const OFFICE_HEADER = [
  'id',
  'name',
  'region',
  'records',
  'pages',
  'go-live month',
  'bottleneck',
] as const;

export const OFFICE_MONTE_CARLO_HEADER = [
  'id',
  'name',
  'region',
  'records',
  'pages',
  'go-live P10',
  'go-live P50',
  'go-live P90',
] as const;

/**
 * One row per office. A single run: its go-live month (empty if not within the horizon) and the stage that
 * limited it. Monte Carlo: the P10/P50/P90 go-live months (it keeps no bottleneck per office).
 */
export function officesCsv(run: ExportedRun, outcome: RunOutcome): Download {
  const fileName = `${fileStem(run.name)}.offices.csv`;
  const offices = run.scenario.offices;
  if (outcome.kind === 'monteCarlo') {
    const live = outcome.summary.officeGoLive;
    const rows = offices.map((office, o) => [
      office.id,
      office.name,
      office.region,
      office.records,
      office.pages,
      monthOf(outcome.firstMonth, live[o * 3]!),
      monthOf(outcome.firstMonth, live[o * 3 + 1]!),
      monthOf(outcome.firstMonth, live[o * 3 + 2]!),
    ]);
    return { fileName, mimeType: 'text/csv', text: csvText(OFFICE_MONTE_CARLO_HEADER, rows) };
  }
  const { result } = outcome;
  const rows = offices.map((office, o) => [
    office.id,
    office.name,
    office.region,
    office.records,
    office.pages,
    monthOf(outcome.firstMonth, result.goLiveMonth[o]!),
    STAGE_LABELS[STAGES[result.bottleneckStage[o]!] ?? STAGES[0]!],
  ]);
  return { fileName, mimeType: 'text/csv', text: csvText(OFFICE_HEADER, rows) };
}

/** The CLI's builder's input for a saved single run (the app keeps no tornado: no --sensitivity). */
export function finishedRunOf(run: ExportedRun, outcome: SingleRunOutcome): FinishedRun {
  return {
    scenario: run.scenario,
    input: {
      firstMonth: outcome.firstMonth,
      months: outcome.result.months,
      officeCount: outcome.result.officeCount,
    },
    options: { seed: run.seed | 0, mode: run.mode, stochastic: run.variability },
    seed: run.seed,
    workers: outcome.workers,
    replications: 1,
    wallSeconds: outcome.elapsedSeconds,
    result: outcome.result,
    monteCarlo: null,
  };
}

/** The run in the CLI's result format, or null for Monte Carlo (see `resultJson`). */
export function resultDocument(run: ExportedRun, outcome: RunOutcome): ResultDocument | null {
  return outcome.kind === 'single' ? buildResultDocument(finishedRunOf(run, outcome)) : null;
}

/**
 * The run as the CLI's `--out` file (pretty-printed, same builder). A Monte Carlo run has none: the format's
 * detailed part is replication 0's full result, which the app does not keep.
 */
export function resultJson(run: ExportedRun, outcome: RunOutcome): Download | null {
  const doc = resultDocument(run, outcome);
  if (doc === null) return null;
  return {
    fileName: `${fileStem(run.name)}.result.json`,
    mimeType: 'application/json',
    text: `${JSON.stringify(doc, null, 2)}\n`,
  };
}
