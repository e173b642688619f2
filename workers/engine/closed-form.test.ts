// Without variability (every duration at its mean, page counts spread evenly, no defects) and without a
// budget cap, an office's completion has an exact closed form, documented in the README ("Closed form"):
//
//   stage capacity per month   c_s = staff_s × size × hoursPerFteYear / 12      (scanning: also ≤ scanner hours)
//   learning curve             e(k) = L0 + (1 − L0) · k / Lm  for k < Lm, else 1
//   cumulative capacity        C_s(t) = c_s · ∫₀ᵗ e                              (e constant within a month)
//   prep, scan, key            T_s = C_s⁻¹(pages × hours per page at s); the first x pages have left keying
//                              in month K(x) = max over these three of ⌈C_s⁻¹(x × hours per page)⌉ − 1
//   QA                         lot j (the first X_j pages) reaches QA in month M_j = K(X_j) with q_j hours
//                              (its ISO 2859 sample / qaPagesPerHour: the nominal lot size's sample for a full
//                              lot, its own size's for the last, partial one);
//                              T_qa = max over j of C_qa⁻¹(C_qa(M_j) + Σ_{k ≥ j} q_k)
//   office completion          start + max(T_prep, T_scan, T_key, T_qa)
//
// (Upload and replication add nothing when an office's links carry all its pages within a month, as here.)
// The plain `max_s T_s` (every stage as if alone) is only a lower bound: it leaves out the last lot's QA
// sample after keying ends, up to 0.93 months for the Korean preset's smallest office and more with slower QA.
// The test computes the exact form from the parameters alone and checks the engine to 10⁻⁶ month.
import { describe, expect, it } from 'vitest';

import { defaultParameterValues } from '../../src/domain/parameters/parameter-catalogue';
import { buildPresetScenario } from '../../src/domain/presets/presets';
import type { Scenario } from '../../src/domain/scenario/scenario-schema';
import { prepareEngineInput } from './engine-input';
import { METRIC_COUNT, METRICS } from './engine-types';
import { sampleSize } from './iso2859';
import { simulateShard } from './simulate';
import { syntheticScenario } from './testing/synthetic-scenario';

type Parameters = Readonly<Record<string, number | string>>;

const TOLERANCE_MONTHS = 1e-6;
const SECONDS_PER_MONTH = (365.25 / 12) * 86_400;
const RECORDS_DONE = METRICS.indexOf('recordsDone');

function value(p: Parameters, key: string): number {
  const v = p[key];
  if (typeof v !== 'number') throw new Error(`parameter ${key} is not a number`);
  return v;
}

/** A staff stage's cumulative capacity C(t) (hours by t months after the office started) and its inverse. */
function capacityCurve(perMonth: number, p: Parameters) {
  const l0 = value(p, 'learningStartEfficiency');
  const lm = value(p, 'learningMonths');
  const month = (k: number): number => perMonth * (lm > 0 && k < lm ? l0 + ((1 - l0) * k) / lm : 1);
  return {
    at(t: number): number {
      let hours = 0;
      for (let k = 0; k < Math.floor(t); k++) hours += month(k);
      return hours + (t - Math.floor(t)) * month(Math.floor(t));
    },
    inverse(hours: number): number {
      let done = 0;
      for (let k = 0; ; k++) {
        if (done + month(k) >= hours) return k + (hours - done) / month(k);
        done += month(k);
      }
    },
  };
}

interface OfficeForm {
  /** Months from the office's start to its completion (the exact form). */
  readonly exact: number;
  /** max_s T_s: every stage as if it worked alone (the former README formula, a lower bound). */
  readonly plain: number;
}

