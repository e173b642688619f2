/** Loads the scenario the CLI was asked for: a preset, or a file read and validated like any import. */
import { readFile } from 'node:fs/promises';

import { buildPresetScenario } from '../src/domain/presets/presets';
import type { Scenario } from '../src/domain/scenario/scenario-schema';
import { formatProblems, parseScenarioJson } from '../src/domain/scenario/validate-scenario';
import type { ScenarioSource } from './cli-args';

export type LoadedScenario =
  { readonly ok: true; readonly scenario: Scenario } | { readonly ok: false; readonly lines: string[] };

function readFailure(path: string, error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  const reason =
    code === 'ENOENT'
      ? 'no such file'
      : code === 'EISDIR'
        ? 'it is a folder'
        : code === 'EACCES' || code === 'EPERM'
          ? 'permission denied'
          : error instanceof Error
            ? error.message
            : String(error);
  return `cannot read scenario file "${path}": ${reason}`;
}

export async function loadScenario(source: ScenarioSource): Promise<LoadedScenario> {
  if (source.kind === 'preset')
    return { ok: true, scenario: buildPresetScenario(source.id, { rolloutPlan: source.rollout }) };
  let text: string;
  try {
    text = await readFile(source.path, 'utf8');
  } catch (error) {
    return { ok: false, lines: [readFailure(source.path, error)] };
  }
  // Editors on Windows may save a byte-order mark, which JSON.parse rejects.
  const parsed = parseScenarioJson(text.replace(/^\uFEFF/, ''));
  if (parsed.ok) return { ok: true, scenario: parsed.scenario };
  return {
    ok: false,
    lines: [`scenario file "${source.path}" is not a valid scenario:`, ...formatProblems(parsed.problems)],
  };
}
