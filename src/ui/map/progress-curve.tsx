import type { RolloutFrames } from '@/map/rollout-frames';

const W = 260;
const H = 60;

/** The office's digitized share over the horizon as an SVG line, with the current month marked. */
export function ProgressCurve({
  frames,
  office,
  month,
}: {
  frames: RolloutFrames;
  office: number;
  month: number;
}) {
  const { months, officeCount, share } = frames;
  const x = (m: number) => (m / Math.max(1, months - 1)) * W;
  let path = '';
  for (let m = 0; m < months; m++)
    path += `${m === 0 ? 'M' : 'L'}${x(m).toFixed(1)},${(H - (share[m * officeCount + office] ?? 0) * H).toFixed(1)}`;
  return (
    <svg
      className="progress-curve"
      viewBox={`0 0 ${W} ${H}`}
      role="img"
      aria-label="Share of records digitized by month"
    >
      <path d={path} fill="none" stroke="#2e8b57" strokeWidth="1.5" />
      <line x1={x(month)} x2={x(month)} y1={0} y2={H} stroke="#555" strokeDasharray="2 2" />
    </svg>
  );
}