function closedForm(records: number, pages: number, averagePages: number, p: Parameters): OfficeForm {
  const size = pages / averagePages;
  const fteHoursPerMonth = value(p, 'hoursPerFteYear') / 12;
  const scanners = Math.max(1, Math.round(value(p, 'scannersPerOffice') * size));
  const scannerHoursPerMonth =
    (scanners * value(p, 'shiftsPerDay') * value(p, 'hoursPerShift') * value(p, 'workingDaysPerYear')) / 12;
  const keyingPasses =
    p.captureMode === 'double' ? 2 : p.captureMode === 'ocrEdit' ? 1 / value(p, 'ocrEditSpeedup') : 1;
  const staff = (key: string): number => value(p, key) * size * fteHoursPerMonth;
  const flow = {
    prep: {
      curve: capacityCurve(staff('prepStaffPerOffice'), p),
      hoursPerPage: 1 / value(p, 'prepPagesPerHour'),
    },
    scan: {
      curve: capacityCurve(Math.min(staff('scanOperatorsPerOffice'), scannerHoursPerMonth), p),
      hoursPerPage: 1 / value(p, 'scanPagesPerHour'),
    },
    key: {
      curve: capacityCurve(staff('keyersPerOffice'), p),
      hoursPerPage: (value(p, 'charsPerPage') * keyingPasses) / value(p, 'keyingKph'),
    },
  };
  const flowStages = Object.values(flow);
  const keyedMonth = (x: number): number =>
    Math.max(...flowStages.map((s) => Math.ceil(s.curve.inverse(x * s.hoursPerPage)) - 1));

  // Record i has ⌊iP/R⌋ − ⌊(i−1)P/R⌋ pages; a lot closes at the record that brings it to the lot size,
  // the last lot with the office's last record.
  const lotSize = value(p, 'qaLotSizePages');
  const lots: { lastPage: number; qaHours: number }[] = [];
  let closed = 0;
  for (let i = 1; i <= records; i++) {
    const x = Math.floor((i * pages) / records);
    if (x - closed < lotSize && i < records) continue;
    const sample = x - closed >= lotSize ? sampleSize(lotSize) : sampleSize(x - closed);
    lots.push({ lastPage: x, qaHours: sample / value(p, 'qaPagesPerHour') });
    closed = x;
  }
  const qa = capacityCurve(staff('qaStaffPerOffice'), p);
  let qaAfter = 0;
  let qaFinish = 0;
  for (let j = lots.length - 1; j >= 0; j--) {
    qaAfter += lots[j]!.qaHours;
    qaFinish = Math.max(qaFinish, qa.inverse(qa.at(keyedMonth(lots[j]!.lastPage)) + qaAfter));
  }
  const flowFinish = Math.max(...flowStages.map((s) => s.curve.inverse(pages * s.hoursPerPage)));
  return {
    exact: Math.max(flowFinish, qaFinish),
    plain: Math.max(flowFinish, qa.inverse(qa.at(0) + qaAfter)),
  };
}

/**
 * Runs `indices` of the scenario deterministically in record mode, checks each against the closed form and
 * returns how far the exact form is above the plain one (months).
 */
function checkOffices(scenario: Scenario, indices: readonly number[]): number[] {
  const p = scenario.parameters as Parameters;
  expect(value(p, 'yearlyBudgetCap')).toBe(0);
  const input = prepareEngineInput(scenario);
  const { months } = input;
  const result = simulateShard(input, indices, { seed: 1, mode: 'record', stochastic: false });
  const averagePages = scenario.offices.reduce((sum, o) => sum + o.pages, 0) / scenario.offices.length;
  // The links carry any office's pages within a month (the narrower link, shared by every office).
  const linkMbPerMonth =
    (Math.min(value(p, 'regionalIngestMbps'), value(p, 'centralIngestMbps')) / 8) *
    (SECONDS_PER_MONTH / scenario.offices.length);
  return indices.map((o, row) => {
    const office = scenario.offices[o]!;
    expect((office.pages * value(p, 'imageKbPerPage')) / 1024).toBeLessThan(linkMbPerMonth);
    const start = input.officeStartMonth[o]!;
    const form = closedForm(office.records, office.pages, averagePages, p);
    const engine = result.completionTime[row]! - start;
    expect(
      Math.abs(engine - form.exact),
      `${office.id} (${office.pages} pages): engine ${engine}, closed form ${form.exact}`,
    ).toBeLessThanOrEqual(TOLERANCE_MONTHS);
    // Go-live is the month the last lot is replicated, and every record is booked done by then.
    expect(result.goLiveMonth[row], office.id).toBe(Math.ceil(start + form.exact) - 1);
    let done = 0;
    for (let m = 0; m < months; m++)
      done += result.metrics[(row * months + m) * METRIC_COUNT + RECORDS_DONE]!;
    expect(done, office.id).toBe(office.records);
    return form.exact - form.plain;
  });
}

