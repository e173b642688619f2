/**
 * The stage line, declared once. Every other place that needs to know the stages derives it from
 * `STAGE_LIST`: the stage names and indices (`STAGES`, `STAGE.key`), the staffed/network split, each
 * office's capacity per stage (`engine-input.ts`), the budget plan's expected work (`budget-plan.ts`), the
 * stage line and its network shipping (`stage-line.ts`, `lot-flow.ts`), the utilisation and bottleneck
 * (`office-outcome.ts`, `merge.ts`) and the labels the app and the CLI show (`STAGE_LABELS`).
 *
 * Order matters: items go through the stages in this order. What a kernel does at each staffed stage is
 * written in the kernels by name (`serve(line, KEY, …)`): keying draws a difficulty per record, QA samples
 * lots. A stage declared here that no kernel serves does no work, and `stage-list.test.ts` fails.
 *
 * Types only are imported: the app shows the labels without loading engine code.
 */
import type { EngineInput, EngineParameterKey } from './engine-input';
import type { MetricName } from './engine-types';

/** What an office's staffed capacity is sized from (`prepareEngineInput` fills it per office). */
export interface OfficeSizing {
  /** The office's pages / the scenario's mean pages per office: staff parameters describe an average office. */
  readonly size: number;
  /** `hoursPerFteYear` / 12. */
  readonly hoursPerFteMonth: number;
  /** max(1, round(`scannersPerOffice` × size)). */
  readonly scanners: number;
  /** One scanner's hours a month: `shiftsPerDay` × `hoursPerShift` × `workingDaysPerYear` / 12. */
  readonly scannerHoursPerMonth: number;
}

/** An office as the budget plan expects it to go: its conservative workload (`budget-plan.ts`). */
export interface PlannedOffice {
  readonly input: Pick<
    EngineInput,
    | 'prepHoursPerPage'
    | 'scanHoursPerPage'
    | 'keyHoursPerPage'
    | 'reworkHoursPerPage'
    | 'qaHoursPerPage'
    | 'qaSample'
    | 'mbPerPage'
  >;
  readonly pages: number;
  /** QA lots the office closes. */
  readonly lots: number;
  /** Lots planned to be rejected (a high quantile): each is corrected and inspected again. */
  readonly rejectedLots: number;
  /** Pages of a full lot (a lot closes at the record that reaches the lot size: about a record over). */
  readonly lotPages: number;
  /** 1 + z × the spread of the office's total keying time (the sum of its records' lognormal times). */
  readonly keyingMargin: number;
  /** Months one lot's inspection takes at full QA staff: the keyers' wait for a rejected lot's verdict. */
  readonly inspectionMonths: number;
}

interface StageBase {
  readonly name: string;
  /** In the user's words: the app and the CLI show it. */
  readonly label: string;
  /**
   * The office's whole work at this stage as the budget plan expects it (hours for a staffed stage, MB for
   * a network stage), its margins included; `capacity` is the stage's monthly capacity at full staff.
   * With variability off, no rejected lot and whole lots, it is exactly what the kernels serve.
   */
  readonly expectedWork: (office: PlannedOffice, capacity: number) => number;
  /** One full lot's work at this stage (the plan's line fill and drain). */
  readonly lotWork: (office: PlannedOffice) => number;
}

/** Worked by staff: capacity = FTE parameter × office size × hours per FTE-month (capped by `limitHours`). */
export interface StaffedStageSpec extends StageBase {
  readonly kind: 'staffed';
  /** Staff of an average office at this stage; paid (staff cost, a workstation each) and scaled by size. */
  readonly fte: EngineParameterKey;
  /** Another limit on the stage's hours a month, e.g. its machines. */
  readonly limitHours?: (office: OfficeSizing) => number;
}

/** A link: capacity = the office's share of a centre's ingest, in MB a month; no learning, no budget. */
export interface NetworkStageSpec extends StageBase {
  readonly kind: 'network';
  /** `officeCentre`: the office's own centre's ingest / its offices; `centralCentre`: central / all offices. */
  readonly link: 'officeCentre' | 'centralCentre';
  /** The per-month metric that books the megabytes this stage carries. */
  readonly metric: MetricName;
}

