import { useMemo } from 'react';

import { buildPresetScenario, presetFixture, PRESET_IDS } from '@/domain/presets/presets';
import type { Scenario } from '@/domain/scenario/scenario-schema';
import { numericValue } from '@/domain/sourced-figure';

import { planLabelOf } from '../components/rollout-plan';
import { formatInteger } from '../format';

/** The two presets side by side, normalised per office (what each office has to convert). */
export function PresetComparison({ current }: { readonly current: Scenario }) {
  const rows = useMemo(
    () =>
      PRESET_IDS.map((id) => {
        const fixture = presetFixture(id);
        // The preset on screen with the plan chosen for it; the other with its own default plan.
        const scenario = current.country === fixture.country ? current : buildPresetScenario(id);
        const records = scenario.offices.reduce((sum, o) => sum + o.records, 0);
        const pages = scenario.offices.reduce((sum, o) => sum + o.pages, 0);
        return {
          id,
          name: fixture.name.en ?? id,
          plan: planLabelOf(scenario),
          offices: scenario.offices.length,
          officesEstimated: fixture.figures.offices?.status === 'E',
          records,
          pages,
          centres: scenario.centres.length,
          regions: new Set(scenario.offices.map((o) => o.region)).size,
          declaredOffices: numericValue(fixture.figures.offices),
        };
      }),
    [current],
  );
  return (
    <table className="data-table" data-testid="preset-comparison">
      <caption>Korea and Uzbekistan presets (Uzbek volumes are partly estimates: see the overview)</caption>
      <thead>
        <tr>
          <th scope="col">Preset</th>
          <th scope="col">Regions</th>
          <th scope="col">Offices</th>
          <th scope="col">Records</th>
          <th scope="col">Pages</th>
          <th scope="col">Records per office</th>
          <th scope="col">Pages per record</th>
          <th scope="col">Data centres</th>
          <th scope="col">Rollout plan</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id}>
            <th scope="row">{r.name}</th>
            <td className="num">{r.regions}</td>
            <td className="num">
              {formatInteger(r.offices)}
              {r.officesEstimated ? ' (estimate)' : ''}
            </td>
            <td className="num">{formatInteger(r.records)}</td>
            <td className="num">{formatInteger(r.pages)}</td>
            <td className="num">{formatInteger(r.records / r.offices)}</td>
            <td className="num">{(r.pages / r.records).toFixed(2)}</td>
            <td className="num">{r.centres}</td>
            <td data-testid="compare-plan">{r.plan}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
