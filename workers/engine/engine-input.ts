/**
 * Compiles a validated scenario into the engine's flat input: per-office typed arrays, work per page per
 * stage, capacities per month, and the budget throttle. Plain data, so it crosses to workers unchanged.
 */
import type { Scenario } from '../../src/domain/scenario/scenario-schema';
import { monthIndex } from '../../src/domain/scenario/field-schemas';
import { planBudget } from './budget-plan';
import { binomialCdf } from './distributions';
import { acceptanceNumber, sampleSize } from './iso2859';
import type { OfficeSizing } from './stages';
import { STAGE_COUNT, STAGE_SPECS } from './stages';

export interface EngineInput {
  readonly months: number;
  /** Absolute month index of month 0 (year × 12 + month − 1). */
  readonly firstMonth: number;
  readonly officeCount: number;
  readonly centreCount: number;
  readonly officeRecords: Float64Array;
  readonly officePages: Float64Array;
  readonly officeStartMonth: Int32Array;
  /** Index into the scenario's centres of the office's own (regional or central) centre. */
  readonly officeCentre: Int32Array;
  /** Index of the central centre, which receives every replicated page. */
  readonly centralCentre: number;
  /**
   * Capacity per office, stage and month, from each stage's declared rule (`stages.ts`): hours at full
   * staff and efficiency for a staffed stage, MB for a network stage: [office * STAGE_COUNT + stage].
   */
  readonly stageCapacity: Float64Array;
  /** Staff cost per office and month at full staffing, in the scenario currency. */
  readonly officeStaffCost: Float64Array;
  /** Equipment bought when an office starts. */
  readonly officeCapitalCost: Float64Array;
  readonly prepHoursPerPage: number;
  readonly scanHoursPerPage: number;
  /** All keying passes of the capture mode together. */
  readonly keyHoursPerPage: number;
  /** One correcting pass over a rejected lot. */
  readonly reworkHoursPerPage: number;
  readonly qaHoursPerPage: number;
  readonly mbPerPage: number;
  /** Probability that a page leaves keying with a defect (a critical character wrong). */
  readonly defectProbability: number;
  readonly lotSizePages: number;
  readonly aqlPercent: number;
  /** ISO 2859-1 sample size and acceptance number of a full lot. */
  readonly qaSample: number;
  readonly qaAcceptance: number;
  /** Probability that a full lot passes its inspection: P(Binomial(qaSample, defectProbability) ≤ qaAcceptance). */
  readonly qaAcceptProbability: number;
  readonly keyingTimeCv: number;
  readonly learningStart: number;
  readonly learningMonths: number;
  /**
   * The budget plan (`budget-plan.ts`; read through `staffShare`). Share of its staff the budget pays
   * for, per month (1 = no throttling), for an office inside its budgeted months…
   */
  readonly throttle: Float64Array;
  /** …and for an office still working past its budgeted end (paid from what the year left unallocated). */
  readonly overrunThrottle: Float64Array;
  /** Last month the plan budgets for each office (`months`: not within the horizon). */
  readonly officeBudgetEnd: Int32Array;
  /**
   * Month each office's equipment is bought and its team starts: its wave's start, unless the year's
   * budget cannot pay the equipment then and still pay the teams at work (`months`: never).
   */
  readonly officeTeamStart: Int32Array;
}

const HOURS_PER_MONTH_DIVISOR = 12;
const SECONDS_PER_MONTH = (365.25 / 12) * 86_400;

/**
 * QA sample size of a lot. Full lots use the plan's nominal lot size (how a QA plan is written), so a lot
 * that closes a few pages over 10,000 is still inspected as a 10,000-page lot; only an office's last,
 * partial lot is looked up by its own size.
 */
export function lotSampleSize(input: EngineInput, lotPages: number): number {
  return lotPages >= input.lotSizePages ? input.qaSample : sampleSize(lotPages);
}

