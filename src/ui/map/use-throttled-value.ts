import { useEffect, useRef, useState } from 'react';

import { TrailingThrottle } from './trailing-throttle';

/** `value`, updated at most once per `intervalMs` while it changes fast, and exactly once it rests. */
export function useThrottledValue<T>(value: T, intervalMs: number): T {
  const [shown, setShown] = useState(value);
  const throttle = useRef<TrailingThrottle<T> | null>(null);
  throttle.current ??= new TrailingThrottle<T>(intervalMs, (next) => setShown(() => next));
  useEffect(() => throttle.current?.push(value), [value]);
  useEffect(() => () => throttle.current?.cancel(), []);
  return shown;
}
