import { describe, expect, it } from 'vitest';

import { parseCliArgs, USAGE } from './cli-args';
import type { CliOptions } from './cli-args';

const DEFAULT_WORKERS = 4;

function ok(argv: string[]): CliOptions {
  const parsed = parseCliArgs(argv, DEFAULT_WORKERS);
  if (parsed.kind !== 'run') throw new Error(`expected options, got ${JSON.stringify(parsed)}`);
  return parsed.options;
}

function error(argv: string[]): string {
  const parsed = parseCliArgs(argv, DEFAULT_WORKERS);
  if (parsed.kind !== 'error') throw new Error(`expected an error, got ${JSON.stringify(parsed)}`);
  return parsed.message;
}

describe('parseCliArgs: good arguments', () => {
  it('applies the defaults for a single run', () => {
    expect(ok(['--preset', 'korea'])).toEqual({
      source: { kind: 'preset', id: 'korea', rollout: 'illustrative' },
      seed: 1,
      engineSeed: 1,
      replications: 1,
      mode: 'record',
      workers: DEFAULT_WORKERS,
      out: null,
      stochastic: true,
      sensitivity: false,
    });
  });

  it('defaults to lot mode for Monte Carlo, and lets --mode override it', () => {
    expect(ok(['--preset', 'uzbekistan', '--replications', '50']).mode).toBe('lot');
    expect(ok(['--preset', 'korea', '--replications', '50', '--mode', 'record']).mode).toBe('record');
    expect(ok(['--preset', 'korea', '--mode', 'lot']).mode).toBe('lot');
  });

  it('reads every option, in any order, with a space or an equals sign', () => {
    const options = ok([
      '--out=result.json',
      '--workers',
      '3',
      '--scenario',
      'my plan.json',
      '--seed=42',
      '--deterministic',
    ]);
    expect(options).toMatchObject({
      source: { kind: 'file', path: 'my plan.json' },
      seed: 42,
      workers: 3,
      out: 'result.json',
      stochastic: false,
    });
  });

  it('reads --sensitivity, alone or with Monte Carlo and lot mode', () => {
    expect(ok(['--preset', 'korea', '--sensitivity']).sensitivity).toBe(true);
    expect(ok(['--sensitivity', '--preset', 'korea', '--mode', 'lot', '--replications', '20'])).toMatchObject(
      {
        sensitivity: true,
        replications: 20,
        mode: 'lot',
      },
    );
  });

  it('reads --rollout for a preset, the illustrative plan by default', () => {
    expect(ok(['--preset', 'korea', '--rollout', 'historical']).source).toEqual({
      kind: 'preset',
      id: 'korea',
      rollout: 'historical',
    });
    expect(ok(['--rollout=illustrative', '--preset', 'korea']).source).toMatchObject({
      rollout: 'illustrative',
    });
    expect(ok(['--preset', 'uzbekistan']).source).toMatchObject({ rollout: 'illustrative' });
  });

  it('maps seeds above 2^31 − 1 onto the engine’s signed 32-bit seed', () => {
    expect(ok(['--preset', 'korea', '--seed', '4294967295'])).toMatchObject({
      seed: 4294967295,
      engineSeed: -1,
    });
    expect(ok(['--preset', 'korea', '--seed', '2147483648']).engineSeed).toBe(-2147483648);
    expect(ok(['--preset', 'korea', '--seed', '0']).engineSeed).toBe(0);
  });

  it('accepts the limits of each range', () => {
    expect(ok(['--preset', 'korea', '--replications', '100000']).replications).toBe(100000);
    expect(ok(['--preset', 'korea', '--workers', '64']).workers).toBe(64);
    expect(ok(['--preset', 'korea', '--workers', '1']).workers).toBe(1);
  });

  it('keeps the default thread count within 1..64 whatever the machine reports', () => {
    expect(parseCliArgs(['--preset', 'korea'], 128)).toMatchObject({ options: { workers: 64 } });
    expect(parseCliArgs(['--preset', 'korea'], 0)).toMatchObject({ options: { workers: 1 } });
  });

  it('recognises --help, even with other options', () => {
    expect(parseCliArgs(['--help'], 2)).toEqual({ kind: 'help' });
    expect(parseCliArgs(['--preset', 'korea', '--help'], 2)).toEqual({ kind: 'help' });
  });
});

