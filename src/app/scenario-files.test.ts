/**
 * Scenario files: hand-made broken files are refused with problems naming the file, the field and the rule
 * (and nothing is saved: rows counted before and after); a good file gives a preview with its differences
 * from the preset; the size budget refuses a huge file without reading it.
 */
// Dexie's defaults need the global indexedDB (README Pitfalls): install it before Dexie loads.
import 'fake-indexeddb/auto';

import { afterEach, describe, expect, it } from 'vitest';

import { getScenario, listScenarios } from '@/db';
import type { TestDatabase } from '@/db/fake-database.test-helper';
import { createTestDatabase } from '@/db/fake-database.test-helper';
import { buildPresetScenario } from '@/domain/presets/presets';
import { scenarioFileText } from '@/domain/scenario/scenario-file';
import { parseScenarioJson } from '@/domain/scenario/validate-scenario';

import type { ScenarioFileLike, ScenarioFileProblems, ScenarioPreview } from './scenario-files';
import {
  MAX_SCENARIO_FILE_BYTES,
  readScenarioFile,
  saveImportedScenario,
  scenarioDownload,
} from './scenario-files';

const T0 = 1_735_689_600_000;

let open: TestDatabase | null = null;
afterEach(() => {
  open?.db.close();
  open = null;
});

function database(): TestDatabase {
  open = createTestDatabase(`scenario-files-${Math.floor(performance.now() * 1000)}`);
  return open;
}

/** A file as the browser hands it over; `reads` counts calls to text(). */
function fileOf(name: string, text: string): ScenarioFileLike & { reads: number } {
  const blob = new Blob([text]);
  return {
    name,
    size: blob.size,
    reads: 0,
    text() {
      this.reads += 1;
      return blob.text();
    },
  };
}

const korea = () => buildPresetScenario('korea');
const koreaText = () => scenarioFileText(korea());

function edited(change: (doc: Record<string, unknown>) => void): string {
  const doc = JSON.parse(koreaText()) as Record<string, unknown>;
  change(doc);
  return JSON.stringify(doc, null, 2);
}

async function problemsOf(file: ScenarioFileLike): Promise<ScenarioFileProblems> {
  const reading = await readScenarioFile(file);
  if (reading.kind !== 'problems') throw new Error(`expected problems, got a preview of ${file.name}`);
  return reading;
}

describe('scenario export', () => {
  it('writes the scenario pretty-printed, named after it, and parseScenarioJson gives it back', () => {
    const scenario = korea();
    const { fileName, text } = scenarioDownload(scenario);
    expect(fileName).toBe('republic-of-korea-preset.scenario.json');
    expect(text.startsWith('{\n  "format": "registry-rollout-lab/scenario",\n  "formatVersion": 1,')).toBe(
      true,
    );
    const back = parseScenarioJson(text);
    expect(back.ok).toBe(true);
    if (back.ok) expect(back.scenario).toEqual(scenario);
  });
});

