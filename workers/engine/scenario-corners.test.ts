// Corners of a scenario: no central centre, a wave after the horizon (both refused before the engine sees
// them), and an office whose wave starts in the horizon's last month (accepted; it cannot go live).
import { describe, expect, it } from 'vitest';

import { smallScenario } from '../../src/domain/scenario/scenario-fixture.test-helper';
import { formatProblems, validateScenario } from '../../src/domain/scenario/validate-scenario';
import { NEVER } from './engine-types';
import { officeSeries, runHand } from './testing/hand-office';

type Raw = ReturnType<typeof smallScenario> & {
  centres: { kind: string }[];
  rollout: { waves: { startMonth: string }[] };
};

function problems(change: (s: Raw) => void): string[] {
  const s = smallScenario() as Raw;
  change(s);
  const result = validateScenario(s);
  return result.ok ? [] : formatProblems(result.problems);
}

describe('scenarios the engine never sees', () => {
  it('refuses a scenario without a central centre: replication needs one', () => {
    const found = problems((s) => (s.centres[0]!.kind = 'regional'));
    expect(found).toEqual([expect.stringMatching(/^centres: needs exactly 1 central centre, found 0$/)]);
  });

  it('refuses a wave that starts after the horizon, and accepts one in its last month', () => {
    // The small scenario starts in 1993-01 and runs 120 months: its last month is 2002-12.
    expect(problems((s) => (s.rollout.waves[0]!.startMonth = '2002-12'))).toEqual([]);
    const after = problems((s) => (s.rollout.waves[0]!.startMonth = '2003-01'));
    expect(after).toHaveLength(1);
    expect(after[0]).toMatch(/^rollout\.waves\[0\]\.startMonth: "2003-01" is outside the simulated period/);
  });
});

describe('an office whose wave starts in the last month of the horizon', () => {
  // Hand office (testing/hand-office.ts): 1,000 one-page records keyed at 600 a month. O1 starts in month 0 and
  // goes live in month 1; O2 starts in month 23 of 24, keys 600 records (lots 1–2) and is cut off by the horizon.
  const { result } = runHand(
    [
      { records: 1_000, pages: 1_000, startOffset: 0 },
      { records: 1_000, pages: 1_000, startOffset: 23 },
    ],
    {},
    undefined,
    24,
  );

  it('never goes live, and the programme never completes, while the other office is unaffected', () => {
    expect(result.goLiveMonth[0]).toBe(1);
    expect(result.goLiveMonth[1]).toBe(NEVER);
    expect(result.completionTime[1]).toBeNaN();
    expect(result.completionMonth).toBe(NEVER);
    expect(officeSeries(result, 1, 'recordsDone').slice(22)).toEqual([0, 600]);
    expect(officeSeries(result, 1, 'pagesScanned').reduce((a, b) => a + b, 0)).toBe(1_000);
  });

  it('buys its equipment and pays one month of staff, the horizon’s last', () => {
    // Equipment 28,000,000 + 3.5 FTE × 1,000,000 in month 23; nothing before.
    expect(officeSeries(result, 1, 'cost').slice(21)).toEqual([0, 0, 31_500_000]);
    expect(result.totals.cost).toBe(35_000_000 + 31_500_000);
  });
});
