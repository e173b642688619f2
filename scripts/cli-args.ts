/**
 * Argument parser of the simulate CLI. Pure: it never reads the machine; the default thread count is passed
 * in. Every error names the argument, the value it got and what is allowed.
 */
import type { FidelityMode } from '../workers/engine/engine-types';
import { PRESET_IDS, presetRolloutPlans } from '../src/domain/presets/presets';
import type { PresetId } from '../src/domain/presets/presets';

export const SEED_MAX = 4_294_967_295;
export const REPLICATIONS_MAX = 100_000;
export const WORKERS_MAX = 64;

export type ScenarioSource =
  /** `rollout`: the preset's rollout variant ("illustrative", the default, or "historical" for Korea). */
  | { readonly kind: 'preset'; readonly id: PresetId; readonly rollout: string }
  | { readonly kind: 'file'; readonly path: string };

export interface CliOptions {
  readonly source: ScenarioSource;
  /** The seed as given (0..2^32 − 1), for the report. */
  readonly seed: number;
  /** The same seed as the engine's signed 32-bit integer. */
  readonly engineSeed: number;
  readonly replications: number;
  readonly mode: FidelityMode;
  readonly workers: number;
  readonly out: string | null;
  readonly stochastic: boolean;
  /** Add the NPV and completion-month tornados (economics.tornado) to the result. */
  readonly sensitivity: boolean;
}

/** `--export-scenario FILE`: write a preset's scenario to FILE, without simulating. */
export interface ExportOptions {
  readonly source: Extract<ScenarioSource, { kind: 'preset' }>;
  readonly path: string;
}

export type CliParse =
  | { readonly kind: 'run'; readonly options: CliOptions }
  | { readonly kind: 'export'; readonly options: ExportOptions }
  | { readonly kind: 'help' }
  | { readonly kind: 'error'; readonly message: string };

export const USAGE = `Usage: npm run simulate -- (--preset ${PRESET_IDS.join('|')} [--rollout NAME] | --scenario file.json) [options]
       npm run simulate -- --preset ${PRESET_IDS.join('|')} [--rollout NAME] --export-scenario FILE

Options:
  --preset ID          simulate a built-in preset (${PRESET_IDS.join(', ')})
  --rollout NAME       the preset's rollout plan: illustrative (default, an estimate) or, for korea,
                       historical (as it happened, calibrated to the sources); only with --preset
  --scenario FILE      simulate a scenario file (format registry-rollout-lab/scenario)
  --seed N             random seed, an integer 0..${SEED_MAX} (default 1)
  --replications N     Monte Carlo replications, 1..${REPLICATIONS_MAX} (default 1)
  --mode record|lot    record: every record simulated; lot: lot totals (default: record for one
                       replication, lot for Monte Carlo)
  --workers N          threads, 1..${WORKERS_MAX} (default: available cores)
  --out FILE           write the full result as JSON (format registry-rollout-lab/result)
  --deterministic      every duration at its mean, no defects (one replication only)
  --export-scenario FILE
                       write the preset's scenario (format registry-rollout-lab/scenario) to FILE and
                       exit without simulating; only with --preset (and --rollout); runs back with --scenario
  --sensitivity        add tornados of NPV and completion month: every numeric parameter at the ends
                       of its plausible range, deterministic lot-mode runs (economics.tornado)
  --help               show this help

Exit codes: 0 done, 1 simulation failed, 2 bad arguments or scenario.`;

const VALUE_FLAGS = [
  '--preset',
  '--rollout',
  '--scenario',
  '--seed',
  '--replications',
  '--mode',
  '--workers',
  '--out',
  '--export-scenario',
];

/** What --export-scenario may come with: it writes a scenario and simulates nothing. */
const EXPORT_FLAGS = ['--preset', '--rollout', '--export-scenario'];
const SWITCHES = ['--deterministic', '--sensitivity', '--help'];

type Raw = Map<string, string | true>;

function collect(argv: readonly string[]): Raw | string {
  const raw: Raw = new Map();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const flag = eq === -1 ? arg : arg.slice(0, eq);
    const inline = eq === -1 ? undefined : arg.slice(eq + 1);
    if (!flag.startsWith('--')) return `unexpected argument "${arg}"; options start with --`;
    if (!VALUE_FLAGS.includes(flag) && !SWITCHES.includes(flag))
      return `unknown option "${flag}"; run with --help to list the options`;
    if (raw.has(flag)) return `${flag} is given twice`;
    if (SWITCHES.includes(flag)) {
      if (inline !== undefined) return `${flag} takes no value, got "${inline}"`;
      raw.set(flag, true);
      continue;
    }
    const value = inline ?? argv[i + 1];
    // A following option is never taken as a value: "--seed --mode lot" means the seed is missing.
    if (value === undefined || value === '' || (inline === undefined && value.startsWith('--')))
      return `${flag} needs a value`;
    if (inline === undefined) i++;
    raw.set(flag, value);
  }
  return raw;
}