export type StageSpec = StaffedStageSpec | NetworkStageSpec;

export const STAGE_LIST = [
  {
    name: 'prep',
    label: 'Preparation',
    kind: 'staffed',
    fte: 'prepStaffPerOffice',
    expectedWork: (o) => o.pages * o.input.prepHoursPerPage,
    lotWork: (o) => o.lotPages * o.input.prepHoursPerPage,
  },
  {
    name: 'scan',
    label: 'Scanning',
    kind: 'staffed',
    fte: 'scanOperatorsPerOffice',
    limitHours: (office) => office.scanners * office.scannerHoursPerMonth,
    expectedWork: (o) => o.pages * o.input.scanHoursPerPage,
    lotWork: (o) => o.lotPages * o.input.scanHoursPerPage,
  },
  {
    name: 'key',
    label: 'Keying',
    kind: 'staffed',
    fte: 'keyersPerOffice',
    // Every capture pass, the correction of each rejected lot, and the keyers' idle wait for its verdict.
    expectedWork: (o, capacity) =>
      o.pages * o.input.keyHoursPerPage * o.keyingMargin +
      Math.min(o.pages, o.rejectedLots * o.lotPages) * o.input.reworkHoursPerPage +
      o.rejectedLots * o.inspectionMonths * capacity,
    lotWork: (o) => o.lotPages * o.input.keyHoursPerPage,
  },
  {
    name: 'qa',
    label: 'QA inspection',
    kind: 'staffed',
    fte: 'qaStaffPerOffice',
    // Every lot's sample, and a second inspection of each rejected lot.
    expectedWork: (o) => (o.lots + o.rejectedLots) * (o.input.qaSample * o.input.qaHoursPerPage),
    lotWork: (o) => o.input.qaSample * o.input.qaHoursPerPage,
  },
  {
    name: 'upload',
    label: "Upload to the office's data centre",
    kind: 'network',
    link: 'officeCentre',
    metric: 'uploadMb',
    expectedWork: (o) => o.pages * o.input.mbPerPage,
    lotWork: (o) => o.lotPages * o.input.mbPerPage,
  },
  {
    name: 'replicate',
    label: 'Replication to the central centre',
    kind: 'network',
    link: 'centralCentre',
    metric: 'replicatedMb',
    expectedWork: (o) => o.pages * o.input.mbPerPage,
    lotWork: (o) => o.lotPages * o.input.mbPerPage,
  },
] as const satisfies readonly StageSpec[];

export type StageName = (typeof STAGE_LIST)[number]['name'];
/** The same list, typed for loops over every stage. */
export const STAGE_SPECS: readonly StageSpec[] = STAGE_LIST;
export type StageKind = StageSpec['kind'];

/** Stage names, in line order. */
export const STAGES: readonly StageName[] = STAGE_LIST.map((stage) => stage.name);
export const STAGE_COUNT = STAGE_LIST.length;

/** Index of each stage by name: `STAGE.key`. Kernels read them into module constants once. */
export const STAGE = Object.fromEntries(STAGES.map((name, s) => [name, s])) as {
  readonly [Name in StageName]: number;
};

/** What the app and the CLI call each stage. */
export const STAGE_LABELS = Object.fromEntries(STAGE_LIST.map((stage) => [stage.name, stage.label])) as {
  readonly [Name in StageName]: string;
};

/** Indices of the staffed stages and of the network stages, in line order. */
export const STAFFED_STAGES: readonly number[] = STAGE_LIST.flatMap((stage, s) =>
  stage.kind === 'staffed' ? [s] : [],
);
export const NETWORK_STAGES: readonly number[] = STAGE_LIST.flatMap((stage, s) =>
  stage.kind === 'network' ? [s] : [],
);
/** 1 for a staffed stage, 0 for a network stage, by index: for the stage line's per-month loop. */
export const IS_STAFFED = Uint8Array.from(STAGE_LIST, (stage) => (stage.kind === 'staffed' ? 1 : 0));
