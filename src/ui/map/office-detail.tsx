import { useEffect, useRef } from 'react';

import type { SimulationResult } from '@/app/engine-results';
import { STAGES } from '@/app/engine-results';
import type { MapData } from '@/map/map-data';
import { regionName } from '@/map/region-names';
import type { RolloutFrames } from '@/map/rollout-frames';

import { STAGE_LABELS } from '../screens/run-format';
import { formatCount } from './map-format';
import { goLiveBandText, goLiveText, officeShare, officeStatus } from './office-status';
import { ProgressCurve } from './progress-curve';

interface Props {
  readonly data: MapData;
  readonly index: number;
  readonly centreNames: ReadonlyMap<string, string>;
  readonly frames: RolloutFrames | null;
  readonly result: SimulationResult | null;
  readonly bands: Int32Array | null;
  /** Full-time staff of the office as the engine sizes it, or null if unknown. */
  readonly staffFte: number | null;
  readonly coverageKm2: number | null;
  readonly month: number;
  readonly startMonth: string;
  readonly onClose: () => void;
}

/** Detail of the selected office; takes focus when it opens so keyboard users land on it. */
export function OfficeDetail({
  data,
  index,
  centreNames,
  frames,
  result,
  bands,
  month,
  startMonth,
  onClose,
  staffFte,
  coverageKm2,
}: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [index]);
  const office = data.offices.features[index]?.properties;
  if (!office) return null;
  const bottleneck = result ? STAGES[result.bottleneckStage[index] ?? 0] : undefined;
  const band = goLiveBandText(startMonth, bands, index);
  return (
    <section className="office-detail" aria-labelledby="office-detail-title" data-testid="office-detail">
      <h2 id="office-detail-title" tabIndex={-1} ref={heading}>
        {office.name} <span className="muted">{office.id}</span>
      </h2>
      <button type="button" className="close" onClick={onClose} aria-label="Close office detail">
        ×
      </button>
      <dl className="detail-grid">
        <dt>Region</dt>
        <dd>{regionName(office.region, 'en')}</dd>
        <dt>Records</dt>
        <dd data-testid="detail-records">{formatCount(office.records)}</dd>
        <dt>Pages</dt>
        <dd>{formatCount(office.pages)}</dd>
        <dt>Coverage area</dt>
        <dd data-testid="detail-coverage">
          {coverageKm2 === null ? '–' : `${formatCount(coverageKm2)} km²`}
        </dd>
        <dt>Staff</dt>
        <dd>{staffFte === null ? '–' : `${staffFte.toFixed(1)} full-time (scaled by pages)`}</dd>
        <dt>Data centre</dt>
        <dd>{centreNames.get(office.centreId) ?? office.centreId}</dd>
        <dt>Status now</dt>
        <dd>
          {officeStatus(frames, month, index)} ({Math.round(officeShare(frames, month, index) * 100)} %
          digitized)
        </dd>
        <dt>Go-live</dt>
        <dd>{frames ? goLiveText(startMonth, frames.goLiveMonth[index]) : 'run pending'}</dd>
        {band && (
          <>
            <dt>Go-live range</dt>
            <dd>{band}</dd>
          </>
        )}
        <dt>Bottleneck stage</dt>
        <dd>{bottleneck ? STAGE_LABELS[bottleneck] : 'run pending'}</dd>
      </dl>
      {frames && <ProgressCurve frames={frames} office={index} month={month} />}
    </section>
  );
}
