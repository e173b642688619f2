/**
 * The editor's writes (README "Scenario editor"): a copy of the scenario on screen (a preset with its rollout
 * plan's values, or a saved scenario) saved as a new row (source 'duplicate'), and an edited scenario saved
 * over its row. Both go through the repositories, which validate again; an error writes nothing.
 */
import type { RolloutDatabase } from '@/db';
import { appDatabase, createScenario, updateScenario } from '@/db';
import type { Scenario } from '@/domain/scenario/scenario-schema';
import { formatProblems } from '@/domain/scenario/validate-scenario';

import { copyName } from './scenario-editor';

export type EditAnswer =
  | { readonly ok: true; readonly id: string }
  | { readonly ok: false; readonly message: string; readonly problems: readonly string[] };

function failure(error: { readonly kind: string; readonly message: string; readonly problems?: unknown }) {
  const problems =
    error.kind === 'invalid' ? formatProblems(error.problems as Parameters<typeof formatProblems>[0]) : [];
  return { ok: false as const, message: error.message, problems };
}

/** Saves a copy of the scenario ("Copy of <name>", source 'duplicate') and answers its row id. */
export async function duplicateIntoStore(
  scenario: Scenario,
  now: number,
  db: RolloutDatabase = appDatabase(),
): Promise<EditAnswer> {
  const answer = await createScenario(db, {
    document: { ...scenario, name: copyName(scenario.name) },
    source: 'duplicate',
    now,
  });
  return answer.ok ? { ok: true, id: answer.value.id } : failure(answer.error);
}

/** Saves an edited scenario over its row (autosave, undo, redo). */
export async function saveEditedScenario(
  id: string,
  scenario: Scenario,
  now: number,
  db: RolloutDatabase = appDatabase(),
): Promise<EditAnswer> {
  const answer = await updateScenario(db, id, scenario, now);
  return answer.ok ? { ok: true, id } : failure(answer.error);
}
