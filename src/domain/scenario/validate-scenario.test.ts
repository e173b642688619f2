import { describe, expect, it } from 'vitest';

import { smallScenario } from './scenario-fixture.test-helper';
import { formatProblems, parseScenarioJson, validateScenario } from './validate-scenario';

type Mutable = Record<string, unknown> & {
  offices: Record<string, unknown>[];
  centres: Record<string, unknown>[];
  parameters: Record<string, unknown>;
  rollout: { waves: Record<string, unknown>[] };
};

function mutated(change: (s: Mutable) => void): Mutable {
  const s = smallScenario() as Mutable;
  change(s);
  return s;
}

function problemsOf(input: unknown): string[] {
  const result = validateScenario(input);
  if (result.ok) throw new Error('expected the scenario to be rejected');
  return formatProblems(result.problems);
}

describe('validateScenario', () => {
  it('accepts the small valid scenario and returns a copy, not the input', () => {
    const input = smallScenario();
    const result = validateScenario(input);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.scenario).not.toBe(input);
      expect(result.scenario.offices).toHaveLength(2);
    }
  });

  // Each case: a change to a valid scenario, the path that must be named, and text the message must contain
  // (the value and/or the allowed range).
  const cases: [name: string, change: (s: Mutable) => void, path: string, mustSay: string[]][] = [
    [
      'keying speed above its limit',
      (s) => (s.parameters.keyingKph = 200_000),
      'parameters.keyingKph',
      ['200,000', '1,000–30,000 keystrokes/hour'],
    ],
    [
      'negative records',
      (s) => (s.offices[0]!.records = -5),
      'offices[0].records',
      ['-5', '1–100,000,000 records'],
    ],
    [
      'fractional records',
      (s) => (s.offices[1]!.records = 10.5),
      'offices[1].records',
      ['10.5', 'whole number'],
    ],
    [
      'records given as text',
      (s) => (s.offices[0]!.records = '1000'),
      'offices[0].records',
      ['expected a number', '"1000"'],
    ],
    [
      'NaN error rate',
      (s) => (s.parameters.singlePassErrorRate = Number.NaN),
      'parameters.singlePassErrorRate',
      ['NaN'],
    ],
    [
      'infinite scanner speed',
      (s) => (s.parameters.scanPagesPerHour = Number.POSITIVE_INFINITY),
      'parameters.scanPagesPerHour',
      ['Infinity', '50–10,000 pages/hour'],
    ],
    [
      'unknown capture mode',
      (s) => (s.parameters.captureMode = 'triple'),
      'parameters.captureMode',
      ['"triple"', 'single, double, ocrEdit'],
    ],
    ['missing parameter', (s) => delete s.parameters.charsPerPage, 'parameters.charsPerPage', ['missing']],
    [
      'unknown parameter',
      (s) => (s.parameters.magicFactor = 3),
      'parameters',
      ['unknown field', '"magicFactor"'],
    ],
    ['longitude out of range', (s) => (s.offices[0]!.lon = 200), 'offices[0].lon', ['200', '-180–180']],
    ['latitude out of range', (s) => (s.centres[1]!.lat = -91), 'centres[1].lat', ['-91', '-90–90']],
    [
      'bad region code',
      (s) => (s.offices[1]!.region = 'Seoul'),
      'offices[1].region',
      ['"Seoul"', 'ISO 3166-2'],
    ],
    ['empty office name', (s) => (s.offices[0]!.name = '   '), 'offices[0].name', ['must not be empty']],
    [
      'bad office id',
      (s) => (s.offices[0]!.id = 'office one!'),
      'offices[0].id',
      ['"office one!"', 'not a valid id'],
    ],
    ['duplicate office id', (s) => (s.offices[1]!.id = 'O1'), 'offices', ['"O1"', 'more than once']],
    [
      'office pointing at a missing centre',
      (s) => (s.offices[1]!.centreId = 'R9'),
      'offices[1].centreId',
      ['"R9"', 'not the id of a centre'],
    ],
    [
      'fewer pages than records',
      (s) => (s.offices[0]!.pages = 10),
      'offices[0].pages',
      ['10 pages', '1000 records'],
    ],
    [
      'records of 5,000 pages',
      (s) => Object.assign(s.offices[1]!, { records: 1, pages: 5_000 }),
      'offices[1].pages',
      ['5,000 pages for 1 record', '5,000 pages per record', 'limit of 1,000'],
    ],
    [
      'records of a billion pages',
      (s) => Object.assign(s.offices[0]!, { records: 1, pages: 1_000_000_000 }),
      'offices[0].pages',
      ['1,000,000,000 pages per record', 'limit of 1,000'],
    ],
    [
      'just over 1,000 pages per record on average',
      (s) => Object.assign(s.offices[0]!, { records: 3, pages: 3_001 }),
      'offices[0].pages',
      ['3,001 pages for 3 records', '1,000.4 pages per record'],
    ],
    [
      'two central centres',
      (s) => (s.centres[1]!.kind = 'central'),
      'centres',
      ['exactly 1 central', 'found 2'],
    ],
    [
      'unknown centre kind',
      (s) => (s.centres[1]!.kind = 'satellite'),
      'centres[1].kind',
      ['"satellite"', 'central, regional'],
    ],
    ['no offices', (s) => (s.offices = []), 'offices', ['at least 1 offices']],
    [
      'wave starting before the scenario',
      (s) => (s.rollout.waves[0]!.startMonth = '1990-05'),
      'rollout.waves[0].startMonth',
      ['"1990-05"', 'outside the simulated period'],
    ],
    [
      'month in a wrong format',
      (s) => (s.rollout.waves[0]!.startMonth = '1994/01'),
      'rollout.waves[0].startMonth',
      ['"1994/01"', 'YYYY-MM'],
    ],
    ['month 13', (s) => (s.startMonth = '1993-13'), 'startMonth', ['"1993-13"']],
    [
      'wave naming an unknown office',
      (s) => (s.rollout.waves[0]!.officeIds = ['O1', 'O2', 'O7']),
      'rollout.waves[0].officeIds[2]',
      ['"O7"'],
    ],
    [
      'office in no wave',
      (s) => (s.rollout.waves[0]!.officeIds = ['O1']),
      'rollout.waves',
      ['1 office(s) are in no wave', '"O2"'],
    ],
    [
      'office in two waves',
      (s) => s.rollout.waves.push({ id: 'again', label: 'Again', startMonth: '1995-01', officeIds: ['O2'] }),
      'rollout.waves[1].officeIds[0]',
      ['"O2"', 'already in wave "all"'],
    ],
    ['horizon too long', (s) => (s.horizonMonths = 1200), 'horizonMonths', ['1,200', '12–600 months']],
    ['unknown country', (s) => (s.country = 'JPN'), 'country', ['"JPN"', 'KOR, UZB']],
    ['share above 1', (s) => (s.parameters.alertAdoption = 1.5), 'parameters.alertAdoption', ['1.5', '0–1']],
    [
      'digital detects less than paper',
      (s) => (s.parameters.detectionDigital = 0.1),
      'parameters.detectionDigital',
      ['lower than detectionPaper'],
    ],
    ['newer format version', (s) => (s.formatVersion = 7), 'formatVersion', ['newer Registry Rollout Lab']],
    ['wrong format tag', (s) => (s.format = 'excalidraw'), 'format', ['registry-rollout-lab/scenario']],
    ['unknown top-level field', (s) => (s.owner = 'me'), '(scenario)', ['"owner"']],
    [
      'scanners not a whole number',
      (s) => (s.parameters.scannersPerOffice = 1.5),
      'parameters.scannersPerOffice',
      ['1.5', 'whole number'],
    ],
  ];

  it.each(cases)('rejects %s, naming the field', (_name, change, path, mustSay) => {
    const problems = problemsOf(mutated(change));
    const located = problems.filter((line) => line.startsWith(`${path}: `));
    expect(located, problems.join('\n')).not.toHaveLength(0);
    for (const text of mustSay) expect(located.join('\n')).toContain(text);
  });

  it('accepts records of exactly 1,000 pages, the limit', () => {
    const result = validateScenario(
      mutated((s) => Object.assign(s.offices[0]!, { records: 3, pages: 3_000 })),
    );
    expect(result.ok).toBe(true);
  });

  it('has at least 20 distinct bad cases', () => {
    expect(new Set(cases.map(([name]) => name)).size).toBeGreaterThanOrEqual(20);
  });

  it('rejects things that are not scenarios at all', () => {
    for (const input of [null, 42, 'scenario', [], undefined]) expect(validateScenario(input).ok).toBe(false);
  });

  it('refuses a __proto__ key, at the top and nested, and leaves Object.prototype untouched', () => {
    // JSON.parse makes "__proto__" an own, enumerable key (an object literal would set the prototype instead).
    const json = JSON.stringify(smallScenario());
    const places: [text: string, path: string][] = [
      [json.replace('{', '{"__proto__":{"polluted":1},'), '(scenario)'],
      [json.replace('"parameters":{', '"parameters":{"__proto__":{"polluted":1},'), 'parameters'],
      [json.replace('"offices":[{', '"offices":[{"__proto__":{"polluted":1},'), 'offices[0]'],
    ];
    for (const [text, path] of places) {
      const parsed = JSON.parse(text) as Record<string, unknown>;
      const own = (value: unknown) => Object.prototype.hasOwnProperty.call(value, '__proto__');
      expect(own(parsed) || own(parsed.parameters) || own((parsed.offices as unknown[])[0])).toBe(true);
      for (const result of [parseScenarioJson(text), validateScenario(parsed)]) {
        expect(result.ok).toBe(false);
        if (!result.ok)
          expect(formatProblems(result.problems)).toEqual([`${path}: unknown field "__proto__"`]);
      }
    }
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reports a JSON syntax error with line and column', () => {
    const result = parseScenarioJson('{\n  "format": "registry-rollout-lab/scenario",\n  "id": oops\n}');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.message).toMatch(/line 3, column \d+/);
  });

  it('caps the number of reported problems', () => {
    const s = mutated((x) => {
      x.offices = Array.from({ length: 80 }, (_, i) => ({
        id: `O${i}`,
        name: '',
        region: 'x',
        lon: 999,
        lat: 0,
        records: 0,
        pages: 0,
        centreId: 'R1',
      }));
    });
    const result = validateScenario(s);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems.length).toBe(51);
      expect(result.problems.at(-1)?.message).toMatch(/and \d+ more problems/);
    }
  });
});