export function lotAcceptance(input: EngineInput, sample: number): number {
  return sample === input.qaSample ? input.qaAcceptance : acceptanceNumber(sample, input.aqlPercent);
}

/** Learning curve: efficiency `monthsActive` months after an office started. */
export function efficiency(
  input: Pick<EngineInput, 'learningStart' | 'learningMonths'>,
  monthsActive: number,
): number {
  if (input.learningMonths <= 0 || monthsActive >= input.learningMonths) return 1;
  return input.learningStart + ((1 - input.learningStart) * monthsActive) / input.learningMonths;
}

/** The numeric parameters the engine reads (every one is required by the scenario schema). */
const ENGINE_KEYS = [
  'prepPagesPerHour',
  'scanPagesPerHour',
  'keyingKph',
  'charsPerPage',
  'ocrEditSpeedup',
  'keyingTimeCv',
  'singlePassErrorRate',
  'doubleKeyErrorRate',
  'ocrEditErrorRate',
  'criticalCharsPerPage',
  'qaLotSizePages',
  'qaAqlPercent',
  'qaPagesPerHour',
  'prepStaffPerOffice',
  'scanOperatorsPerOffice',
  'scannersPerOffice',
  'keyersPerOffice',
  'qaStaffPerOffice',
  'shiftsPerDay',
  'hoursPerShift',
  'workingDaysPerYear',
  'hoursPerFteYear',
  'learningStartEfficiency',
  'learningMonths',
  'imageKbPerPage',
  'regionalIngestMbps',
  'centralIngestMbps',
  'yearlyBudgetCap',
  'staffCostPerFteMonth',
  'scannerCost',
  'workstationCost',
] as const;
/** A numeric parameter the engine reads (a staffed stage's `fte` must be one). */
export type EngineParameterKey = (typeof ENGINE_KEYS)[number];
type EngineParameters = Record<EngineParameterKey, number> & { readonly captureMode: string };

function engineParameters(scenario: Scenario): EngineParameters {
  const values = scenario.parameters as Record<string, unknown>;
  const out: Record<string, number | string> = { captureMode: String(values.captureMode) };
  for (const key of ENGINE_KEYS) {
    const value = values[key];
    if (typeof value !== 'number') throw new Error(`scenario parameter ${key} is missing`);
    out[key] = value;
  }
  return out as EngineParameters;
}

function keyingPasses(mode: string, ocrSpeedup: number): number {
  if (mode === 'double') return 2;
  if (mode === 'ocrEdit') return 1 / ocrSpeedup;
  return 1;
}

