import { describe, expect, it } from 'vitest';

import { parameterSpec } from '@/domain/parameters/parameter-catalogue';
import type { NumericParameterSpec } from '@/domain/parameters/parameter-spec';
import { buildPresetScenario } from '@/domain/presets/presets';

import {
  copyName,
  editorSchema,
  editorValuesOf,
  limitRule,
  isAllowedValue,
  sameEditorValues,
  scenarioFromEditor,
  shownScenario,
} from './scenario-editor';
import type { EditorValues } from './scenario-editor';

const korea = buildPresetScenario('korea');
const numeric = (key: string) => parameterSpec(key) as NumericParameterSpec;

/** The messages the form's schema gives for these values, by path. */
function messages(values: unknown, currency = 'KRW'): Record<string, string> {
  const parsed = editorSchema(currency).safeParse(values);
  if (parsed.success) return {};
  return Object.fromEntries(parsed.error.issues.map((i) => [i.path.join('.'), i.message]));
}

function withParameter(key: string, value: number | string): EditorValues {
  const values = editorValuesOf(korea);
  return { ...values, parameters: { ...values.parameters, [key]: value } };
}

describe('the editor form', () => {
  it('holds the scenario name and every catalogue parameter with the scenario value', () => {
    const values = editorValuesOf(korea);
    expect(values.name).toBe('Republic of Korea (preset)');
    expect(values.parameters.keyingKph).toBe(9000);
    expect(values.parameters.captureMode).toBe('double');
    expect(Object.keys(values.parameters).sort()).toEqual(Object.keys(korea.parameters).sort());
    expect(messages(values)).toEqual({});
  });

  it('names the rule of a value outside its limits, in the scenario currency', () => {
    expect(limitRule(numeric('keyingKph'), 'KRW')).toBe('Keying speed must be 1,000–30,000 keystrokes/hour');
    expect(limitRule(numeric('charsPerPage'), 'KRW')).toBe(
      'Characters keyed per page must be a whole number, 50–5,000 characters/page',
    );
    expect(limitRule(numeric('counterFee'), 'UZS')).toBe(
      'Counter fee per certificate must be 0–1,000,000 UZS/certificate',
    );
    expect(limitRule(numeric('onlineServicesFromYear'), 'KRW')).toBe(
      'Online services available from must be a whole number, 1950–2100',
    );
  });

  it('refuses out-of-limits, fractional, empty and unknown values with the rule', () => {
    expect(messages(withParameter('keyingKph', 200_000))).toEqual({
      'parameters.keyingKph': 'Keying speed must be 1,000–30,000 keystrokes/hour',
    });
    expect(messages(withParameter('keyersPerOffice', 0.4))).toEqual({
      'parameters.keyersPerOffice': 'Keyers per average office must be 0.5–1,000 FTE',
    });
    expect(messages(withParameter('charsPerPage', 800.5))).toEqual({
      'parameters.charsPerPage': 'Characters keyed per page must be a whole number, 50–5,000 characters/page',
    });
    // An emptied number field reads as NaN.
    expect(messages(withParameter('keyingKph', Number.NaN))).toEqual({
      'parameters.keyingKph': 'Keying speed must be 1,000–30,000 keystrokes/hour',
    });
    expect(messages(withParameter('captureMode', 'voice'))).toEqual({
      'parameters.captureMode': 'Keying mode must be one of single, double, ocrEdit',
    });
    expect(messages({ ...editorValuesOf(korea), name: '  ' })).toEqual({ name: 'Name must not be empty' });
  });

  it('accepts the limits themselves and a value outside the plausible range', () => {
    expect(messages(withParameter('keyingKph', 1000))).toEqual({});
    expect(messages(withParameter('keyingKph', 30_000))).toEqual({});
    expect(messages(withParameter('keyersPerOffice', 60))).toEqual({}); // plausible 8–40
  });

  it('maps valid values onto the scenario, keeping everything else', () => {
    const values = { ...withParameter('keyersPerOffice', 30), name: 'Faster Korea' };
    const result = scenarioFromEditor(korea, values);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.scenario.name).toBe('Faster Korea');
    expect(result.scenario.parameters.keyersPerOffice).toBe(30);
    expect({ ...result.scenario, name: korea.name, parameters: korea.parameters }).toEqual(korea);
    expect({ ...result.scenario.parameters, keyersPerOffice: korea.parameters.keyersPerOffice }).toEqual(
      korea.parameters,
    );
  });

  it('maps invalid values to the validator’s problems, never to a scenario', () => {
    const result = scenarioFromEditor(korea, withParameter('keyingKph', 200_000));
    expect(result).toEqual({
      ok: false,
      problems: [
        { path: 'parameters.keyingKph', message: '200,000 is outside 1,000–30,000 keystrokes/hour' },
      ],
    });
  });

  it('compares values by name and every parameter', () => {
    const values = editorValuesOf(korea);
    expect(sameEditorValues(values, editorValuesOf(korea))).toBe(true);
    expect(sameEditorValues(values, withParameter('keyingKph', 9001))).toBe(false);
    expect(sameEditorValues(values, { ...values, name: 'Other' })).toBe(false);
  });

  it('shows allowed values at once and leaves a refused one at the saved value', () => {
    const typed = {
      ...withParameter('keyersPerOffice', 30),
      parameters: {
        ...withParameter('keyersPerOffice', 30).parameters,
        keyingKph: 200_000,
        captureMode: 'single',
      },
    };
    const shown = shownScenario(korea, typed);
    expect(shown.parameters.keyersPerOffice).toBe(30);
    expect(shown.parameters.captureMode).toBe('single');
    expect(shown.parameters.keyingKph).toBe(9000);
    expect(shownScenario(korea, withParameter('keyingKph', Number.NaN)).parameters.keyingKph).toBe(9000);
    expect(shownScenario(korea, withParameter('charsPerPage', 800.5)).parameters.charsPerPage).toBe(800);
    expect(shownScenario(korea, withParameter('captureMode', 'voice')).parameters.captureMode).toBe('double');
    expect(shownScenario(korea, undefined)).toEqual(korea);
    expect(isAllowedValue('noSuchParameter', 1)).toBe(false);
    expect(isAllowedValue('keyingKph', '9000')).toBe(false);
  });

  it('names a copy', () => {
    expect(copyName('Republic of Korea (preset)')).toBe('Copy of Republic of Korea');
    expect(copyName('My plan')).toBe('Copy of My plan');
    expect(copyName('x'.repeat(120))).toHaveLength(120);
  });
});
