/**
 * One country's map: created once per preset, then driven by props through feature-state (frame at the
 * current month, selection, label language, coverage visibility, shared zoom factor).
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'react';

import type { MapData } from '@/map/map-data';
import type { LabelLanguage } from '@/map/region-names';
import type { RolloutFrames } from '@/map/rollout-frames';
import { closeRolloutMap, openRolloutMap } from '@/map/parked-maps';
import type { OfficeHover, RolloutMap } from '@/map/rollout-map';

import { OfficeTooltip } from './office-tooltip';

interface Props {
  readonly data: MapData;
  readonly label: string;
  readonly language: LabelLanguage;
  readonly frames: RolloutFrames | null;
  readonly month: number;
  readonly selected: number | null;
  readonly showCoverage: boolean;
  readonly zoomFactor: number;
  /** Changes when the map's container changes size (split view), so the country is fitted again. */
  readonly layout: string;
  readonly goLiveBands: Int32Array | null;
  readonly startMonth: string;
  readonly onSelect: (index: number) => void;
  readonly onZoomFactor: (delta: number) => void;
  readonly onReady: (map: RolloutMap) => void;
}

/** `?rrl-test`: the map on screen is exposed as `window.__rrlMap` for browser tests and benchmarks. */
export const exposeForTests = new URLSearchParams(window.location.search).has('rrl-test');

export function CountryMap(props: Props) {
  const { data, frames, month, selected, language, showCoverage, zoomFactor } = props;
  const container = useRef<HTMLDivElement>(null);
  const mapRef = useRef<RolloutMap | null>(null);
  const callbacks = useRef(props);
  const [hover, setHover] = useState<OfficeHover | null>(null);

  useEffect(() => {
    callbacks.current = props;
  });

  // A layout effect: the map (often one prepared off screen, parked-maps.ts) moves in before the first paint,
  // and moves out again before React removes this element, so it never sits in a detached tree.
  useLayoutEffect(() => {
    if (!container.current) return;
    const map = openRolloutMap(data, callbacks.current.language, container.current, exposeForTests);
    map.setHandlers({
      onOfficeClick: (index) => callbacks.current.onSelect(index),
      onOfficeHover: setHover,
      onZoomFactor: (delta) => callbacks.current.onZoomFactor(delta),
    });
    mapRef.current = map;
    void map.idle().then(() => {
      if (mapRef.current === map) callbacks.current.onReady(map);
    });
    return () => {
      mapRef.current = null;
      closeRolloutMap(data, map);
    };
  }, [data]);

  useEffect(() => {
    if (!frames) return;
    const m = Math.min(month, frames.months - 1);
    mapRef.current?.setFrame(frames.status, frames.share, m * frames.officeCount);
  }, [frames, month]);

  useEffect(() => mapRef.current?.select(selected), [selected]);
  useEffect(() => mapRef.current?.setLanguage(language), [language]);
  useEffect(() => mapRef.current?.setCoverageVisible(showCoverage), [showCoverage]);
  useEffect(() => mapRef.current?.setZoomFactor(zoomFactor), [zoomFactor]);
  const fittedLayout = useRef(props.layout);
  useEffect(() => {
    // The map is fitted when it opens; refit when the split view changes the container's size.
    if (fittedLayout.current === props.layout) return;
    fittedLayout.current = props.layout;
    const map = mapRef.current;
    // After the grid has laid out the new column widths.
    const frame = requestAnimationFrame(() => map?.refit(callbacks.current.zoomFactor));
    return () => cancelAnimationFrame(frame);
  }, [props.layout]);

  return (
    <figure className="map-frame" aria-label={`Map of ${props.label}`}>
      <div ref={container} className="map-canvas" data-testid={`map-${data.adm0}`} />
      {hover && (
        <OfficeTooltip
          hover={hover}
          office={data.offices.features[hover.index]?.properties}
          frames={frames}
          month={month}
          bands={props.goLiveBands}
          startMonth={props.startMonth}
        />
      )}
    </figure>
  );
}
