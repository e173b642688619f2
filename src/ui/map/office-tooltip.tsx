import type { OfficeProps } from '@/map/map-data';
import type { RolloutFrames } from '@/map/rollout-frames';
import type { OfficeHover } from '@/map/rollout-map';

import { formatCount } from './map-format';
import { goLiveBandText, goLiveText, officeShare, officeStatus } from './office-status';

interface Props {
  readonly hover: OfficeHover;
  readonly office: OfficeProps | undefined;
  readonly frames: RolloutFrames | null;
  readonly month: number;
  readonly bands: Int32Array | null;
  readonly startMonth: string;
}

/** Hover card over the map, rendered as React text (never as HTML strings). */
export function OfficeTooltip({ hover, office, frames, month, bands, startMonth }: Props) {
  if (!office) return null;
  const band = goLiveBandText(startMonth, bands, hover.index);
  return (
    <div className="map-tooltip" role="tooltip" style={{ left: hover.x + 12, top: hover.y + 12 }}>
      <strong>{office.name}</strong>
      <span>
        {formatCount(office.records)} records · {officeStatus(frames, month, hover.index)} (
        {Math.round(officeShare(frames, month, hover.index) * 100)} %)
      </span>
      {frames && <span>Go-live: {goLiveText(startMonth, frames.goLiveMonth[hover.index])}</span>}
      {band && <span data-testid="tooltip-bands">{band}</span>}
    </div>
  );
}
