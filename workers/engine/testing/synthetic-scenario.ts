/**
 * Small valid scenarios for engine tests: a handful of offices, a central and a regional centre.
 */
import { defaultParameterValues } from '../../../src/domain/parameters/parameter-catalogue';
import type { Scenario } from '../../../src/domain/scenario/scenario-schema';
import { SCENARIO_FORMAT, SCENARIO_FORMAT_VERSION } from '../../../src/domain/scenario/scenario-schema';
import { validateScenario } from '../../../src/domain/scenario/validate-scenario';

export interface SyntheticOffice {
  readonly records: number;
  readonly pages: number;
  /** Months after the scenario start at which the office's wave starts. */
  readonly startOffset: number;
}

export function syntheticScenario(
  offices: readonly SyntheticOffice[],
  parameters: Readonly<Record<string, number | string>> = {},
  horizonMonths = 240,
): Scenario {
  const byStart = new Map<number, string[]>();
  const officeRows = offices.map((office, i) => {
    const id = `O${i + 1}`;
    byStart.set(office.startOffset, [...(byStart.get(office.startOffset) ?? []), id]);
    return {
      id,
      name: `Office ${i + 1}`,
      region: 'KR-11',
      lon: 127,
      lat: 37.5,
      records: office.records,
      pages: office.pages,
      centreId: i % 2 === 0 ? 'R1' : 'C',
    };
  });
  const waves = [...byStart.entries()]
    .sort(([a], [b]) => a - b)
    .map(([offset, officeIds]) => ({
      id: `w${offset}`,
      label: `Wave at +${offset} months`,
      startMonth: `${2000 + Math.floor(offset / 12)}-${String((offset % 12) + 1).padStart(2, '0')}`,
      officeIds,
    }));
  const result = validateScenario({
    format: SCENARIO_FORMAT,
    formatVersion: SCENARIO_FORMAT_VERSION,
    id: 'synthetic',
    name: 'Synthetic',
    country: 'KOR',
    currency: 'KRW',
    startMonth: '2000-01',
    horizonMonths,
    offices: officeRows,
    centres: [
      { id: 'C', name: 'Central', kind: 'central', region: 'KR-11', lon: 127, lat: 37.5 },
      { id: 'R1', name: 'Regional', kind: 'regional', region: 'KR-11', lon: 127, lat: 37.5 },
    ],
    parameters: { ...defaultParameterValues(), ...parameters },
    rollout: { waves },
  });
  if (!result.ok)
    throw new Error(`synthetic scenario invalid: ${JSON.stringify(result.problems.slice(0, 3))}`);
  return result.scenario;
}
