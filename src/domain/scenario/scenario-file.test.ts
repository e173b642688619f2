import { describe, expect, it } from 'vitest';

import { buildPresetScenario } from '../presets/presets';
import {
  describeChange,
  diffAgainstPreset,
  presetFor,
  scenarioFileName,
  scenarioFileText,
} from './scenario-file';
import type { Scenario } from './scenario-schema';
import { parseScenarioJson } from './validate-scenario';

const korea = () => buildPresetScenario('korea');

describe('scenarioFileText and scenarioFileName', () => {
  it('writes what parseScenarioJson reads back, two-space indented, ending in a newline', () => {
    for (const scenario of [korea(), buildPresetScenario('uzbekistan')]) {
      const text = scenarioFileText(scenario);
      expect(text).toMatch(/^\{\n {2}"format": "registry-rollout-lab\/scenario",\n/);
      expect(text.endsWith('}\n')).toBe(true);
      const back = parseScenarioJson(text);
      expect(back.ok && back.scenario).toEqual(scenario);
    }
  });

  it.each([
    ['Republic of Korea (preset)', 'republic-of-korea-preset.scenario.json'],
    ['  Tashkent — wave 2!  ', 'tashkent-wave-2.scenario.json'],
    ['Ŝéoul café', 'seoul-cafe.scenario.json'],
    ['서울', 'scenario.scenario.json'],
    ['../../etc/passwd', 'etc-passwd.scenario.json'],
    [`${'a'.repeat(79)} b`, `${'a'.repeat(79)}.scenario.json`],
  ])('names %j %s', (name, file) => {
    expect(scenarioFileName(name)).toBe(file);
  });
});

describe('diffAgainstPreset', () => {
  it('finds nothing between a preset and itself, and picks the plan the file names', () => {
    expect(diffAgainstPreset(korea(), korea())).toEqual({ parameters: [], other: [] });
    const historical = buildPresetScenario('korea', { rolloutPlan: 'historical' });
    expect(presetFor(historical)).toEqual(historical);
    expect(presetFor({ ...korea(), rollout: { waves: korea().rollout.waves } })).toEqual(korea());
    const uzbek = buildPresetScenario('uzbekistan');
    expect(
      presetFor({ ...uzbek, rollout: { ...uzbek.rollout, variant: { id: 'historical', label: 'x' } } }),
    ).toEqual(uzbek);
  });

  it('lists each changed parameter with its label and both values, in catalogue order', () => {
    const base = korea();
    const p = base.parameters as Record<string, number | string>;
    const file: Scenario = {
      ...base,
      parameters: { ...base.parameters, keyingKph: (p.keyingKph as number) + 1, captureMode: 'single' },
    };
    const diff = diffAgainstPreset(file, base);
    expect(diff.other).toEqual([]);
    expect(diff.parameters.map((c) => c.key)).toEqual(
      p.captureMode === 'single' ? ['keyingKph'] : ['captureMode', 'keyingKph'],
    );
    const keying = diff.parameters.find((c) => c.key === 'keyingKph')!;
    expect(keying).toMatchObject({ unit: 'keystrokes/hour', presetValue: p.keyingKph });
    expect(describeChange(keying)).toBe(
      `${keying.label}: ${Number(p.keyingKph).toLocaleString('en-US')} keystrokes/hour → ${(Number(p.keyingKph) + 1).toLocaleString('en-US')} keystrokes/hour`,
    );
    expect(
      describeChange({
        key: 'captureMode',
        label: 'Keying mode',
        unit: 'choice',
        presetValue: 'double',
        fileValue: 'single',
      }),
    ).toBe('Keying mode: double → single');
  });

  it('summarises currency, start, horizon, offices, centres and waves', () => {
    const base = korea();
    const [first, second, ...rest] = base.offices;
    const file: Scenario = {
      ...base,
      currency: 'USD',
      startMonth: '1994-01',
      horizonMonths: 300,
      offices: [{ ...first!, id: 'NEW1' }, { ...second!, records: second!.records + 1 }, ...rest],
      centres: base.centres.map((c, i) => (i === 0 ? { ...c, name: 'Elsewhere' } : c)),
      rollout: { ...base.rollout, waves: base.rollout.waves.slice(0, 1) },
    };
    expect(diffAgainstPreset(file, base).other).toEqual([
      'currency KRW → USD',
      'start month 1993-01 → 1994-01',
      'horizon 360 → 300 months',
      '1 office not in the preset',
      `1 office of the preset left out`,
      '1 office changed (records, pages, centre, name or place)',
      'data centres differ',
      `rollout plan differs (1 wave; the preset has ${base.rollout.waves.length})`,
    ]);
    const two: Scenario = { ...base, offices: rest };
    expect(diffAgainstPreset(two, base).other).toEqual(['2 offices of the preset left out']);
  });
});
