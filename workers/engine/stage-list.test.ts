// The declared stage list (stages.ts) against everything derived from it: the engine input's capacities,
// the budget plan's expected work, the kernels' work per stage, the labels. A stage added to the list but
// left out of any of them fails here.
//
// One office of 3,000 one-page records (testing/hand-office.ts), variability off: 10 lots of 300 pages,
// none rejected, no keying spread. Then every stage's work in a run is exactly its declared expected work.
import { describe, expect, it } from 'vitest';

import { plannedWorkload, planBudget } from './budget-plan';
import type { EngineInput } from './engine-input';
import type { RunOptions } from './engine-types';
import { STAGE_LABELS as LABELS_FROM_ENGINE_TYPES } from './engine-types';
import { mergeShards } from './merge';
import { simulateShard } from './simulate';
import type { StageSpec } from './stages';
import {
  IS_STAFFED,
  NETWORK_STAGES,
  STAFFED_STAGES,
  STAGE,
  STAGE_COUNT,
  STAGE_LABELS,
  STAGE_LIST,
  STAGE_SPECS,
  STAGES,
} from './stages';
import { HAND_PARAMETERS, runHand } from './testing/hand-office';

const OFFICE = [{ records: 3_000, pages: 3_000, startOffset: 0 }];
const HORIZON = 60;
const deterministic = (mode: RunOptions['mode']): RunOptions => ({ seed: 1, mode, stochastic: false });

/** Relative closeness for sums of per-lot work (rounding only). */
function expectClose(actual: number, expected: number, what: string) {
  expect(Math.abs(actual - expected), what).toBeLessThanOrEqual(1e-9 * Math.abs(expected));
}

describe('the declared stage list', () => {
  it('names each stage once, in line order, with indices, kinds and labels derived from it', () => {
    expect(STAGES).toEqual(STAGE_LIST.map((s) => s.name));
    expect(new Set(STAGES).size).toBe(STAGE_COUNT);
    STAGES.forEach((name, s) => expect(STAGE[name], name).toBe(s));
    expect([...STAFFED_STAGES, ...NETWORK_STAGES].sort((a, b) => a - b)).toEqual(STAGES.map((_, s) => s));
    STAGE_SPECS.forEach((stage, s) =>
      expect(IS_STAFFED[s], stage.name).toBe(stage.kind === 'staffed' ? 1 : 0),
    );
  });

  it('gives every stage a distinct label, the one the app and the CLI show', () => {
    const labels = STAGES.map((name) => STAGE_LABELS[name]);
    for (const label of labels) expect(label.trim().length).toBeGreaterThan(0);
    expect(new Set(labels).size).toBe(STAGE_COUNT);
    expect(LABELS_FROM_ENGINE_TYPES).toBe(STAGE_LABELS);
    expect(STAGE_LABELS.key).toBe('Keying');
  });

  it('does not typecheck a stage without a capacity rule or expected work (checked by `npm run typecheck`)', () => {
    const declare = (spec: StageSpec) => spec;
    const work = { expectedWork: () => 1, lotWork: () => 1 };
    const ok = declare({
      name: 'index',
      label: 'Indexing',
      kind: 'staffed',
      fte: 'keyersPerOffice',
      ...work,
    });
    // @ts-expect-error a staffed stage needs its FTE parameter (its capacity rule)
    declare({ name: 'index', label: 'Indexing', kind: 'staffed', ...work });
    // @ts-expect-error a network stage needs its link share (its capacity rule) and its metric
    declare({ name: 'archive', label: 'Archive', kind: 'network', ...work });
    // @ts-expect-error every stage needs its expected work
    declare({ name: 'index', label: 'Indexing', kind: 'staffed', fte: 'keyersPerOffice', lotWork: () => 1 });
    // @ts-expect-error the FTE parameter must be one the engine reads
    declare({ name: 'index', label: 'Indexing', kind: 'staffed', fte: 'indexersPerOffice', ...work });
    expect(ok.name).toBe('index');
  });
});

describe('every declared stage, end to end', () => {
  const { input } = runHand(OFFICE, {}, deterministic('record'), HORIZON);
  const planned = plannedWorkload(input, 0);

  it('has a capacity in the engine input, by its declared rule', () => {
    expect(input.stageCapacity).toHaveLength(input.officeCount * STAGE_COUNT);
    STAGE_SPECS.forEach((stage, s) => {
      const capacity = input.stageCapacity[s]!;
      expect(capacity, stage.name).toBeGreaterThan(0);
      expect(Number.isFinite(capacity), stage.name).toBe(true);
    });
    // Capacity in proportion to a staffed stage's FTE parameter (with scanners to spare) and to the link a
    // network stage shares (the hand office is attached to the regional centre).
    const spare = { scannersPerOffice: 4 };
    const base = runHand(OFFICE, spare, deterministic('record'), HORIZON).input;
    const link = { officeCentre: 'regionalIngestMbps', centralCentre: 'centralIngestMbps' } as const;
    STAGE_SPECS.forEach((stage, s) => {
      const key = stage.kind === 'staffed' ? stage.fte : link[stage.link];
      const factor = stage.kind === 'staffed' ? 2 : 0.5;
      const moved = { ...spare, [key]: factor * Number(HAND_PARAMETERS[key]) };
      const input = runHand(OFFICE, moved, deterministic('record'), HORIZON).input;
      expect(input.stageCapacity[s], stage.name).toBe(factor * base.stageCapacity[s]!);
    });
  });

  it('is what the budget plan expects of the office, and more than nothing', () => {
    expect(planned.stageWork).toHaveLength(STAGE_COUNT);
    STAGE_SPECS.forEach((stage, s) => expect(planned.stageWork[s], stage.name).toBeGreaterThan(0));
  });

  it.each(['record', 'lot'] as const)(
    'is served by the %s kernel: its work in a run equals its declared expected work',
    (mode) => {
      const { shard } = runHand(OFFICE, {}, deterministic(mode), HORIZON);
      STAGE_SPECS.forEach((stage, s) => expectClose(shard.stageWork[s]!, planned.stageWork[s]!, stage.name));
    },
  );

  // Each stage in turn made the slowest by far (12 months of its expected work): the plan's budgeted end
  // must cover the office's go-live. A stage the plan leaves out looks free to it, and the office outlives
  // its budget by months.
  it.each(STAGES.map((name) => [name]))('is budgeted for when %s is the bottleneck', (name) => {
    const s = STAGE[name];
    const slowed = withCapacity(input, s, planned.stageWork[s]! / 12);
    for (const mode of ['record', 'lot'] as const) {
      const shard = simulateShard(slowed, [0], deterministic(mode));
      const result = mergeShards(slowed, [shard]);
      expect(result.bottleneckStage[0], `${mode}: bottleneck`).toBe(s);
      expect(result.goLiveMonth[0], `${mode}: go-live`).toBeGreaterThanOrEqual(11);
      expect(result.goLiveMonth[0], `${mode}: within the budgeted months`).toBeLessThanOrEqual(
        slowed.officeBudgetEnd[0]!,
      );
    }
  });
});

/** Office 0's input with stage `s` at `capacity` a month, budgeted afresh under a cap that never binds. */
function withCapacity(input: EngineInput, s: number, capacity: number): EngineInput {
  const stageCapacity = Float64Array.from(input.stageCapacity);
  stageCapacity[s] = capacity;
  const base = { ...input, stageCapacity };
  return { ...base, ...planBudget(base, 1e15) };
}
