/** The benchmark's table and its comparison with the engine targets of performance.md section 3.1. */
import type { Calibration } from './bench-calibration';
import type { Check } from './bench-checks';
import type { EngineFigures } from './bench-engine';
import type { MonteCarloFigures } from './bench-monte-carlo';
import { round } from './bench-stats';

export interface BenchFigures {
  readonly calibration: Calibration;
  readonly oneThread: EngineFigures;
  readonly threads: EngineFigures;
  readonly monteCarlo: MonteCarloFigures;
  readonly checks: readonly Check[];
}

export interface Row {
  readonly id: string;
  readonly what: string;
  readonly value: string;
  readonly target: string;
  /** null: informational, or not measurable here (one core). */
  readonly pass: boolean | null;
}

const millions = (n: number) => `${(n / 1e6).toFixed(1)} M`;
const seconds = (s: number) => `${s.toFixed(2)} s`;

export function efficiency(f: BenchFigures): {
  speedupMedian: number;
  speedupBest: number;
  median: number;
  best: number;
} {
  const speedupMedian = f.oneThread.medianSeconds / f.threads.medianSeconds;
  const speedupBest = f.oneThread.bestSeconds / f.threads.bestSeconds;
  return {
    speedupMedian: round(speedupMedian),
    speedupBest: round(speedupBest),
    median: round(speedupMedian / f.threads.threads),
    best: round(speedupBest / f.threads.threads),
  };
}

function row(id: string, what: string, value: string, target = '', pass: boolean | null = null): Row {
  return { id, what, value, target, pass };
}

export function benchRows(f: BenchFigures): Row[] {
  const { calibration: cal, oneThread: one, threads: many, monteCarlo: mc } = f;
  const ratio = one.recordsPerSecondPerCore / cal.drawsPerSecond;
  const eff = efficiency(f);
  const n = many.threads;
  const reps = `lot, ${mc.replications} replications`;
  return [
    row('a', `calibration: sfc32 draws/s, best of ${cal.seconds.length}`, millions(cal.drawsPerSecond)),
    row(
      'b E1',
      `record, 1 thread: median of ${one.seconds.length}`,
      seconds(one.medianSeconds),
      '≤ 3.75 s',
      one.medianSeconds <= 3.75,
    ),
    row('b', `record, 1 thread: best of ${one.seconds.length}`, seconds(one.bestSeconds)),
    row(
      'b E1',
      'record, 1 thread: records/s per core',
      millions(one.recordsPerSecondPerCore),
      '≥ 12 M',
      one.recordsPerSecondPerCore >= 12e6,
    ),
    row('b E1n', 'records/s ÷ calibration draws/s', `1/${(1 / ratio).toFixed(1)}`, '≥ 1/40', ratio >= 1 / 40),
    row(
      'c E3',
      `record, ${n} threads: median of ${many.seconds.length} (Node)`,
      seconds(many.medianSeconds),
      '≤ 3.0 s',
      many.medianSeconds <= 3,
    ),
    row(
      'c E3',
      `record, ${n} threads: best of ${many.seconds.length} (Node)`,
      seconds(many.bestSeconds),
      '≤ 2.5 s',
      many.bestSeconds <= 2.5,
    ),
    row('c', `record, ${n} threads: records/s per core (median)`, millions(many.recordsPerSecondPerCore)),
    row(
      'c E9',
      'parallel efficiency, median / best',
      `${eff.median.toFixed(2)} / ${eff.best.toFixed(2)}`,
      'best ≥ 0.7',
      n > 1 ? eff.best >= 0.7 : null,
    ),
    row(
      'd E8',
      'peak RSS, 1-thread run (whole process)',
      `${one.peakRssMib.toFixed(0)} MiB`,
      '≤ 256 MiB',
      one.peakRssMib <= 256,
    ),
    row('d', `peak RSS, ${n}-thread run (whole process)`, `${many.peakRssMib.toFixed(0)} MiB`),
    row(
      'd E8',
      'V8 heap used per engine thread',
      `${many.heapUsedMib.map((h) => h.toFixed(0)).join(' / ')} MiB`,
      '≤ 256 MiB',
      many.heapUsedMib.every((h) => h <= 256),
    ),
    row('e', `${reps}, 1 thread in-process`, seconds(mc.inProcessMedianSeconds)),
    row(
      'e E6',
      `${reps}, ${mc.threads} threads (pool started)`,
      seconds(mc.threadMedianSeconds),
      '≤ 1.0 s',
      mc.threadMedianSeconds <= 1,
    ),
    row(
      'e #3',
      `${reps}, whole CLI process, median of ${mc.cliSeconds.length}`,
      seconds(mc.cliMedianSeconds),
      '≤ 2.0 s',
      mc.cliMedianSeconds <= 2,
    ),
    ...f.checks.map((c) => row('f E7', c.name, c.ok ? 'identical' : 'DIFFERENT', 'identical', c.ok)),
  ];
}

export function formatTable(rows: readonly Row[]): string[] {
  const head: Row = { id: '', what: 'Measure', value: 'Value', target: 'Target', pass: null };
  const cells = (r: Row, header = false) => [
    r.id,
    r.what,
    r.value,
    r.target,
    header ? 'OK' : r.pass === null ? '' : r.pass ? 'yes' : 'NO',
  ];
  const all = [cells(head, true), ...rows.map((r) => cells(r))];
  const widths = all[0]!.map((_, k) => Math.max(...all.map((row) => row[k]!.length)));
  const line = (row: string[]) =>
    row
      .map((cell, k) => cell.padEnd(widths[k]!))
      .join('  ')
      .trimEnd();
  return [line(all[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...all.slice(1).map(line)];
}
