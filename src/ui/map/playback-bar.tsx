import { monthLabel } from '@/map/rollout-frames';

import type { Playback } from './use-playback';
import { SPEEDS } from './use-playback';

interface Props {
  readonly playback: Playback;
  readonly months: number;
  readonly startMonth: string;
  readonly liveCount: number | null;
  readonly officeCount: number;
  readonly disabled: boolean;
  /** True once Monte Carlo go-live ranges exist (tests and the benchmark wait for it). */
  readonly ranges: boolean;
}

/** Time slider with play/pause, step and speed; the month label and live count are announced politely. */
export function PlaybackBar({
  playback,
  months,
  startMonth,
  liveCount,
  officeCount,
  disabled,
  ranges,
}: Props) {
  const { month, playing } = playback;
  return (
    <div className="playback" role="group" aria-label="Rollout playback">
      <button type="button" onClick={() => playback.step(-1)} disabled={disabled} aria-label="Previous month">
        ◀
      </button>
      <button type="button" onClick={playback.toggle} disabled={disabled} data-testid="play">
        {playing ? 'Pause' : 'Play'}
      </button>
      <button type="button" onClick={() => playback.step(1)} disabled={disabled} aria-label="Next month">
        ▶
      </button>
      <input
        type="range"
        min={0}
        max={Math.max(0, months - 1)}
        value={month}
        disabled={disabled}
        aria-label="Month"
        aria-valuetext={monthLabel(startMonth, month)}
        onChange={(event) => playback.setMonth(Number(event.target.value))}
        data-testid="month-slider"
      />
      <output className="playback-month" data-testid="month-label" aria-live="off">
        {monthLabel(startMonth, month)}
      </output>
      <label>
        Speed{' '}
        <select value={playback.speed} onChange={(event) => playback.setSpeed(Number(event.target.value))}>
          {SPEEDS.map((s) => (
            <option key={s} value={s}>
              {s} months/s
            </option>
          ))}
        </select>
      </label>
      <output className="playback-live" data-testid="live-count" data-ranges={ranges ? 'ready' : 'pending'}>
        {liveCount === null ? 'Simulating…' : `${liveCount} of ${officeCount} offices live`}
      </output>
    </div>
  );
}
