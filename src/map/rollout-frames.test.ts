import { describe, expect, it } from 'vitest';

import type { SimulationResult } from '../../workers/engine/engine-types';
import { METRIC_COUNT } from '../../workers/engine/engine-types';
import { buildRolloutFrames, DIGITIZING, LIVE, monthLabel, WAITING } from './rollout-frames';

function fakeResult(done: number[][], goLive: number[]): SimulationResult {
  const months = done[0]!.length;
  const metrics = new Float64Array(done.length * months * METRIC_COUNT);
  done.forEach((row, o) => row.forEach((v, m) => (metrics[(o * months + m) * METRIC_COUNT] = v)));
  return {
    months,
    officeCount: done.length,
    metrics,
    goLiveMonth: Int32Array.from(goLive),
  } as SimulationResult;
}

describe('buildRolloutFrames', () => {
  it('turns monthly records done into status, digitized share and the live count', () => {
    const frames = buildRolloutFrames(
      fakeResult(
        [
          [0, 50, 50, 0],
          [0, 0, 0, 10],
        ],
        [2, -1],
      ),
      [100, 40],
    );
    expect(Array.from(frames.status)).toEqual([
      WAITING,
      WAITING,
      DIGITIZING,
      WAITING,
      LIVE,
      WAITING,
      LIVE,
      DIGITIZING,
    ]);
    expect(Array.from(frames.share)).toEqual([0, 0, 0.5, 0, 1, 0, 1, 0.25]);
    expect(Array.from(frames.liveCount)).toEqual([0, 0, 1, 1]);
    expect(Array.from(frames.statusSince)).toEqual([0, 1, 2, 3]);
  });

  it('marks runs of months whose office statuses do not change', () => {
    const frames = buildRolloutFrames(fakeResult([[0, 0, 50, 20, 0, 30]], [5]), [100]);
    expect(Array.from(frames.status)).toEqual([WAITING, WAITING, DIGITIZING, DIGITIZING, DIGITIZING, LIVE]);
    expect(Array.from(frames.statusSince)).toEqual([0, 0, 2, 2, 2, 5]);
  });

  it('labels months from the scenario start', () => {
    expect(monthLabel('1993-01', 0)).toBe('Jan 1993');
    expect(monthLabel('1993-01', 14)).toBe('Mar 1994');
    expect(monthLabel('2026-11', 2)).toBe('Jan 2027');
  });
});
