/**
 * The scenario editor's form as data (README "Scenario editor"): the form's values from a scenario, the zod
 * schema the form validates with (generated from the parameter catalogue, each message naming the rule:
 * "Keying speed must be 1,000–30,000 keystrokes/hour"), and the scenario a valid form stands for. Pure.
 */
import { z } from 'zod';

import { unitText } from '@/domain/display-labels';
import { CAPTURE_MODES } from '@/domain/parameters/engine-parameters';
import { allParameters, numericParameters, parameterSpec } from '@/domain/parameters/parameter-catalogue';
import type { NumericParameterSpec } from '@/domain/parameters/parameter-spec';
import { formatNumber } from '@/domain/parameters/parameter-spec';
import type { Scenario } from '@/domain/scenario/scenario-schema';
import type { ValidationResult } from '@/domain/scenario/validate-scenario';
import { validateScenario } from '@/domain/scenario/validate-scenario';

/** What the editor's form holds: the scenario's name and every catalogue parameter. */
export interface EditorValues {
  readonly name: string;
  readonly parameters: Readonly<Record<string, number | string>>;
}

/** The longest name a scenario may have (the schema's limit). */
export const NAME_LIMIT = 120;

/** The form's values for a scenario: its name and its value of every catalogue parameter. */
export function editorValuesOf(scenario: Scenario): EditorValues {
  const values = scenario.parameters as Record<string, number | string>;
  const parameters: Record<string, number | string> = {};
  for (const spec of allParameters)
    parameters[spec.key] = Object.hasOwn(values, spec.key) ? values[spec.key]! : spec.defaultValue;
  return { name: scenario.name, parameters };
}

function limitNumber(value: number, unit: string): string {
  return /^year(?!s)/.test(unit) ? String(value) : formatNumber(value);
}

/**
 * The rule of a numeric parameter as one sentence: "Keying speed must be 1,000–30,000 keystrokes/hour",
 * "Characters keyed per page must be a whole number, 50–5,000 characters/page"; the currency named.
 */
export function limitRule(spec: NumericParameterSpec, currency: string): string {
  const [min, max] = spec.limits;
  const unit = unitText(spec.unit, undefined, currency);
  const range = `${limitNumber(min, spec.unit)}–${limitNumber(max, spec.unit)}${unit ? ` ${unit}` : ''}`;
  return `${spec.label} must be ${spec.integer ? 'a whole number, ' : ''}${range}`;
}

function numberField(spec: NumericParameterSpec, currency: string) {
  const rule = limitRule(spec, currency);
  const [min, max] = spec.limits;
  return z
    .number({ error: rule })
    .refine(
      (value) =>
        Number.isFinite(value) && value >= min && value <= max && (!spec.integer || Number.isInteger(value)),
      { error: rule },
    );
}

const CAPTURE_RULE = `Keying mode must be one of ${CAPTURE_MODES.join(', ')}`;

/** The form's schema for a scenario in this currency, from the catalogue. */
export function editorSchema(currency: string) {
  const shape: Record<string, z.ZodType> = {
    captureMode: z.enum(CAPTURE_MODES, { error: CAPTURE_RULE }),
  };
  for (const spec of numericParameters) shape[spec.key] = numberField(spec, currency);
  return z.object({
    name: z
      .string({ error: 'Name must be text' })
      .refine((name) => name.trim().length > 0, { error: 'Name must not be empty' })
      .refine((name) => name.length <= NAME_LIMIT, {
        error: `Name must be at most ${NAME_LIMIT} characters`,
      }),
    parameters: z.strictObject(shape),
  });
}

/** Whether one parameter's value keeps its rule (limits, whole number, known choice). */
export function isAllowedValue(key: string, value: unknown): boolean {
  const spec = parameterSpec(key);
  if (!spec) return false;
  if (spec.kind === 'choice') return typeof value === 'string' && spec.choices.includes(value);
  const [min, max] = spec.limits;
  return (
    typeof value === 'number' &&
    Number.isFinite(value) &&
    value >= min &&
    value <= max &&
    (!spec.integer || Number.isInteger(value))
  );
}

/**
 * The scenario as the form shows it while typing: each allowed value over the saved one (a refused value
 * leaves the saved one in place), so the table's flags and "changed from" follow the form at once.
 */
export function shownScenario(scenario: Scenario, values: Partial<EditorValues> | undefined): Scenario {
  const parameters: Record<string, unknown> = { ...(scenario.parameters as Record<string, unknown>) };
  for (const [key, value] of Object.entries(values?.parameters ?? {}))
    if (isAllowedValue(key, value)) parameters[key] = value;
  return { ...scenario, parameters: parameters as Scenario['parameters'] };
}

/** The scenario the form's values stand for, checked by the scenario validator (the store's own check). */
export function scenarioFromEditor(base: Scenario, values: EditorValues): ValidationResult {
  return validateScenario({
    ...base,
    name: values.name,
    parameters: { ...(base.parameters as Record<string, unknown>), ...values.parameters },
  });
}

/** Same name and same value of every parameter. */
export function sameEditorValues(a: EditorValues, b: EditorValues): boolean {
  if (a.name !== b.name) return false;
  const keys = new Set([...Object.keys(a.parameters), ...Object.keys(b.parameters)]);
  for (const key of keys) if (!Object.is(a.parameters[key], b.parameters[key])) return false;
  return true;
}

/** The name of a copy: "Copy of Republic of Korea", within the name limit. */
export function copyName(name: string): string {
  return `Copy of ${name.replace(/\s*\(preset\)$/, '')}`.slice(0, NAME_LIMIT);
}
