import { Suspense, useMemo } from 'react';

import type { ScreenId } from '@/app/app-location';
import { formatAppLocation, SCREENS } from '@/app/app-location';
import { buildPresetScenario, presetFixture } from '@/domain/presets/presets';

import { CompareScreen } from './screens/compare-screen';
import { MapLoading, MapScreen, preloadMap, usePreloadMapWhenIdle } from './lazy-map-screen';
import { OverviewScreen } from './screens/overview-screen';
import { PlaceholderScreen } from './screens/placeholder-screen';
import { PlannerScreen } from './screens/planner-screen';
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

export function App() {
  const location = useAppLocation();
  const { screen, preset } = location;
  const scenario = useMemo(() => buildPresetScenario(preset), [preset]);
  const fixture = presetFixture(preset);
  usePreloadMapWhenIdle(scenario);

  return (
    <div className="shell">
      <header className="topbar">
        <a className="brand" href={formatAppLocation('overview', preset)}>
          Registry Rollout Lab
        </a>
        <nav aria-label="Screens">
          {SCREENS.map((id) => (
            <a
              key={id}
              href={formatAppLocation(id, preset)}
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
          <a href={formatAppLocation(screen, 'korea')} aria-current={preset === 'korea' ? 'true' : undefined}>
            Korea
          </a>
          <a
            href={formatAppLocation(screen, 'uzbekistan')}
            aria-current={preset === 'uzbekistan' ? 'true' : undefined}
          >
            Uzbekistan
          </a>
        </nav>
      </header>
      {location.problems.length > 0 && (
        <div role="alert" className="problems">
          {location.problems.map((problem) => (
            <p key={problem}>{problem}</p>
          ))}
        </div>
      )}
      <main>
        {screen === 'overview' && <OverviewScreen preset={preset} fixture={fixture} scenario={scenario} />}
        {screen === 'planner' && <PlannerScreen scenario={scenario} />}
        {screen === 'compare' && <CompareScreen />}
        {screen === 'sources' && <SourcesScreen />}
        {screen === 'map' && (
          <Suspense fallback={<MapLoading />}>
            <MapScreen key={preset} preset={preset} scenario={scenario} />
          </Suspense>
        )}
        {screen === 'training' && (
          <PlaceholderScreen
            title="Training"
            what="A mini registry where trainees play fraud cases on paper and on a computerized registry."
          />
        )}
        {screen === 'runs' && (
          <PlaceholderScreen title="Runs" what="Saved simulation runs, kept in this browser." />
        )}
      </main>
      <footer className="footer">
        Figures carry their sources; estimates are labelled.{' '}
        <a href={formatAppLocation('sources', preset)}>Sources and licences</a>
      </footer>
    </div>
  );
}
