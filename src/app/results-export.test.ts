import { csvParseRows } from 'd3-dsv';
import { describe, expect, it } from 'vitest';

import { smallScenario } from '@/domain/scenario/scenario-fixture.test-helper';
import type { Scenario } from '@/domain/scenario/scenario-schema';
import { validateScenario } from '@/domain/scenario/validate-scenario';

import { buildResultDocument } from '../../workers/engine/build-result';
import { prepareEngineInput } from '../../workers/engine/engine-input';
import type { SimulationResult } from '../../workers/engine/engine-types';
import { METRIC_COUNT, NEVER, STAGE_LABELS, STAGES } from '../../workers/engine/engine-types';
import { simulateAll } from '../../workers/engine/run';
import type { MonteCarloOutcome, SingleRunOutcome } from './engine-client';
import type { ExportedRun } from './results-export';
import { csvText, guardCell, nationalCsv, officesCsv, resultDocument, resultJson } from './results-export';

function scenario(overrides: Record<string, unknown> = {}): Scenario {
  const checked = validateScenario({ ...smallScenario(), ...overrides });
  if (!checked.ok) throw new Error(JSON.stringify(checked.problems));
  return checked.scenario;
}

const HOSTILE = "=cmd|' /C calc'!A0";

/** Two offices, the first named to attack a spreadsheet, the second with a comma and quotes. */
function hostileScenario(): Scenario {
  const base = smallScenario() as { offices: Record<string, unknown>[] };
  return scenario({
    offices: [
      { ...base.offices[0], name: HOSTILE, region: 'KR-11' },
      { ...base.offices[1], name: 'Suwon, "North"' },
    ],
  });
}

function run(s: Scenario, overrides: Partial<ExportedRun> = {}): ExportedRun {
  return {
    name: 'Tiny run',
    scenario: s,
    seed: 7,
    mode: 'lot',
    replications: 1,
    variability: false,
    ...overrides,
  };
}

const request = { seed: 7, mode: 'lot' as const, replications: 1, stochastic: false };
const FIRST = 1993 * 12; // 1993-01

/** A hand-made result: 3 months, 2 offices; national metrics per month in METRICS order. */
function tinyOutcome(): SingleRunOutcome {
  const national = Float64Array.from([
    // recordsDone, pagesScanned, recordsReworked, cost, uploadMb, replicatedMb
    0, 100, 0, 2500.5, 1, 0, 600, 2000, 3, 4000, 12.25, 10, 900, 3260, 1, -20, 8, 9,
  ]);
  expect(national.length).toBe(3 * METRIC_COUNT);
  const result: SimulationResult = {
    months: 3,
    officeCount: 2,
    metrics: new Float64Array(2 * 3 * METRIC_COUNT),
    goLiveMonth: Int32Array.from([1, NEVER]),
    completionTime: Float64Array.from([1.5, Number.NaN]),
    bottleneckStage: Uint8Array.from([0, 2]),
    stageUtilisation: new Float64Array(0),
    national,
    centreStorageMb: new Float64Array(6),
    centreIngestMb: new Float64Array(6),
    totals: {
      records: 1500,
      pages: 5360,
      recordsReworked: 4,
      cost: 6480.5,
      uploadMb: 21.25,
    } as SimulationResult['totals'],
    completionMonth: NEVER,
  };
  return {
    kind: 'single',
    request,
    firstMonth: FIRST,
    workers: 1,
    elapsedSeconds: 0.25,
    mergeMs: 0,
    mainThreadMs: 0,
    result,
    recordsCompleted: 1500,
    pagesScanned: 5360,
  };
}

