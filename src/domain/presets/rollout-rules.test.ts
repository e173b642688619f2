import { describe, expect, it } from 'vitest';

import { resolveWaveRules } from './rollout-rules';

const offices = [
  { id: 'a', region: 'KR-11', records: 10 },
  { id: 'b', region: 'KR-26', records: 50 },
  { id: 'c', region: 'KR-11', records: 30 },
  { id: 'd', region: 'KR-28', records: 30 },
  { id: 'e', region: 'KR-26', records: 5 },
];

describe('resolveWaveRules', () => {
  it('fills waves largest first, with region filters, cumulative counts and a rest wave', () => {
    const waves = resolveWaveRules(
      [
        { id: 'pilot', start: '1997-01', regions: ['KR-11'], count: 1 },
        { id: 'more', start: '1998-01', countTotal: 3 },
        { id: 'rest', start: '1999-01', rest: true },
      ],
      offices,
    );
    expect(waves.map((w) => w.officeIds)).toEqual([['c'], ['b', 'd'], ['a', 'e']]);
    expect(waves[0]).toMatchObject({ id: 'pilot', label: 'pilot', startMonth: '1997-01' });
  });

  it('does not depend on the order of the offices', () => {
    const rules = [
      { id: 'x', start: '2000-01', count: 2 },
      { id: 'y', start: '2001-01', rest: true },
    ];
    expect(resolveWaveRules(rules, [...offices].reverse())).toEqual(resolveWaveRules(rules, offices));
  });

  it('rejects a wave rule without a size', () => {
    expect(() => resolveWaveRules([{ id: 'w', start: '2000-01' }], offices)).toThrow(
      /count, countTotal or rest/,
    );
  });
});