function integerIn(raw: Raw, flag: string, min: number, max: number, fallback: number): number | string {
  const value = raw.get(flag);
  if (value === undefined) return fallback;
  const text = String(value);
  const parsed = /^\d+$/.test(text) ? Number(text) : Number.NaN;
  if (!(parsed >= min && parsed <= max))
    return `${flag} must be an integer from ${min} to ${max}, got "${text}"`;
  return parsed;
}

function source(raw: Raw): ScenarioSource | string {
  const preset = raw.get('--preset');
  const file = raw.get('--scenario');
  if (preset !== undefined && file !== undefined) return 'give either --preset or --scenario, not both';
  const rollout = raw.get('--rollout');
  if (typeof file === 'string') {
    if (rollout !== undefined)
      return "--rollout chooses a preset's plan; it cannot be used with --scenario (the file holds its own plan)";
    return { kind: 'file', path: file };
  }
  if (typeof preset !== 'string') return `give --preset ${PRESET_IDS.join('|')} or --scenario file.json`;
  const id = PRESET_IDS.find((p) => p === preset);
  if (!id) return `--preset must be one of ${PRESET_IDS.join(', ')}, got "${preset}"`;
  const plans = presetRolloutPlans(id);
  const plan = typeof rollout === 'string' ? rollout : plans[0]!;
  if (!plans.includes(plan))
    return `--rollout for --preset ${id} must be ${plans.length === 1 ? '' : 'one of '}${plans.join(', ')}, got "${plan}"`;
  return { kind: 'preset', id, rollout: plan };
}

export function parseCliArgs(argv: readonly string[], defaultWorkers: number): CliParse {
  const raw = collect(argv);
  if (typeof raw === 'string') return { kind: 'error', message: raw };
  if (raw.has('--help')) return { kind: 'help' };
  const scenario = source(raw);
  if (typeof scenario === 'string') return { kind: 'error', message: scenario };
  const exportPath = raw.get('--export-scenario');
  if (typeof exportPath === 'string') {
    if (scenario.kind !== 'preset')
      return {
        kind: 'error',
        message:
          "--export-scenario writes a preset's scenario; give --preset (the file of --scenario is one already)",
      };
    const extra = [...raw.keys()].find((flag) => !EXPORT_FLAGS.includes(flag));
    if (extra !== undefined)
      return {
        kind: 'error',
        message: `--export-scenario writes the scenario and simulates nothing; drop ${extra}`,
      };
    return { kind: 'export', options: { source: scenario, path: exportPath } };
  }
  const seed = integerIn(raw, '--seed', 0, SEED_MAX, 1);
  if (typeof seed === 'string') return { kind: 'error', message: seed };
  const replications = integerIn(raw, '--replications', 1, REPLICATIONS_MAX, 1);
  if (typeof replications === 'string') return { kind: 'error', message: replications };
  const fallbackWorkers = Math.min(WORKERS_MAX, Math.max(1, Math.floor(defaultWorkers)));
  const workers = integerIn(raw, '--workers', 1, WORKERS_MAX, fallbackWorkers);
  if (typeof workers === 'string') return { kind: 'error', message: workers };
  const modeText = raw.get('--mode') ?? (replications === 1 ? 'record' : 'lot');
  if (modeText !== 'record' && modeText !== 'lot')
    return { kind: 'error', message: `--mode must be record or lot, got "${String(modeText)}"` };
  const stochastic = !raw.has('--deterministic');
  // Replications differ only by their random draws, so a deterministic Monte Carlo would repeat one run.
  if (!stochastic && replications > 1)
    return {
      kind: 'error',
      message: `--deterministic runs a single replication; drop it or --replications ${replications}`,
    };
  const out = raw.get('--out');
  return {
    kind: 'run',
    options: {
      source: scenario,
      seed,
      engineSeed: seed | 0,
      replications,
      mode: modeText,
      workers,
      out: typeof out === 'string' ? out : null,
      stochastic,
      sensitivity: raw.has('--sensitivity'),
    },
  };
}
