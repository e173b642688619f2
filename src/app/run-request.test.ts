import { describe, expect, it } from 'vitest';

import { benchRequested } from './bench-hook';
import {
  checkReplications,
  checkSeed,
  estimateRunSeconds,
  parseWholeNumber,
  validateRunRequest,
} from './run-request';

describe('run request checks', () => {
  it('reads only plain digits as numbers', () => {
    expect(parseWholeNumber(' 42 ')).toBe(42);
    expect(parseWholeNumber('1e3')).toBe('1e3');
    expect(parseWholeNumber('-1')).toBe('-1');
    expect(parseWholeNumber('')).toBe('');
  });

  it('names the field and the range', () => {
    expect(checkSeed(0)).toBeNull();
    expect(checkSeed(4_294_967_295)).toBeNull();
    expect(checkSeed(4_294_967_296)).toBe(
      'Seed: 4,294,967,296 is not a whole number from 0 to 4,294,967,295',
    );
    expect(checkSeed('abc')).toBe('Seed: "abc" is not a whole number from 0 to 4,294,967,295');
    expect(checkReplications(1000)).toBeNull();
    expect(checkReplications(0)).toBe('Replications: 0 is not a whole number from 1 to 1,000');
    expect(checkReplications(2.5)).toBe('Replications: 2.5 is not a whole number from 1 to 1,000');
  });

  it('validates untrusted run options, listing every problem', () => {
    expect(validateRunRequest({ seed: 3, mode: 'lot', stochastic: true, replications: 20 })).toEqual({
      request: { seed: 3, mode: 'lot', stochastic: true, replications: 20 },
    });
    expect(validateRunRequest({ seed: 1, mode: 'record', stochastic: false, workers: 2 })).toEqual({
      request: { seed: 1, mode: 'record', stochastic: false, replications: 1, workers: 2 },
    });
    const bad = validateRunRequest({ seed: -1, mode: 'des', stochastic: 'yes', workers: 0, extra: 1 });
    expect('problems' in bad && bad.problems).toEqual([
      'run options: "extra" is not known',
      'Seed: -1 is not a whole number from 0 to 4,294,967,295',
      'Mode: "des" is not one of record, lot',
      'Variability: "yes" is not true or false',
      'Workers: 0 is not a whole number from 1 to 64',
    ]);
    expect(validateRunRequest(null)).toEqual({ problems: ['run options: expected an object'] });
  });

  it('estimates record-mode Monte Carlo as far slower than lot mode', () => {
    const record = estimateRunSeconds(
      { seed: 1, mode: 'record', stochastic: true, replications: 50 },
      45e6,
      2,
    );
    const lot = estimateRunSeconds({ seed: 1, mode: 'lot', stochastic: true, replications: 50 }, 45e6, 2);
    expect(record).toBeGreaterThan(60);
    expect(lot).toBeLessThan(2);
  });

  it('turns the benchmark hook on only for ?bench or ?bench=1', () => {
    expect(benchRequested('?bench')).toBe(true);
    expect(benchRequested('?bench=1')).toBe(true);
    expect(benchRequested('')).toBe(false);
    expect(benchRequested('?bench=0')).toBe(false);
    expect(benchRequested('?bench&x=1')).toBe(false);
  });
});
