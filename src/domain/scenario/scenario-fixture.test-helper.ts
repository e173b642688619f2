/** A small valid scenario for tests: two offices, a central and a regional centre, one wave. */
import { defaultParameterValues } from '../parameters/parameter-catalogue';
import { SCENARIO_FORMAT, SCENARIO_FORMAT_VERSION } from './scenario-schema';

export function smallScenario(): Record<string, unknown> {
  return {
    format: SCENARIO_FORMAT,
    formatVersion: SCENARIO_FORMAT_VERSION,
    id: 'test-scenario',
    name: 'Two offices',
    country: 'KOR',
    currency: 'KRW',
    startMonth: '1993-01',
    horizonMonths: 120,
    offices: [
      {
        id: 'O1',
        name: 'Jongno',
        region: 'KR-11',
        lon: 126.98,
        lat: 37.57,
        records: 1000,
        pages: 3560,
        centreId: 'R1',
      },
      {
        id: 'O2',
        name: 'Suwon',
        region: 'KR-41',
        lon: 127.01,
        lat: 37.29,
        records: 500,
        pages: 1800,
        centreId: 'R1',
      },
    ],
    centres: [
      { id: 'C', name: 'Seoul', kind: 'central', region: 'KR-11', lon: 126.98, lat: 37.57 },
      { id: 'R1', name: 'Suwon', kind: 'regional', region: 'KR-41', lon: 127.01, lat: 37.29 },
    ],
    parameters: defaultParameterValues(),
    rollout: { waves: [{ id: 'all', label: 'All offices', startMonth: '1994-01', officeIds: ['O1', 'O2'] }] },
  };
}