describe('readScenarioFile: refusals name the file, the field and the rule', () => {
  const cases: [what: string, name: string, text: () => string, expected: RegExp[]][] = [
    [
      'truncated JSON',
      'cut.json',
      () => koreaText().slice(0, 300),
      [/^"cut\.json": \(file\): not valid JSON at line \d+, column \d+/],
    ],
    [
      'a wrong format version',
      'future.json',
      () => edited((d) => (d.formatVersion = 2)),
      [/^"future\.json": formatVersion: version 2 was made by a newer Registry Rollout Lab/],
    ],
    [
      'an out-of-range value',
      'fast.json',
      () => edited((d) => ((d.parameters as Record<string, unknown>).keyingKph = 200_000)),
      [/^"fast\.json": parameters\.keyingKph: 200,000 is outside 1,000–30,000 keystrokes\/hour$/],
    ],
    [
      'a __proto__ key',
      'proto.json',
      () => koreaText().replace('{', '{"__proto__": {"polluted": 1},'),
      [/^"proto\.json": \(scenario\): unknown field "__proto__"$/],
    ],
    [
      'a record of 5,000 pages',
      'thick.json',
      () =>
        edited((d) => {
          const office = (d.offices as Record<string, unknown>[])[0]!;
          office.records = 1;
          office.pages = 5000;
        }),
      [
        /^"thick\.json": offices\[0\]\.pages: 5,000 pages for 1 record is 5,000 pages per record, above the limit of 1,000$/,
      ],
    ],
    [
      'an unknown key',
      'extra.json',
      () => edited((d) => (d.colour = 'blue')),
      [/^"extra\.json": \(scenario\): unknown field "colour"$/],
    ],
    [
      'a wrong country',
      'japan.json',
      () => edited((d) => (d.country = 'JPN')),
      [/^"japan\.json": country: "JPN" is not a country \(ISO 3166-1 alpha-3\); use one of KOR, UZB$/],
    ],
  ];

  it.each(cases)('%s', async (_what, name, text, expected) => {
    const { db } = database();
    const before = (await listScenarios(db)).length;
    const reading = await problemsOf(fileOf(name, text()));
    expect(reading.headline).toContain(`"${name}" was not imported`);
    expect(reading.headline).toContain('nothing was saved');
    expect(reading.problems).toHaveLength(expected.length);
    reading.problems.forEach((line, i) => expect(line).toMatch(expected[i]!));
    expect((await listScenarios(db)).length).toBe(before);
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('refuses a 50 MB file by its size without reading it', async () => {
    const file = fileOf('huge.json', `"${'x'.repeat(50 * 1024 * 1024)}"`);
    const reading = await problemsOf(file);
    expect(file.reads).toBe(0);
    expect(reading.problems).toEqual([
      '"huge.json": the file is 50 MB; scenario files are at most 5 MB (a preset is under 0.1 MB)',
    ]);
  });

  it('reads a file exactly at the size budget', async () => {
    const text = koreaText();
    const file = { ...fileOf('padded.json', text), size: MAX_SCENARIO_FILE_BYTES };
    expect((await readScenarioFile(file)).kind).toBe('preview');
  });

  it('says so when the file cannot be read', async () => {
    const file = { name: 'gone.json', size: 10, text: () => Promise.reject(new Error('NotReadableError')) };
    expect((await problemsOf(file)).problems).toEqual([
      '"gone.json": the file could not be read (NotReadableError)',
    ]);
  });
});

describe('readScenarioFile: a good file', () => {
  it('previews the preset itself with no differences', async () => {
    const reading = await readScenarioFile(fileOf('korea.json', `\uFEFF${koreaText()}`));
    expect(reading.kind).toBe('preview');
    const preview = reading as ScenarioPreview;
    expect(preview).toMatchObject({
      fileName: 'korea.json',
      offices: 209,
      records: 45_000_000,
      pages: 160_000_000,
      presetName: 'Republic of Korea (preset)',
    });
    expect(preview.waves).toBe(korea().rollout.waves.length);
    expect(preview.diff).toEqual({ parameters: [], other: [] });
  });

  it('lists changed parameters with label, preset value and file value, and other differences', async () => {
    const text = edited((d) => {
      const p = d.parameters as Record<string, unknown>;
      p.keyingKph = (p.keyingKph as number) + 1000;
      p.captureMode = p.captureMode === 'single' ? 'double' : 'single';
      d.startMonth = '1994-01';
      (d.offices as Record<string, unknown>[])[3]!.records = 1234;
      (d.offices as Record<string, unknown>[])[3]!.pages = 5000;
    });
    const preview = (await readScenarioFile(fileOf('edited.json', text))) as ScenarioPreview;
    expect(preview.kind).toBe('preview');
    const base = korea().parameters;
    const keys = preview.diff.parameters.map((c) => c.key);
    expect(keys).toEqual(['captureMode', 'keyingKph']);
    expect(preview.diff.parameters.find((c) => c.key === 'keyingKph')).toEqual({
      key: 'keyingKph',
      label: expect.any(String) as string,
      unit: 'keystrokes/hour',
      presetValue: base.keyingKph,
      fileValue: (base.keyingKph as number) + 1000,
    });
    expect(preview.diff.other).toEqual([
      'start month 1993-01 → 1994-01',
      '1 office changed (records, pages, centre, name or place)',
    ]);
  });

  it('compares a historical Korean file with the historical plan', async () => {
    const historical = buildPresetScenario('korea', { rolloutPlan: 'historical' });
    const preview = (await readScenarioFile(
      fileOf('hist.json', scenarioFileText(historical)),
    )) as ScenarioPreview;
    expect(preview.diff).toEqual({ parameters: [], other: [] });
  });
});

describe('saveImportedScenario', () => {
  it('saves a previewed scenario as an import, document unchanged', async () => {
    const { db } = database();
    const preview = (await readScenarioFile(fileOf('korea.json', koreaText()))) as ScenarioPreview;
    expect(await listScenarios(db)).toHaveLength(0);
    const answer = await saveImportedScenario(preview, T0, db);
    expect(answer.ok).toBe(true);
    if (!answer.ok) return;
    const row = await getScenario(db, answer.id);
    expect(row).toMatchObject({
      source: 'import',
      name: 'Republic of Korea (preset)',
      country: 'KOR',
      createdAt: T0,
    });
    expect(scenarioFileText(row!.document)).toBe(koreaText());
    expect(await listScenarios(db)).toHaveLength(1);
  });
});
