/** Formatting of run figures: months as YYYY-MM, durations, percentages, stage names. */
import { NEVER } from '@/app/engine-client';
import type { RunRequest } from '@/app/run-request';
import { yearMonthFromIndex } from '@/domain/scenario/field-schemas';

/** Stage labels are declared with the stages (`workers/engine/stages.ts`). */
export { STAGE_LABELS } from '@/app/engine-client';

/** Month `month` of a run (0 = the scenario's first month) as "YYYY-MM"; NEVER as a phrase. */
export function formatRunMonth(firstMonth: number, month: number): string {
  return month === NEVER ? 'not within the horizon' : yearMonthFromIndex(firstMonth + month);
}

/** "2.4 s", "48 s", "3 min 20 s". */
export function formatSeconds(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '–';
  if (seconds < 10) return `${seconds.toFixed(1)} s`;
  if (seconds < 60) return `${Math.round(seconds)} s`;
  const minutes = Math.floor(seconds / 60);
  const rest = Math.round(seconds - minutes * 60);
  return rest === 0 ? `${minutes} min` : `${minutes} min ${rest} s`;
}

export function formatPercent(fraction: number): string {
  return `${Math.floor(Math.max(0, Math.min(1, fraction)) * 100)} %`;
}

/** "Seed 1, record mode, with variability, 2 workers." */
export function describeRun(request: RunRequest, workers: number): string {
  const variability =
    request.replications > 1 || request.stochastic ? 'with variability' : 'without variability';
  return `Seed ${request.seed}, ${request.mode} mode, ${variability}, ${workers} worker${workers === 1 ? '' : 's'}.`;
}