export function prepareEngineInput(scenario: Scenario): EngineInput {
  const p = engineParameters(scenario);
  const months = scenario.horizonMonths;
  const firstMonth = monthIndex(scenario.startMonth);
  const officeCount = scenario.offices.length;
  const centreIndex = new Map(scenario.centres.map((c, i) => [c.id, i]));
  const totalPages = scenario.offices.reduce((sum, o) => sum + o.pages, 0);
  const averagePages = totalPages / officeCount;

  const officeRecords = new Float64Array(officeCount);
  const officePages = new Float64Array(officeCount);
  const officeStartMonth = new Int32Array(officeCount).fill(months);
  const officeCentre = new Int32Array(officeCount);
  const stageCapacity = new Float64Array(officeCount * STAGE_COUNT);
  const officeStaffCost = new Float64Array(officeCount);
  const officeCapitalCost = new Float64Array(officeCount);

  const waveStart = new Map<string, number>();
  for (const wave of scenario.rollout.waves)
    for (const id of wave.officeIds) waveStart.set(id, monthIndex(wave.startMonth) - firstMonth);

  // Offices share their centre's bandwidth equally (a fixed share: the link is provisioned per office).
  const officesPerCentre = new Float64Array(scenario.centres.length);
  for (const office of scenario.offices) officesPerCentre[centreIndex.get(office.centreId) ?? 0]! += 1;
  const centralLinkOffices = officeCount;

  const hoursPerFteMonth = p.hoursPerFteYear / HOURS_PER_MONTH_DIVISOR;
  const scannerHoursPerMonth = (p.shiftsPerDay * p.hoursPerShift * p.workingDaysPerYear) / 12;
  scenario.offices.forEach((office, o) => {
    officeRecords[o] = office.records;
    officePages[o] = office.pages;
    officeStartMonth[o] = waveStart.get(office.id) ?? months;
    const centre = centreIndex.get(office.centreId) ?? 0;
    officeCentre[o] = centre;
    // Staff are sized to the office: the parameters describe an office of average size.
    const size = office.pages / averagePages;
    const scanners = Math.max(1, Math.round(p.scannersPerOffice * size));
    const sizing: OfficeSizing = { size, hoursPerFteMonth, scanners, scannerHoursPerMonth };
    const kind = scenario.centres[centre]?.kind;
    const ingestMbps = kind === 'central' ? p.centralIngestMbps : p.regionalIngestMbps;
    const link = {
      officeCentre: ((ingestMbps / 8) * SECONDS_PER_MONTH) / (officesPerCentre[centre] ?? 1),
      centralCentre: ((p.centralIngestMbps / 8) * SECONDS_PER_MONTH) / centralLinkOffices,
    };
    // Each stage's capacity by its declared rule; staff are summed for the office's cost.
    let fte = 0;
    STAGE_SPECS.forEach((stage, s) => {
      if (stage.kind === 'network') {
        stageCapacity[o * STAGE_COUNT + s] = link[stage.link];
        return;
      }
      const staff = p[stage.fte] * size;
      const hours = staff * hoursPerFteMonth;
      stageCapacity[o * STAGE_COUNT + s] = stage.limitHours
        ? Math.min(hours, stage.limitHours(sizing))
        : hours;
      fte += staff;
    });
    officeStaffCost[o] = fte * p.staffCostPerFteMonth;
    officeCapitalCost[o] = scanners * p.scannerCost + Math.ceil(fte) * p.workstationCost;
  });

  const charactersWrong =
    p.captureMode === 'double'
      ? p.doubleKeyErrorRate
      : p.captureMode === 'ocrEdit'
        ? p.ocrEditErrorRate
        : p.singlePassErrorRate;
  const defectProbability = 1 - Math.pow(1 - charactersWrong, p.criticalCharsPerPage);
  const qaSample = sampleSize(p.qaLotSizePages);
  const base = {
    months,
    firstMonth,
    officeCount,
    centreCount: scenario.centres.length,
    centralCentre: Math.max(
      0,
      scenario.centres.findIndex((c) => c.kind === 'central'),
    ),
    officeRecords,
    officePages,
    officeStartMonth,
    officeCentre,
    stageCapacity,
    officeStaffCost,
    officeCapitalCost,
    prepHoursPerPage: 1 / p.prepPagesPerHour,
    scanHoursPerPage: 1 / p.scanPagesPerHour,
    keyHoursPerPage: (p.charsPerPage / p.keyingKph) * keyingPasses(p.captureMode, p.ocrEditSpeedup),
    reworkHoursPerPage: p.charsPerPage / p.keyingKph,
    qaHoursPerPage: 1 / p.qaPagesPerHour,
    mbPerPage: p.imageKbPerPage / 1024,
    defectProbability,
    lotSizePages: p.qaLotSizePages,
    aqlPercent: p.qaAqlPercent,
    qaSample,
    qaAcceptance: acceptanceNumber(qaSample, p.qaAqlPercent),
    qaAcceptProbability: binomialCdf(acceptanceNumber(qaSample, p.qaAqlPercent), qaSample, defectProbability),
    keyingTimeCv: p.keyingTimeCv,
    learningStart: p.learningStartEfficiency,
    learningMonths: p.learningMonths,
  };
  return { ...base, ...planBudget(base, p.yearlyBudgetCap) };
}
