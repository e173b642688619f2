/**
 * Playback clock: the current month, play/pause, step and speed. Playing advances one month per tick
 * (speed = months per second); at the last month it stops.
 */
import { useCallback, useEffect, useState } from 'react';

export const SPEEDS = [1, 4, 12, 24] as const;

export interface Playback {
  readonly month: number;
  readonly playing: boolean;
  readonly speed: number;
  setMonth(month: number): void;
  toggle(): void;
  step(delta: number): void;
  setSpeed(speed: number): void;
}

export function usePlayback(months: number): Playback {
  const [month, setMonthState] = useState(0);
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState<number>(12);
  const last = Math.max(0, months - 1);
  const clamp = useCallback((m: number) => Math.max(0, Math.min(last, Math.round(m))), [last]);

  useEffect(() => {
    if (!playing) return;
    const timer = window.setInterval(() => {
      setMonthState((m) => {
        if (m >= last) {
          setPlaying(false);
          return last;
        }
        return m + 1;
      });
    }, 1000 / speed);
    return () => window.clearInterval(timer);
  }, [playing, speed, last]);

  return {
    month: Math.min(month, last),
    playing,
    speed,
    setMonth: (m) => setMonthState(clamp(m)),
    toggle: () => {
      if (!playing && month >= last) setMonthState(0);
      setPlaying(!playing);
    },
    step: (delta) => {
      setPlaying(false);
      setMonthState((m) => clamp(m + delta));
    },
    setSpeed,
  };
}
