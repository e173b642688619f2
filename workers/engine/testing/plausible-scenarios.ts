/**
 * Small scenarios drawn from the plausible ranges of the parameters that shape an office's line, for the
 * record-vs-lot agreement test. Each parameter is drawn at the low end of its range, at the high end, or
 * uniformly inside it (one chance in three each), so corners are common; wide ranges (bandwidth, image
 * size, error rates, lot size) are drawn on a log scale. Offices are few and their records have more pages
 * than Korea's 3.6 (3–8), so record mode stays fast; staff still scale with each office's pages, as in a
 * preset.
 */
import { engineNumericParameters } from '../../../src/domain/parameters/engine-parameters';
import { defaultParameterValues } from '../../../src/domain/parameters/parameter-catalogue';
import type { Scenario } from '../../../src/domain/scenario/scenario-schema';
import type { RngState } from '../rng';
import { createRng, nextFloat } from '../rng';
import type { SyntheticOffice } from './synthetic-scenario';
import { syntheticScenario } from './synthetic-scenario';

/** The line's parameters that are drawn; every other parameter keeps its default. */
export const LINE_PARAMETERS = [
  'prepPagesPerHour',
  'prepStaffPerOffice',
  'scanPagesPerHour',
  'scanOperatorsPerOffice',
  'scannersPerOffice',
  'shiftsPerDay',
  'keyingKph',
  'charsPerPage',
  'ocrEditSpeedup',
  'keyersPerOffice',
  'keyingTimeCv',
  'singlePassErrorRate',
  'doubleKeyErrorRate',
  'ocrEditErrorRate',
  'criticalCharsPerPage',
  'qaLotSizePages',
  'qaAqlPercent',
  'qaPagesPerHour',
  'qaStaffPerOffice',
  'learningStartEfficiency',
  'learningMonths',
  'imageKbPerPage',
  'regionalIngestMbps',
  'centralIngestMbps',
] as const;

const LOG_SCALE = new Set<string>([
  'singlePassErrorRate',
  'doubleKeyErrorRate',
  'ocrEditErrorRate',
  'qaLotSizePages',
  'imageKbPerPage',
  'regionalIngestMbps',
  'centralIngestMbps',
]);

/** The corner of issue 11 where steps of lots drifted 16 months from record mode: QA is busy. */
export const QA_BUSY: Readonly<Record<string, number | string>> = {
  qaPagesPerHour: 30,
  qaStaffPerOffice: 0.5,
  qaLotSizePages: 3_201,
  keyersPerOffice: 40,
};

function drawParameter(rng: RngState, key: string): number {
  const spec = engineNumericParameters.find((p) => p.key === key);
  if (!spec) throw new Error(`no engine parameter ${key}`);
  const [low, high] = spec.range;
  const corner = nextFloat(rng);
  const u = nextFloat(rng);
  let value: number;
  if (corner < 1 / 3) value = low;
  else if (corner < 2 / 3) value = high;
  else value = LOG_SCALE.has(key) ? low * Math.pow(high / low, u) : low + (high - low) * u;
  return spec.integer ? Math.round(value) : value;
}

export interface PlausibleScenario {
  readonly label: string;
  readonly scenario: Scenario;
}

/**
 * Pages an average office gets through in a month at full speed: its slowest stage's capacity over that
 * stage's hours per page (double keying: two passes; QA: the lot's sample over the lot). Only used to size
 * offices, so that every scenario takes years, not days or centuries.
 */
function pagesPerMonth(p: Readonly<Record<string, number | string>>): number {
  const n = (key: string) => Number(p[key]);
  const hours = n('hoursPerFteYear') / 12;
  const scanHours = Math.min(
    n('scanOperatorsPerOffice') * hours,
    (n('scannersPerOffice') * n('shiftsPerDay') * n('hoursPerShift') * n('workingDaysPerYear')) / 12,
  );
  const passes = p.captureMode === 'double' ? 2 : p.captureMode === 'ocrEdit' ? 1 / n('ocrEditSpeedup') : 1;
  const lot = n('qaLotSizePages');
  const sampleShare = (lot <= 10_000 ? 200 : lot <= 35_000 ? 315 : 500) / lot;
  return Math.min(
    n('prepStaffPerOffice') * hours * n('prepPagesPerHour'),
    scanHours * n('scanPagesPerHour'),
    (n('keyersPerOffice') * hours * n('keyingKph')) / (n('charsPerPage') * passes),
    (n('qaStaffPerOffice') * hours * n('qaPagesPerHour')) / sampleShare,
  );
}

/**
 * `count` scenarios drawn with `seed`, the first of them the QA-busy corner with every other parameter at
 * its default. Each has `officeCount` offices starting within two years, sized so that an average office
 * needs 12–48 months at full speed but kept within 60,000–1,000,000 pages (so the slowest corners take up
 * to ~10 years). No budget cap: the test is about the line.
 */
export function plausibleScenarios(seed: number, count: number, officeCount = 3): PlausibleScenario[] {
  const rng = createRng(seed, 0);
  const out: PlausibleScenario[] = [];
  for (let i = 0; i < count; i++) {
    const modes = ['single', 'double', 'ocrEdit'];
    const captureMode = modes[Math.min(2, Math.floor(3 * nextFloat(rng)))]!;
    const drawn: Record<string, number | string> = { captureMode };
    for (const key of LINE_PARAMETERS) drawn[key] = drawParameter(rng, key);
    const parameters: Record<string, number | string> = {
      ...defaultParameterValues(),
      ...(i === 0 ? QA_BUSY : drawn),
      yearlyBudgetCap: 0,
    };
    const months = 12 + 36 * nextFloat(rng);
    const averagePages = Math.min(1_000_000, Math.max(60_000, months * pagesPerMonth(parameters)));
    const offices: SyntheticOffice[] = Array.from({ length: officeCount }, (_, o) => {
      const pages = Math.round(averagePages * (0.7 + 0.6 * nextFloat(rng)));
      const pagesPerRecord = 3 + 5 * nextFloat(rng);
      return {
        pages,
        records: Math.round(pages / pagesPerRecord),
        startOffset: o === 0 ? 0 : Math.floor(24 * nextFloat(rng)),
      };
    });
    const label =
      `#${i} ${parameters.captureMode}, QA ${Math.round(Number(parameters.qaPagesPerHour))} p/h × ` +
      `${Number(parameters.qaStaffPerOffice).toFixed(2)}, lot ${parameters.qaLotSizePages}, ` +
      `keyers ${Number(parameters.keyersPerOffice).toFixed(1)}, ${Math.round(averagePages)} pages/office`;
    out.push({ label, scenario: syntheticScenario(offices, parameters, 600) });
  }
  return out;
}
