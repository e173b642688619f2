/** Every scenario parameter in one list, looked up by key. */
import { economicParameters } from './economic-parameters';
import { captureMode, engineNumericParameters } from './engine-parameters';
import type { NumericParameterSpec, ParameterSpec } from './parameter-spec';

export const numericParameters: readonly NumericParameterSpec[] = [
  ...engineNumericParameters,
  ...economicParameters,
];

export const allParameters: readonly ParameterSpec[] = [captureMode, ...numericParameters];

const byKey = new Map<string, ParameterSpec>(allParameters.map((spec) => [spec.key, spec]));

export function parameterSpec(key: string): ParameterSpec | undefined {
  return byKey.get(key);
}

/** The default value of every parameter, keyed by parameter key. */
export function defaultParameterValues(): Record<string, number | string> {
  const values: Record<string, number | string> = {};
  for (const spec of allParameters) values[spec.key] = spec.defaultValue;
  return values;
}