describe('CSV cells', () => {
  it('guards text that a spreadsheet would run as a formula, and nothing else', () => {
    expect(guardCell(HOSTILE)).toBe(`'${HOSTILE}`);
    expect(guardCell('+1')).toBe("'+1");
    expect(guardCell('-x')).toBe("'-x");
    expect(guardCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(guardCell('Seoul')).toBe('Seoul');
    expect(guardCell('a=b')).toBe('a=b');
  });

  it('writes numbers as plain numbers (negative ones too), not finite ones and nulls as empty cells', () => {
    expect(csvText(['a', 'b', 'c', 'd'], [[-20, 1.5, Number.NaN, null]])).toBe('a,b,c,d\n-20,1.5,,\n');
  });
});

describe('national CSV', () => {
  it('has a row per month, hand-worked, with cumulative records done', () => {
    const file = nationalCsv(run(hostileScenario()), tinyOutcome());
    expect(file.fileName).toBe('tiny-run.national.csv');
    expect(file.text).toBe(
      [
        'month,records done,pages scanned,records reworked,cost,upload MB,replicated MB,cumulative records done',
        '1993-01,0,100,0,2500.5,1,0,0',
        '1993-02,600,2000,3,4000,12.25,10,600',
        '1993-03,900,3260,1,-20,8,9,1500',
        '',
      ].join('\n'),
    );
  });

  it('gives the P10/P50/P90 cumulative curves for Monte Carlo', () => {
    const outcome: MonteCarloOutcome = {
      kind: 'monteCarlo',
      request: { ...request, replications: 3 },
      firstMonth: FIRST,
      workers: 1,
      elapsedSeconds: 1,
      mergeMs: 0,
      mainThreadMs: 0,
      summary: {
        replications: 3,
        completionMonth: { p10: 1, p50: 1, p90: NEVER },
        cost: { p10: 1, p50: 2, p90: 3 },
        officeGoLive: Int32Array.from([0, 1, 1, 1, 2, NEVER]),
        recordsDoneBands: Float64Array.from([0, 0, 10, 700, 800, 900]),
      },
    };
    expect(nationalCsv(run(hostileScenario()), outcome).text).toBe(
      'month,cumulative records done P10,cumulative records done P50,cumulative records done P90\n' +
        '1993-01,0,0,10\n1993-02,700,800,900\n',
    );
    expect(officesCsv(run(hostileScenario()), outcome).text).toBe(
      'id,name,region,records,pages,go-live P10,go-live P50,go-live P90\n' +
        `O1,'=cmd|' /C calc'!A0,KR-11,1000,3560,1993-01,1993-02,1993-02\n` +
        'O2,"Suwon, ""North""",KR-41,500,1800,1993-02,1993-03,\n',
    );
    expect(resultJson(run(hostileScenario()), outcome)).toBeNull();
  });
});

describe('per-office CSV', () => {
  it('guards the hostile name, quotes commas and quotes, and reads back as the same cells', () => {
    const file = officesCsv(run(hostileScenario()), tinyOutcome());
    expect(file.fileName).toBe('tiny-run.offices.csv');
    expect(file.text).toBe(
      'id,name,region,records,pages,go-live month,bottleneck\n' +
        `O1,'=cmd|' /C calc'!A0,KR-11,1000,3560,1993-02,${STAGE_LABELS[STAGES[0]!]}\n` +
        `O2,"Suwon, ""North""",KR-41,500,1800,,${STAGE_LABELS[STAGES[2]!]}\n`,
    );
    const rows = csvParseRows(file.text);
    expect(rows[1]![1]).toBe(`'${HOSTILE}`);
    expect(rows[2]![1]).toBe('Suwon, "North"');
    expect(rows.every((row) => row.length === 7)).toBe(true);
  });
});

describe('result JSON', () => {
  it("is the CLI's document for the same run: the same builder, the same text as --out writes", () => {
    const s = scenario();
    const input = prepareEngineInput(s);
    const options = { seed: 7, mode: 'lot' as const, stochastic: false };
    const result = simulateAll(input, options);
    const outcome: SingleRunOutcome = {
      ...tinyOutcome(),
      firstMonth: input.firstMonth,
      result,
      workers: 2,
      elapsedSeconds: 1.23456,
    };
    const cli = buildResultDocument({
      scenario: s,
      input,
      options,
      seed: 7,
      workers: 2,
      replications: 1,
      wallSeconds: 1.23456,
      result,
      monteCarlo: null,
    });
    const saved = run(s);
    expect(resultDocument(saved, outcome)).toEqual(cli);
    const file = resultJson(saved, outcome)!;
    expect(file.text).toBe(`${JSON.stringify(cli, null, 2)}\n`);
    expect(file.fileName).toBe('tiny-run.result.json');
    const doc = JSON.parse(file.text) as { format: string; run: { wallSeconds: number }; offices: unknown[] };
    expect(doc.format).toBe('registry-rollout-lab/result');
    expect(doc.run.wallSeconds).toBe(1.235);
    expect(doc.offices).toHaveLength(2);
  });
});
