interface Props {
  readonly value: number;
  readonly range: readonly [number, number];
  /** What the bar shows, for screen readers, e.g. "33.2 min in its 30–240 min range". */
  readonly label: string;
  readonly testId?: string;
}

const WIDTH = 220;
const HEIGHT = 16;
const PAD = 6;

/** A plausible range as a bar with a marker at a value (clamped to the bar when it lies outside). */
export function RangeBar({ value, range, label, testId }: Props) {
  const [low, high] = range;
  const share = high > low ? (value - low) / (high - low) : 0;
  const x = PAD + Math.min(1, Math.max(0, share)) * (WIDTH - 2 * PAD);
  return (
    <svg
      className="range-bar"
      role="img"
      aria-label={label}
      data-testid={testId}
      data-position={String(share)}
      width={WIDTH}
      height={HEIGHT}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
    >
      <rect
        className="range-bar-track"
        x={PAD}
        y={HEIGHT / 2 - 3}
        width={WIDTH - 2 * PAD}
        height={6}
        rx={3}
      />
      <rect className="range-bar-marker" x={x - 2} y={1} width={4} height={HEIGHT - 2} rx={1} />
    </svg>
  );
}