const offices = [
  { records: 20_000, pages: 71_000, startOffset: 0 },
  { records: 60_000, pages: 214_000, startOffset: 12 },
  { records: 5_000, pages: 17_800, startOffset: 3 },
  { records: 150_000, pages: 540_000, startOffset: 24 },
  // Small offices: one partial lot; a full lot and a short one; a full lot and a third of one.
  { records: 1_200, pages: 4_100, startOffset: 5 },
  { records: 3_000, pages: 10_400, startOffset: 0 },
  { records: 3_700, pages: 13_201, startOffset: 7 },
];

const averagePages = offices.reduce((sum, o) => sum + o.pages, 0) / offices.length;

describe('closed form (no variability, no budget cap)', () => {
  const cases: Parameters[] = [
    {},
    { keyersPerOffice: 6, learningMonths: 0 },
    { scannersPerOffice: 1, scanPagesPerHour: 60 },
    { qaPagesPerHour: 30, qaStaffPerOffice: 0.5, qaLotSizePages: 3_201 },
    { captureMode: 'single', keyersPerOffice: 4 },
    { captureMode: 'ocrEdit', qaLotSizePages: 2_000, qaPagesPerHour: 20 },
    { qaStaffPerOffice: 0.3, qaPagesPerHour: 20, learningMonths: 12 },
  ];
  const withDefaults = (overrides: Parameters): Parameters => ({
    ...defaultParameterValues(),
    yearlyBudgetCap: 0,
    ...overrides,
  });

  for (const overrides of cases)
    it(`matches the engine to 10⁻⁶ month for ${JSON.stringify(overrides)}`, () => {
      const scenario = syntheticScenario(offices, withDefaults(overrides), 400);
      checkOffices(
        scenario,
        offices.map((_, o) => o),
      );
    });

  it('differs from every stage alone by the last lot inspected after keying ends', () => {
    const gaps = cases.flatMap((overrides) =>
      offices.map((office) => {
        const form = closedForm(office.records, office.pages, averagePages, withDefaults(overrides));
        return form.exact - form.plain;
      }),
    );
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(-TOLERANCE_MONTHS);
    // So a 10⁻⁶-month check tells the two apart: many offices by more than 0.1 month, one by over a month.
    expect(gaps.filter((gap) => gap > 0.1).length).toBeGreaterThanOrEqual(10);
    expect(Math.max(...gaps)).toBeGreaterThan(1);
  });

  it("matches the engine for the Korean preset's smallest offices", () => {
    const preset = buildPresetScenario('korea');
    const scenario: Scenario = { ...preset, parameters: { ...preset.parameters, yearlyBudgetCap: 0 } };
    const smallest = scenario.offices
      .map((office, o) => ({ o, pages: office.pages }))
      .sort((a, b) => a.pages - b.pages)
      .slice(0, 4)
      .map((office) => office.o);
    const gaps = checkOffices(scenario, smallest);
    // The smallest office's last lot (about 4,900 pages, a 200-page sample) takes most of a month of QA.
    expect(gaps[0]!).toBeGreaterThan(0.1);
  });
});
