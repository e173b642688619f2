/**
 * Passes values on at most once per `intervalMs`: the first at once, later ones at the end of the interval
 * (only the newest), so the last value always arrives. Used to let the 209-row office list follow a fast
 * scrub or playback a few times a second instead of at every month, while the map follows every month.
 */
export class TrailingThrottle<T> {
  private lastAt = -Infinity;
  private pending: { value: T } | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly intervalMs: number,
    private readonly emit: (value: T) => void,
    private readonly now: () => number = () => performance.now(),
  ) {}

  push(value: T): void {
    const wait = this.lastAt + this.intervalMs - this.now();
    if (wait <= 0 && this.timer === null) {
      this.fire(value);
      return;
    }
    this.pending = { value };
    this.timer ??= setTimeout(
      () => {
        this.timer = null;
        const next = this.pending;
        this.pending = null;
        if (next) this.fire(next.value);
      },
      Math.max(0, wait),
    );
  }

  cancel(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.pending = null;
  }

  private fire(value: T): void {
    this.lastAt = this.now();
    this.emit(value);
  }
}
