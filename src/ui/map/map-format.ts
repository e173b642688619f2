const counts = new Intl.NumberFormat('en-GB');

export function formatCount(value: number): string {
  return counts.format(Math.round(value));
}
