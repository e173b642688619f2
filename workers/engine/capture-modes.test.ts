// The capture modes' keying speeds and error rates, read from the engine's results (stage work, completion,
// rework), worked out by hand on one office of 1,000 one-page records (testing/hand-office.ts):
//   one keying pass  1,000 characters / 8,000 keystrokes an hour = 0.125 h a page; 0.5 keyer = 75 h a month
//   single           1 pass:           125 h → 125 / 75 = 5/3 months
//   double           2 passes:         250 h → 10/3 months
//   OCR + edit       1 / speed-up:     2.5 → 50 h → 2/3 month; 4 → 31.25 h → 5/12 month
// Keying is the slowest stage in every mode (QA inspects 3.4 h in the month a lot is keyed; prep and scan 2 h).
import { describe, expect, it } from 'vitest';

import { STAGES } from './engine-types';
import { EVERY_PAGE_DEFECTIVE, runHand } from './testing/hand-office';

const ONE_OFFICE = [{ records: 1_000, pages: 1_000, startOffset: 0 }];
const KEY = STAGES.indexOf('key');
const NO_VARIABILITY = { seed: 1, mode: 'record', stochastic: false } as const;

describe('keying hours per page by capture mode', () => {
  const cases: [mode: string, speedup: number, keyHours: number, goLive: number][] = [
    ['single', 2.5, 125, 1],
    ['double', 2.5, 250, 3],
    ['ocrEdit', 2.5, 50, 0],
    ['ocrEdit', 4, 31.25, 0],
  ];

  it.each(cases)(
    '%s (OCR speed-up %d): %d keying hours, live in month %d',
    (mode, speedup, keyHours, goLive) => {
      const { shard, result } = runHand(
        ONE_OFFICE,
        { captureMode: mode, ocrEditSpeedup: speedup },
        NO_VARIABILITY,
      );
      expect(shard.stageWork[KEY]).toBeCloseTo(keyHours, 9);
      expect(result.completionTime[0]).toBeCloseTo(keyHours / 75, 9);
      expect(result.goLiveMonth[0]).toBe(goLive);
      expect(result.bottleneckStage[0]).toBe(KEY);
    },
  );
});

describe('each capture mode reads its own residual error rate', () => {
  // Only one mode's error rate makes every page defective (1 − (1 − rate)^5000 = 1); the others are 0.
  const rates = {
    single: { singlePassErrorRate: EVERY_PAGE_DEFECTIVE.singlePassErrorRate! },
    double: { doubleKeyErrorRate: EVERY_PAGE_DEFECTIVE.doubleKeyErrorRate! },
    ocrEdit: { ocrEditErrorRate: EVERY_PAGE_DEFECTIVE.ocrEditErrorRate! },
  };
  const modes = Object.keys(rates) as (keyof typeof rates)[];

  for (const defective of modes)
    it(`with only the ${defective} rate set, only ${defective} capture reworks every record`, () => {
      for (const mode of modes) {
        const { result } = runHand(ONE_OFFICE, {
          captureMode: mode,
          criticalCharsPerPage: 5_000,
          ...rates[defective],
        });
        expect(result.totals.recordsReworked, `${mode} capture`).toBe(mode === defective ? 1_000 : 0);
      }
    });
});
