/**
 * Scenario import and export (README "Scenario files"). Reading a file: the size is checked first (a file
 * over the budget is refused before it is read), then the JSON and the validator; every problem names the
 * file, the field, the value and the rule. A good file gives a preview (and its differences from the preset
 * of its country); nothing is saved until the user confirms, and then only through `createScenario`.
 */
import type { RolloutDatabase } from '@/db';
import { appDatabase, createScenario } from '@/db';
import { formatNumber } from '@/domain/parameters/parameter-spec';
import type { ScenarioDiff } from '@/domain/scenario/scenario-file';
import {
  diffAgainstPreset,
  presetFor,
  scenarioFileName,
  scenarioFileText,
} from '@/domain/scenario/scenario-file';
import type { Scenario } from '@/domain/scenario/scenario-schema';
import { formatProblems, parseScenarioJson } from '@/domain/scenario/validate-scenario';

/** Largest scenario file read: a preset is ~60 KB; 5,000 offices stay well under it. */
export const MAX_SCENARIO_FILE_BYTES = 5 * 1024 * 1024;

/** What is needed of a `File` (a browser `File` or a test's stand-in). */
export interface ScenarioFileLike {
  readonly name: string;
  readonly size: number;
  text(): Promise<string>;
}

export interface ScenarioPreview {
  readonly kind: 'preview';
  readonly fileName: string;
  readonly scenario: Scenario;
  readonly offices: number;
  readonly records: number;
  readonly pages: number;
  readonly waves: number;
  /** The preset it is compared with, by name. */
  readonly presetName: string;
  readonly diff: ScenarioDiff;
}

export interface ScenarioFileProblems {
  readonly kind: 'problems';
  readonly fileName: string;
  /** One line: what happened to the file. */
  readonly headline: string;
  /** Each: `"file.json": field: message`. */
  readonly problems: readonly string[];
}

export type ScenarioFileReading = ScenarioPreview | ScenarioFileProblems;

function megabytes(bytes: number): string {
  return `${formatNumber(Math.round((bytes / (1024 * 1024)) * 10) / 10)} MB`;
}

function refusal(fileName: string, problems: readonly string[]): ScenarioFileProblems {
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  return {
    kind: 'problems',
    fileName,
    headline: `"${fileName}" was not imported (${count}); nothing was saved.`,
    problems,
  };
}

/** A scenario's preview: its size in offices, records, pages and waves, and what differs from its preset. */
export function previewScenario(fileName: string, scenario: Scenario): ScenarioPreview {
  const preset = presetFor(scenario);
  return {
    kind: 'preview',
    fileName,
    scenario,
    offices: scenario.offices.length,
    records: scenario.offices.reduce((sum, o) => sum + o.records, 0),
    pages: scenario.offices.reduce((sum, o) => sum + o.pages, 0),
    waves: scenario.rollout.waves.length,
    presetName: preset.name,
    diff: diffAgainstPreset(scenario, preset),
  };
}

/** Reads and checks a scenario file; never saves anything. */
export async function readScenarioFile(file: ScenarioFileLike): Promise<ScenarioFileReading> {
  const name = file.name;
  if (file.size > MAX_SCENARIO_FILE_BYTES)
    return refusal(name, [
      `"${name}": the file is ${megabytes(file.size)}; scenario files are at most ${megabytes(MAX_SCENARIO_FILE_BYTES)} (a preset is under 0.1 MB)`,
    ]);
  let text: string;
  try {
    text = await file.text();
  } catch (error) {
    return refusal(name, [
      `"${name}": the file could not be read (${error instanceof Error ? error.message : String(error)})`,
    ]);
  }
  // Editors on Windows may save a byte-order mark, which JSON.parse rejects.
  const parsed = parseScenarioJson(text.replace(/^\uFEFF/, ''));
  if (!parsed.ok)
    return refusal(
      name,
      formatProblems(parsed.problems).map((line) => `"${name}": ${line}`),
    );
  return previewScenario(name, parsed.scenario);
}

export type ImportAnswer =
  | { readonly ok: true; readonly id: string }
  | { readonly ok: false; readonly message: string; readonly problems: readonly string[] };

/** Saves a previewed scenario (source 'import') through the repository, which validates it again. */
export async function saveImportedScenario(
  preview: ScenarioPreview,
  now: number,
  db: RolloutDatabase = appDatabase(),
): Promise<ImportAnswer> {
  const answer = await createScenario(db, { document: preview.scenario, source: 'import', now });
  if (answer.ok) return { ok: true, id: answer.value.id };
  const { error } = answer;
  return {
    ok: false,
    message: `"${preview.fileName}": ${error.message}`,
    problems: error.kind === 'invalid' ? formatProblems(error.problems) : [],
  };
}

/** What "Export scenario" downloads: the file name and its text. */
export function scenarioDownload(scenario: Scenario): { readonly fileName: string; readonly text: string } {
  return { fileName: scenarioFileName(scenario.name), text: scenarioFileText(scenario) };
}
