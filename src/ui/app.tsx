import { Suspense, useMemo } from 'react';

import type { ScreenId } from '@/app/app-location';
import { formatAppLocation, SCREENS } from '@/app/app-location';
import { appRunSession } from '@/app/run-session';
import { buildPresetScenario, presetFixture } from '@/domain/presets/presets';
import { presetRolloutVariant, presetRolloutVariants } from '@/domain/presets/rollout-variants';

import { CompareScreen } from './screens/compare-screen';
import { MapLoading, MapScreen, preloadMap, usePreloadMapWhenIdle } from './lazy-map-screen';
import { OverviewScreen } from './screens/overview-screen';
import { PlaceholderScreen } from './screens/placeholder-screen';
import { PlannerRoute } from './screens/planner-route';
import { RunsScreen } from './screens/runs-screen';
import { SourcesScreen } from './screens/sources-screen';
import { useAppLocation } from './use-app-location';

const SCREEN_TITLES: Record<ScreenId, string> = {
  overview: 'Overview',
  planner: 'Planner',
  map: 'Map',
  compare: 'Compare',
  training: 'Training',
  runs: 'Runs',
  sources: 'Sources',
};

/** Switching preset or plan while a run is going asks first; yes cancels the run (it is saved as cancelled). */
function mayLeaveRun(): boolean {
  const going = appRunSession().running();
  if (!going) return true;
  const question = `A run of ${going.scenario.name} is going. Switch and cancel the run?`;
  if (!window.confirm(question)) return false;
  appRunSession().cancel();
  return true;
}

export function App() {
  const location = useAppLocation();
  const { screen, preset, rollout } = location;
  const scenario = useMemo(() => buildPresetScenario(preset, { rolloutPlan: rollout }), [preset, rollout]);
  const variants = useMemo(() => presetRolloutVariants(preset), [preset]);
  const variant = presetRolloutVariant(preset, rollout) ?? variants[0]!;
  const fixture = presetFixture(preset);
  usePreloadMapWhenIdle(scenario);

  return (
    <div className="shell">
      <header className="topbar">
        <a className="brand" href={formatAppLocation('overview', preset, rollout)}>
          Registry Rollout Lab
        </a>
        <nav aria-label="Screens">
          {SCREENS.map((id) => (
            <a
              key={id}
              href={formatAppLocation(id, preset, rollout)}
              aria-current={id === screen ? 'page' : undefined}
              className="nav-link"
              {...(id === 'map' && {
                onPointerEnter: () => preloadMap(scenario),
                onFocus: () => preloadMap(scenario),
              })}
            >
              {SCREEN_TITLES[id]}
            </a>
          ))}
        </nav>
        <nav aria-label="Country preset" className="preset-switch">
          <a
            href={formatAppLocation(screen, 'korea', rollout)}
            aria-current={preset === 'korea' ? 'true' : undefined}
            onClick={(event) => {
              if (preset !== 'korea' && !mayLeaveRun()) event.preventDefault();
            }}
          >
            Korea
          </a>
          <a
            href={formatAppLocation(screen, 'uzbekistan')}
            aria-current={preset === 'uzbekistan' ? 'true' : undefined}
            onClick={(event) => {
              if (preset !== 'uzbekistan' && !mayLeaveRun()) event.preventDefault();
            }}
          >
            Uzbekistan
          </a>
        </nav>
        <label className="plan-switch">
          Rollout plan{' '}
          <select
            value={variant.id}
            data-testid="plan-select"
            disabled={variants.length < 2}
            onChange={(event) => {
              if (!mayLeaveRun()) return;
              window.location.hash = formatAppLocation(screen, preset, event.target.value);
            }}
          >
            {variants.map((v) => (
              <option key={v.id} value={v.id}>
                {v.name}
              </option>
            ))}
          </select>
        </label>
      </header>
      {location.problems.length > 0 && (
        <div role="alert" className="problems">
          {location.problems.map((problem) => (
            <p key={problem}>{problem}</p>
          ))}
        </div>
      )}
      <p className={`plan-banner plan-${variant.id}`} data-testid="plan-banner">
        <strong>{variant.label}.</strong> {variant.note}
      </p>
      <main>
        {screen === 'overview' && (
          <OverviewScreen preset={preset} fixture={fixture} scenario={scenario} variant={variant} />
        )}
        {screen === 'planner' && (
          <PlannerRoute
            preset={scenario}
            variant={variant}
            {...(location.scenario === undefined ? {} : { savedId: location.scenario })}
          />
        )}
        {screen === 'compare' && <CompareScreen scenario={scenario} />}
        {screen === 'sources' && <SourcesScreen />}
        {screen === 'map' && (
          <Suspense fallback={<MapLoading />}>
            <MapScreen key={scenario.id} preset={preset} scenario={scenario} />
          </Suspense>
        )}
        {screen === 'training' && (
          <PlaceholderScreen
            title="Training"
            what="A mini registry where trainees play fraud cases on paper and on a computerized registry."
          />
        )}
        {screen === 'runs' && <RunsScreen />}
      </main>
      <footer className="footer">
        Figures carry their sources; estimates are labelled.{' '}
        <a href={formatAppLocation('sources', preset, rollout)}>Sources and licences</a>
      </footer>
    </div>
  );
}
