/**
 * A model parameter as the app shows and validates it: value with unit, the limits a scenario may use,
 * the plausible range the sources support (used by sensitivity analysis), and where the default comes from.
 */

/** Source status, as in shared/docs/domain-facts.md: confirmed, weakly confirmed, recollection, estimate. */
export type SourceStatus = 'C' | 'C~' | 'R' | 'E' | 'U';

export type ParameterGroup =
  | 'capture'
  | 'quality'
  | 'staffing'
  | 'calendar'
  | 'centres'
  | 'budget'
  | 'demand'
  | 'benefits'
  | 'fraud'
  | 'costs'
  | 'finance';

export interface NumericParameterSpec {
  readonly key: string;
  readonly kind: 'number';
  readonly group: ParameterGroup;
  /** Short English label; the UI translates by key. */
  readonly label: string;
  /** Unit written for people, e.g. "pages/hour", "KRW", "share 0–1". */
  readonly unit: string;
  readonly defaultValue: number;
  /** Hard validity limits: a scenario outside them is rejected. Inclusive. */
  readonly limits: readonly [min: number, max: number];
  /** Plausible range from the sources (or the estimate's basis), used for sensitivity. Inside `limits`. */
  readonly range: readonly [low: number, high: number];
  readonly integer?: boolean;
  readonly status: SourceStatus;
  /** Source ids of fixtures/sources.json. */
  readonly sources: readonly string[];
  /** How an estimate was made, or a caveat. */
  readonly basis?: string;
}

export interface ChoiceParameterSpec<T extends string = string> {
  readonly key: string;
  readonly kind: 'choice';
  readonly group: ParameterGroup;
  readonly label: string;
  readonly unit: 'choice';
  readonly defaultValue: T;
  readonly choices: readonly T[];
  readonly status: SourceStatus;
  readonly sources: readonly string[];
  readonly basis?: string;
}

export type ParameterSpec = NumericParameterSpec | ChoiceParameterSpec;

/** A numeric parameter spec (the catalogues list many; this keeps each entry to its fields). */
export function numericParameter(spec: Omit<NumericParameterSpec, 'kind'>): NumericParameterSpec {
  return { kind: 'number', ...spec };
}

/** Formats a number for messages without locale surprises (thousands separated by commas). */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const [whole = '', fraction] = String(value).split('.');
  const sign = whole.startsWith('-') ? '-' : '';
  const digits = sign ? whole.slice(1) : whole;
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? `${sign}${grouped}` : `${sign}${grouped}.${fraction}`;
}

/** "6,000–15,000 keystrokes/hour" */
export function describeLimits(spec: NumericParameterSpec): string {
  const [min, max] = spec.limits;
  return `${formatNumber(min)}–${formatNumber(max)} ${spec.unit}`;
}
