// Without variability (every duration at its mean, no defects) and without a budget cap, an office's
// completion has a closed form, documented in the README ("Closed form"):
//
//   stage capacity per month   c_s = staff_s × size × hoursPerFteYear / 12      (scanning: also ≤ scanner hours)
//   learning curve             e(k) = L0 + (1 − L0) · k / Lm  for k < Lm, else 1
//   stage work                 W_s = pages × hours per page at stage s           (QA: lots × sample / rate)
//   stage finish T_s           the t at which c_s · ∫₀ᵗ e = W_s (e constant within a month)
//   office completion          start + max_s T_s
//
// The test computes this from the scenario's parameters alone and checks the engine within 1 %.
import { describe, expect, it } from 'vitest';

import { defaultParameterValues } from '../../src/domain/parameters/parameter-catalogue';
import { prepareEngineInput } from './engine-input';
import { sampleSize } from './iso2859';
import { simulateAll } from './run';
import { syntheticScenario } from './testing/synthetic-scenario';

const offices = [
  { records: 20_000, pages: 71_000, startOffset: 0 },
  { records: 60_000, pages: 214_000, startOffset: 12 },
  { records: 5_000, pages: 17_800, startOffset: 3 },
  { records: 150_000, pages: 540_000, startOffset: 24 },
];

function finishMonths(capacityPerMonth: number, work: number, l0: number, lm: number): number {
  let done = 0;
  for (let k = 0; ; k++) {
    const efficiency = lm > 0 && k < lm ? l0 + ((1 - l0) * k) / lm : 1;
    const month = capacityPerMonth * efficiency;
    if (done + month >= work) return k + (work - done) / month;
    done += month;
  }
}

function closedForm(pages: number, averagePages: number, p: Record<string, number>): number {
  const size = pages / averagePages;
  const hoursPerFteMonth = p.hoursPerFteYear! / 12;
  const scannerHours =
    (Math.max(1, Math.round(p.scannersPerOffice! * size)) *
      (p.shiftsPerDay! * p.hoursPerShift! * p.workingDaysPerYear!)) /
    12;
  const lots = Math.ceil(pages / (p.qaLotSizePages! + 3));
  const stages: [capacity: number, work: number][] = [
    [p.prepStaffPerOffice! * size * hoursPerFteMonth, pages / p.prepPagesPerHour!],
    [
      Math.min(p.scanOperatorsPerOffice! * size * hoursPerFteMonth, scannerHours),
      pages / p.scanPagesPerHour!,
    ],
    [p.keyersPerOffice! * size * hoursPerFteMonth, (pages * p.charsPerPage! * 2) / p.keyingKph!],
    [
      p.qaStaffPerOffice! * size * hoursPerFteMonth,
      (lots * sampleSize(p.qaLotSizePages!)) / p.qaPagesPerHour!,
    ],
  ];
  return Math.max(
    ...stages.map(([c, w]) => finishMonths(c, w, p.learningStartEfficiency!, p.learningMonths!)),
  );
}

describe('closed form (no variability, no budget cap)', () => {
  const cases: Record<string, number>[] = [
    {},
    { keyersPerOffice: 6, learningMonths: 0 },
    { scannersPerOffice: 1, scanPagesPerHour: 60 },
  ];
  for (const overrides of cases)
    it(`matches the engine within 1 % for ${JSON.stringify(overrides)}`, () => {
      const parameters = { ...defaultParameterValues(), yearlyBudgetCap: 0, ...overrides } as Record<
        string,
        number
      >;
      const scenario = syntheticScenario(offices, parameters, 360);
      const result = simulateAll(prepareEngineInput(scenario), {
        seed: 1,
        mode: 'record',
        stochastic: false,
      });
      const averagePages = offices.reduce((sum, o) => sum + o.pages, 0) / offices.length;
      offices.forEach((office, o) => {
        const expected = closedForm(office.pages, averagePages, parameters);
        const engine = result.completionTime[o]! - office.startOffset;
        expect(
          Math.abs(engine - expected) / expected,
          `office ${o}: engine ${engine}, formula ${expected}`,
        ).toBeLessThanOrEqual(0.01);
      });
    });
});
