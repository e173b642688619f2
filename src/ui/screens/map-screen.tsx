/**
 * The Map screen (lazy-loaded: maplibre stays out of the initial bundle). Offices, centres, links and
 * coverage areas of the preset, rollout playback driven by an engine run, a mirrored office list with
 * detail, and an optional synced side-by-side map of the other country.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';

import { officeStaffFte } from '@/app/office-staff';
import { buildPresetScenario } from '@/domain/presets/presets';
import type { PresetId } from '@/domain/presets/presets';
import type { Scenario } from '@/domain/scenario/scenario-schema';
import { mapDataFor } from '@/map/map-data';
import { prepareRolloutMap } from '@/map/parked-maps';
import type { LabelLanguage } from '@/map/region-names';
import type { RolloutMap } from '@/map/rollout-map';
import { prewarmRolloutMap } from '@/map/rollout-map';
import { monthLabel } from '@/map/rollout-frames';

import { PlanLabel, planLabelOf } from '../components/rollout-plan';
import { CountryMap, exposeForTests } from '../map/country-map';
import { downloadMapPng } from '../map/download-map-png';
import { measureMapCanvasSize } from '../map/map-canvas-size';
import { MapLegend } from '../map/map-legend';
import { MapToolbar } from '../map/map-toolbar';
import { OfficeDetail } from '../map/office-detail';
import { OfficeList } from '../map/office-list';
import { PlaybackBar } from '../map/playback-bar';
import { usePlayback } from '../map/use-playback';
import { useRolloutRun } from '../map/use-rollout-run';

const DEFAULT_LANGUAGE: Record<PresetId, LabelLanguage> = { korea: 'ko', uzbekistan: 'uzCyrl' };
const COUNTRY_NAME: Record<PresetId, string> = { korea: 'Korea', uzbekistan: 'Uzbekistan' };

// This chunk is evaluated only when a map is about to be needed (idle preload, a hover on the Map link, or
// the map route itself): start maplibre's worker now, not when the first map is constructed.
prewarmRolloutMap();

/**
 * Called by the app once this chunk is loaded ahead of time (browser idle, or a hover on the Map link): builds
 * the scenario's map data and its map, off screen at the size it will have, so opening the Map screen moves
 * a drawn map in (parked-maps.ts) instead of creating one.
 */
export function prewarmMapScreen(scenario: Scenario): void {
  const data = mapDataFor(scenario);
  const language = DEFAULT_LANGUAGE[data.adm0 === 'KOR' ? 'korea' : 'uzbekistan'];
  prepareRolloutMap(data, language, () => measureMapCanvasSize(), exposeForTests);
}

