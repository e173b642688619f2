import { memo, useId, useMemo, useState } from 'react';

import type { MapData } from '@/map/map-data';
import { regionName } from '@/map/region-names';
import type { RolloutFrames } from '@/map/rollout-frames';

import { formatCount } from './map-format';
import { officeStatus } from './office-status';
import { useThrottledValue } from './use-throttled-value';

/**
 * The list follows a fast scrub or playback at most this often (the map follows every month); it shows the
 * exact month once the slider rests. Re-styling rows at every month cost ~1 ms of each step here.
 */
const LIST_UPDATE_MS = 250;

interface Props {
  readonly data: MapData;
  /**
   * False until the map has first drawn: the 209 rows wait for it, so creating the map does not also wait for
   * their elements, layout and raster (~100 ms here when the map is created on the spot).
   */
  readonly rowsShown: boolean;
  readonly frames: RolloutFrames | null;
  /**
   * A month with the statuses to show: pass `frames.statusSince[month]`, so a slider step that changes no
   * status leaves the list alone.
   */
  readonly month: number;
  readonly selected: number | null;
  readonly onSelect: (index: number) => void;
}

/**
 * The map's offices as a keyboard-usable list: one button per office, filterable by name or region.
 * Memoised: during playback it re-renders only in months where some office's status changes, and at most
 * every LIST_UPDATE_MS.
 */
export const OfficeList = memo(function OfficeList({
  data,
  rowsShown,
  frames,
  month,
  selected,
  onSelect,
}: Props) {
  const shownMonth = useThrottledValue(month, LIST_UPDATE_MS);
  const [filter, setFilter] = useState('');
  const offices = data.offices.features;
  const shown = useMemo(() => {
    const needle = filter.trim().toLowerCase();
    return offices
      .map((f, index) => ({ index, p: f.properties, region: regionName(f.properties.region, 'en') }))
      .filter(
        ({ p, region }) =>
          !needle || `${p.name} ${region} ${p.region} ${p.id}`.toLowerCase().includes(needle),
      );
  }, [offices, filter]);
  return (
    <section className="office-list" aria-labelledby="office-list-title">
      <h2 id="office-list-title">Offices ({offices.length})</h2>
      <input
        type="search"
        placeholder="Filter by name or region"
        aria-label="Filter offices"
        value={filter}
        onChange={(event) => setFilter(event.target.value)}
      />
      <ul data-testid="office-list" aria-busy={!rowsShown}>
        {rowsShown &&
          shown.map(({ index, p, region }) => (
            <OfficeRow
              key={p.id}
              index={index}
              name={p.name}
              region={region}
              records={p.records}
              status={officeStatus(frames, shownMonth, index)}
              selected={selected === index}
              onSelect={onSelect}
            />
          ))}
      </ul>
    </section>
  );
});

interface RowProps {
  readonly index: number;
  readonly name: string;
  readonly region: string;
  readonly records: number;
  readonly status: string;
  readonly selected: boolean;
  readonly onSelect: (index: number) => void;
}

// Memoised: a slider step re-renders only the rows whose status changed. The status reaches screen readers as
// the button's description, from a `hidden` element: changing its text costs no layout, where a visually
// hidden span in the button cost a layout of the page (and a hover hit test) at every step (~2 ms here).
const OfficeRow = memo(function OfficeRow({
  index,
  name,
  region,
  records,
  status,
  selected,
  onSelect,
}: RowProps) {
  const statusId = useId();
  return (
    <li data-office-index={index} data-status={status}>
      <button
        type="button"
        aria-pressed={selected}
        aria-describedby={statusId}
        onClick={() => onSelect(index)}
      >
        <span className={`status-dot status-${status.replace(' ', '-')}`} aria-hidden="true" />
        <span className="office-name">{name}</span>
        <span className="muted">
          {region} · {formatCount(records)}
        </span>
      </button>
      <span id={statusId} hidden>
        {status}
      </span>
    </li>
  );
});
