/** Synthetic scenarios whose programme starts in a given month of 2000 (for the budget's prorated first year). */
import type { Scenario } from '../../../src/domain/scenario/scenario-schema';
import { validateScenario } from '../../../src/domain/scenario/validate-scenario';
import type { SyntheticOffice } from './synthetic-scenario';
import { syntheticScenario } from './synthetic-scenario';

export function validated(candidate: unknown): Scenario {
  const result = validateScenario(candidate);
  if (!result.ok) throw new Error(`scenario invalid: ${JSON.stringify(result.problems.slice(0, 3))}`);
  return result.scenario;
}

/** `syntheticScenario` with the programme starting in `month` (1–12) of 2000; office offsets count from there. */
export function startingIn(
  offices: readonly SyntheticOffice[],
  parameters: Readonly<Record<string, number | string>>,
  month: number,
  horizonMonths = 240,
): Scenario {
  const base = syntheticScenario(offices, parameters, horizonMonths);
  const shift = (text: string) => {
    const [year, m] = text.split('-').map(Number) as [number, number];
    const index = year * 12 + m - 1 + month - 1;
    return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
  };
  return validated({
    ...base,
    startMonth: shift(base.startMonth),
    rollout: {
      ...base.rollout,
      waves: base.rollout.waves.map((wave) => ({ ...wave, startMonth: shift(wave.startMonth) })),
    },
  });
}
