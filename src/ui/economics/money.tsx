/** Money on screen: rounded for reading, exact in `data-value` so tests compare the real numbers. */
import { formatInteger } from '../format';

/** "300.0 bn", "12.3 M", "1,871", "1.39"; a non-finite amount reads "n/a". */
export function formatMoney(value: number): string {
  if (!Number.isFinite(value)) return 'n/a';
  const abs = Math.abs(value);
  const oneDecimal = (x: number) =>
    x.toLocaleString('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  if (abs >= 1e9) return `${oneDecimal(value / 1e9)} bn`;
  if (abs >= 1e6) return `${oneDecimal(value / 1e6)} M`;
  if (abs >= 100) return formatInteger(value);
  return value.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

interface Props {
  readonly value: number;
  readonly currency: string;
  readonly testId?: string;
  readonly suffix?: string;
}

/** An amount with its currency; the exact value sits in `data-value`. */
export function Money({ value, currency, testId, suffix = '' }: Props) {
  return (
    <span data-testid={testId} data-value={String(value)}>
      {formatMoney(value)} {currency}
      {suffix}
    </span>
  );
}
