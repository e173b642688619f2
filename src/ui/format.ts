/** Number formatting for the screen: thousands separators, no locale surprises in tests. */
export function formatInteger(value: number): string {
  return Math.round(value).toLocaleString('en-US');
}

/** A figure's value for display; years are written without thousands separators. */
export function formatFigureValue(value: unknown, unit = ''): string {
  if (typeof value === 'number' && /^year/.test(unit)) return String(value);
  if (typeof value === 'number') {
    return Number.isInteger(value)
      ? value.toLocaleString('en-US')
      : value.toLocaleString('en-US', { maximumFractionDigits: 4 });
  }
  if (typeof value === 'string') return value;
  return '';
}

const DATE_TIME = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

/** A moment (milliseconds since the epoch) in the reader's time zone: "3 Mar 2026, 14:05". */
export function formatDateTime(epochMs: number): string {
  return Number.isFinite(epochMs) ? DATE_TIME.format(epochMs) : '–';
}