export function MapScreen({ preset, scenario }: { readonly preset: PresetId; readonly scenario: Scenario }) {
  const other: PresetId = preset === 'korea' ? 'uzbekistan' : 'korea';
  const [split, setSplit] = useState(false);
  // The other country is built only once the split view is asked for (it costs ~50 ms on first open).
  const otherScenario = useMemo(() => (split ? buildPresetScenario(other) : null), [split, other]);
  const data = useMemo(() => mapDataFor(scenario), [scenario]);
  const otherData = useMemo(() => (otherScenario ? mapDataFor(otherScenario) : null), [otherScenario]);
  const [languages, setLanguages] = useState(DEFAULT_LANGUAGE);
  const [showCoverage, setShowCoverage] = useState(true);
  const [zoomFactor, setZoomFactor] = useState(0);
  const [selected, setSelected] = useState<number | null>(null);
  const [coverageKm2, setCoverageKm2] = useState<number | null>(null);
  // Stable, so the memoised office rows skip re-rendering on a slider step.
  const select = useCallback(
    (index: number) => {
      setSelected(index);
      setCoverageKm2(maps.current.get(preset)?.coverageKm2(index) ?? null);
    },
    [preset],
  );
  const [ready, setReady] = useState<Partial<Record<PresetId, boolean>>>({});
  const maps = useRef(new Map<PresetId, RolloutMap>());
  const run = useRolloutRun(scenario, ready[preset] === true);
  const otherRun = useRolloutRun(otherScenario, split && ready[other] === true);
  const months = Math.max(run.frames?.months ?? 0, split ? (otherRun.frames?.months ?? 0) : 0);
  const playback = usePlayback(months);
  // Staff per office as the engine sizes it (parameters describe an average office, scaled by pages).
  // Compiled only once an office is selected: not on the way to the map's first draw.
  const detailOpen = selected !== null;
  const staffFte = useMemo(() => (detailOpen ? officeStaffFte(scenario) : null), [scenario, detailOpen]);
  const centreNames = useMemo(() => new Map(scenario.centres.map((c) => [c.id, c.name])), [scenario]);

  const onReady = useCallback((id: PresetId, map: RolloutMap) => {
    maps.current.set(id, map);
    setReady((r) => ({ ...r, [id]: true }));
  }, []);

  // Read by the export through a ref, so the toolbar's callbacks stay stable across slider steps.
  const exportState = useRef({ split, month: playback.month });
  useEffect(() => {
    exportState.current = { split, month: playback.month };
  });
  const onExport = useCallback(() => {
    const { split: both, month } = exportState.current;
    const shown = both ? [preset, other] : [preset];
    const canvases = shown.flatMap((id) => maps.current.get(id)?.canvas() ?? []);
    const title = `${shown.map((id) => COUNTRY_NAME[id]).join(' | ')} · ${monthLabel(scenario.startMonth, month)} (month ${month})`;
    const plans = [`${COUNTRY_NAME[preset]}: ${planLabelOf(scenario)}`];
    if (both && otherScenario) plans.push(`${COUNTRY_NAME[other]}: ${planLabelOf(otherScenario)}`);
    const caption = `Rollout plan — ${plans.join(' | ')}`;
    void downloadMapPng(canvases, title, caption, `rollout-map-${shown.join('-')}-m${month}.png`);
  }, [preset, other, scenario, otherScenario]);
  const onLanguage = useCallback(
    (l: LabelLanguage) => setLanguages((all) => ({ ...all, [preset]: l })),
    [preset],
  );

  const panel = (id: PresetId, d: typeof data, s: Scenario, r: typeof run) => (
    <CountryMap
      key={id}
      data={d}
      label={COUNTRY_NAME[id]}
      language={languages[id]}
      frames={r.frames}
      month={playback.month}
      selected={id === preset ? selected : null}
      showCoverage={showCoverage}
      zoomFactor={zoomFactor}
      layout={split ? 'split' : 'single'}
      goLiveBands={r.goLiveBands}
      startMonth={s.startMonth}
      onSelect={id === preset ? select : () => {}}
      onZoomFactor={setZoomFactor}
      onReady={(map) => onReady(id, map)}
    />
  );

  return (
    <section className="screen map-screen" aria-labelledby="screen-title">
      <h1 id="screen-title">Map — {COUNTRY_NAME[preset]}</h1>
      <PlanLabel scenario={scenario} />
      <MapToolbar
        language={languages[preset]}
        onLanguage={onLanguage}
        showCoverage={showCoverage}
        onCoverage={setShowCoverage}
        split={split}
        onSplit={setSplit}
        onExport={onExport}
        exportDisabled={!ready[preset]}
      />
      <PlaybackBar
        playback={playback}
        months={months}
        startMonth={scenario.startMonth}
        liveCount={
          run.frames ? (run.frames.liveCount[Math.min(playback.month, run.frames.months - 1)] ?? 0) : null
        }
        officeCount={scenario.offices.length}
        disabled={!run.frames}
        ranges={run.goLiveBands !== null}
      />
      {run.phase === 'failed' && <p role="alert">The rollout run failed: {run.message}</p>}
      <div className={split ? 'map-layout split' : 'map-layout'}>
        <div className="map-pair">
          {panel(preset, data, scenario, run)}
          {otherScenario && otherData && panel(other, otherData, otherScenario, otherRun)}
        </div>
        <aside className="map-side">
          <MapLegend showCoverage={showCoverage} plan={planLabelOf(scenario)} />
          {selected !== null && (
            <OfficeDetail
              data={data}
              index={selected}
              centreNames={centreNames}
              frames={run.frames}
              result={run.result}
              bands={run.goLiveBands}
              staffFte={staffFte?.[selected] ?? null}
              coverageKm2={coverageKm2}
              month={playback.month}
              startMonth={scenario.startMonth}
              onClose={() => setSelected(null)}
            />
          )}
          <OfficeList
            data={data}
            rowsShown={ready[preset] === true}
            frames={run.frames}
            month={run.frames?.statusSince[Math.min(playback.month, run.frames.months - 1)] ?? 0}
            selected={selected}
            onSelect={select}
          />
        </aside>
      </div>
    </section>
  );
}