describe('parseCliArgs: bad arguments, each message naming the argument, the value and the range', () => {
  const cases: [string[], string][] = [
    [[], 'give --preset korea|uzbekistan or --scenario file.json'],
    [['--seed', '3'], 'give --preset korea|uzbekistan or --scenario file.json'],
    [['--preset', 'korea', '--scenario', 'a.json'], 'give either --preset or --scenario, not both'],
    [['--preset', 'japan'], '--preset must be one of korea, uzbekistan, got "japan"'],
    [['--preset', 'Korea'], '--preset must be one of korea, uzbekistan, got "Korea"'],
    [['--preset'], '--preset needs a value'],
    [['--preset', '--seed', '3'], '--preset needs a value'],
    [['--scenario'], '--scenario needs a value'],
    [['--scenario='], '--scenario needs a value'],
    [['--preset', 'korea', '--seed', 'abc'], '--seed must be an integer from 0 to 4294967295, got "abc"'],
    [['--preset', 'korea', '--seed', '-1'], '--seed must be an integer from 0 to 4294967295, got "-1"'],
    [['--preset', 'korea', '--seed=-1'], '--seed must be an integer from 0 to 4294967295, got "-1"'],
    [
      ['--preset', 'korea', '--seed', '4294967296'],
      '--seed must be an integer from 0 to 4294967295, got "4294967296"',
    ],
    [['--preset', 'korea', '--seed', '1.5'], '--seed must be an integer from 0 to 4294967295, got "1.5"'],
    [['--preset', 'korea', '--seed', '1e3'], '--seed must be an integer from 0 to 4294967295, got "1e3"'],
    [['--preset', 'korea', '--seed', '0x10'], '--seed must be an integer from 0 to 4294967295, got "0x10"'],
    [['--preset', 'korea', '--seed', ' 7'], '--seed must be an integer from 0 to 4294967295, got " 7"'],
    [
      ['--preset', 'korea', '--replications', '0'],
      '--replications must be an integer from 1 to 100000, got "0"',
    ],
    [
      ['--preset', 'korea', '--replications', '100001'],
      '--replications must be an integer from 1 to 100000, got "100001"',
    ],
    [
      ['--preset', 'korea', '--replications', 'many'],
      '--replications must be an integer from 1 to 100000, got "many"',
    ],
    [['--preset', 'korea', '--workers', '0'], '--workers must be an integer from 1 to 64, got "0"'],
    [['--preset', 'korea', '--workers', '65'], '--workers must be an integer from 1 to 64, got "65"'],
    [['--preset', 'korea', '--workers', '2.0'], '--workers must be an integer from 1 to 64, got "2.0"'],
    [['--preset', 'korea', '--mode', 'fast'], '--mode must be record or lot, got "fast"'],
    [['--preset', 'korea', '--mode', 'RECORD'], '--mode must be record or lot, got "RECORD"'],
    [['--preset', 'korea', '--mode'], '--mode needs a value'],
    [['--preset', 'korea', '--out'], '--out needs a value'],
    [
      ['--preset', 'korea', '--rollout', 'default'],
      '--rollout for --preset korea must be one of illustrative, historical, got "default"',
    ],
    [
      ['--preset', 'uzbekistan', '--rollout', 'historical'],
      '--rollout for --preset uzbekistan must be illustrative, got "historical"',
    ],
    [['--preset', 'korea', '--rollout'], '--rollout needs a value'],
    [
      ['--scenario', 'a.json', '--rollout', 'historical'],
      "--rollout chooses a preset's plan; it cannot be used with --scenario (the file holds its own plan)",
    ],
    [['--rollout', 'historical'], 'give --preset korea|uzbekistan or --scenario file.json'],
    [['--preset', 'korea', '--fast'], 'unknown option "--fast"; run with --help to list the options'],
    [['--preset', 'korea', '--seeds', '3'], 'unknown option "--seeds"; run with --help to list the options'],
    [['--preset', 'korea', '-s', '3'], 'unexpected argument "-s"; options start with --'],
    [['korea'], 'unexpected argument "korea"; options start with --'],
    [['--preset', 'korea', 'extra'], 'unexpected argument "extra"; options start with --'],
    [['--preset', 'korea', '--preset', 'uzbekistan'], '--preset is given twice'],
    [['--preset', 'korea', '--seed', '1', '--seed=2'], '--seed is given twice'],
    [['--preset', 'korea', '--deterministic=yes'], '--deterministic takes no value, got "yes"'],
    [['--preset', 'korea', '--sensitivity=npv'], '--sensitivity takes no value, got "npv"'],
    [['--preset', 'korea', '--sensitivity', '--sensitivity'], '--sensitivity is given twice'],
    [
      ['--preset', 'korea', '--deterministic', '--replications', '50'],
      '--deterministic runs a single replication; drop it or --replications 50',
    ],
  ];

  it.each(cases)('%j → %s', (argv, message) => {
    expect(error(argv)).toBe(message);
  });
});

describe('parseCliArgs: --export-scenario', () => {
  it('exports a preset, with its rollout plan (illustrative by default)', () => {
    expect(parseCliArgs(['--preset', 'korea', '--export-scenario', 'k.json'], 2)).toEqual({
      kind: 'export',
      options: { source: { kind: 'preset', id: 'korea', rollout: 'illustrative' }, path: 'k.json' },
    });
    expect(
      parseCliArgs(['--export-scenario=h.json', '--rollout', 'historical', '--preset', 'korea'], 2),
    ).toEqual({
      kind: 'export',
      options: { source: { kind: 'preset', id: 'korea', rollout: 'historical' }, path: 'h.json' },
    });
  });

  it.each([
    [['--export-scenario', 'k.json'], 'give --preset korea|uzbekistan or --scenario file.json'],
    [
      ['--scenario', 'a.json', '--export-scenario', 'k.json'],
      "--export-scenario writes a preset's scenario; give --preset (the file of --scenario is one already)",
    ],
    [
      ['--preset', 'korea', '--export-scenario', 'k.json', '--seed', '3'],
      '--export-scenario writes the scenario and simulates nothing; drop --seed',
    ],
    [
      ['--preset', 'korea', '--export-scenario', 'k.json', '--out', 'r.json'],
      '--export-scenario writes the scenario and simulates nothing; drop --out',
    ],
    [
      ['--preset', 'korea', '--deterministic', '--export-scenario', 'k.json'],
      '--export-scenario writes the scenario and simulates nothing; drop --deterministic',
    ],
    [['--preset', 'korea', '--export-scenario'], '--export-scenario needs a value'],
    [
      ['--preset', 'uzbekistan', '--rollout', 'historical', '--export-scenario', 'u.json'],
      '--rollout for --preset uzbekistan must be illustrative, got "historical"',
    ],
  ])('%j → %s', (argv, message) => {
    expect(error(argv)).toBe(message);
  });

  it('is listed in the usage', () => {
    expect(USAGE).toContain('--preset korea|uzbekistan [--rollout NAME] --export-scenario FILE');
  });
});
