/** Status words and go-live text shared by the list, the detail panel and the tooltip. */
import { monthLabel } from '@/map/rollout-frames';
import type { RolloutFrames } from '@/map/rollout-frames';

export const STATUS_NAMES = ['waiting', 'digitizing', 'live'] as const;

export function officeStatus(frames: RolloutFrames | null, month: number, office: number): string {
  if (!frames) return 'not simulated';
  const m = Math.min(month, frames.months - 1);
  return STATUS_NAMES[frames.status[m * frames.officeCount + office] ?? 0] ?? 'waiting';
}

export function officeShare(frames: RolloutFrames | null, month: number, office: number): number {
  if (!frames) return 0;
  const m = Math.min(month, frames.months - 1);
  return frames.share[m * frames.officeCount + office] ?? 0;
}

export function goLiveText(startMonth: string, month: number | undefined): string {
  return month === undefined ? '–' : month < 0 ? 'not within the horizon' : monthLabel(startMonth, month);
}

/** "P10 Mar 1996 · P50 … · P90 …" from the Monte Carlo bands, or null before they exist. */
export function goLiveBandText(startMonth: string, bands: Int32Array | null, office: number): string | null {
  if (!bands) return null;
  const [p10, p50, p90] = [0, 1, 2].map((k) => bands[office * 3 + k]);
  return `P10 ${goLiveText(startMonth, p10)} · P50 ${goLiveText(startMonth, p50)} · P90 ${goLiveText(startMonth, p90)}`;
}
