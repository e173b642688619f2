import { memo } from 'react';

import { SHARE_COLOURS, STATUS_COLOURS } from '@/map/map-style';

/**
 * The map's key; the PNG export draws the same entries (legend-entries in export-map-png.ts). Memoised: it
 * does not change on a slider step.
 */
export const MapLegend = memo(function MapLegend({
  showCoverage,
  plan,
}: {
  readonly showCoverage: boolean;
  /** The rollout plan's label, the legend's first line. */
  readonly plan: string;
}) {
  const gradient = `linear-gradient(to right, ${SHARE_COLOURS.map(([at, c]) => `${c} ${at * 100}%`).join(', ')})`;
  return (
    <dl className="map-legend" aria-label="Legend">
      <div className="legend-plan" data-testid="legend-plan">
        <dt>Plan</dt>
        <dd>{plan}</dd>
      </div>
      {Object.entries(STATUS_COLOURS).map(([name, colour]) => (
        <div key={name}>
          <dt>
            <span className="swatch dot" style={{ background: colour }} />
          </dt>
          <dd>Office {name}</dd>
        </div>
      ))}
      <div>
        <dt>
          <span className="swatch dot centre" />
        </dt>
        <dd>Data centre (large: central)</dd>
      </div>
      <div>
        <dt>
          <span className="swatch line" />
        </dt>
        <dd>Office → regional → central link</dd>
      </div>
      {showCoverage && (
        <div>
          <dt>
            <span className="swatch ramp" style={{ background: gradient }} />
          </dt>
          <dd>Coverage area digitized 0 → 100 %</dd>
        </div>
      )}
      <div>
        <dt>●</dt>
        <dd>Circle size ∝ √records</dd>
      </div>
    </dl>
  );
});
