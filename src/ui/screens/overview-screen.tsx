import type { PresetFixture } from '@/domain/presets/preset-fixture';
import type { PresetId } from '@/domain/presets/presets';
import type { RolloutVariant } from '@/domain/presets/rollout-variants';
import type { Scenario } from '@/domain/scenario/scenario-schema';
import type { SourcedFigure } from '@/domain/sourced-figure';
import type { SourceStatus } from '@/domain/parameters/parameter-spec';

import { FigureCard } from '../components/figure-card';
import { CalibratedInputs, PlanLabel } from '../components/rollout-plan';
import { SourceBadge } from '../components/source-badge';
import { formatInteger } from '../format';
import { figureTitle, HEADLINE_FIGURES, variantText } from './figure-labels';

interface Props {
  readonly preset: PresetId;
  readonly fixture: PresetFixture;
  readonly scenario: Scenario;
  readonly variant: RolloutVariant;
}

interface WaveSource {
  readonly status: SourceStatus;
  readonly sources: readonly string[];
  readonly basis: string;
}

/** Status, sources and basis of each wave of the plan, by wave id, as the preset's fixture gives them. */
function waveSources(fixture: PresetFixture, plan: string): ReadonlyMap<string, WaveSource> {
  const rules = fixture.rollout[plan];
  const out = new Map<string, WaveSource>();
  if (!Array.isArray(rules)) return out;
  for (const rule of rules as readonly Record<string, unknown>[]) {
    const { id, status, sources, basis } = rule;
    if (typeof id !== 'string' || typeof status !== 'string') continue;
    out.set(id, {
      status: status as SourceStatus,
      sources: Array.isArray(sources) ? sources.map(String) : [],
      basis: typeof basis === 'string' ? basis : '',
    });
  }
  return out;
}

/** The country's own language, for its name under the title (Hangul renders from the bundled Noto Sans KR). */
const NATIVE_LANGUAGE: Readonly<Record<PresetId, string>> = { korea: 'ko', uzbekistan: 'uz' };

function isScalar(figure: SourcedFigure): boolean {
  return typeof figure.value === 'number' || typeof figure.value === 'string';
}

export function OverviewScreen({ preset, fixture, scenario, variant }: Props) {
  const figures = fixture.figures;
  const headline = HEADLINE_FIGURES[preset].filter((key) => figures[key]);
  const others = Object.keys(figures).filter((key) => !headline.includes(key) && isScalar(figures[key]!));
  const records = scenario.offices.reduce((sum, o) => sum + o.records, 0);
  const pages = scenario.offices.reduce((sum, o) => sum + o.pages, 0);
  const regional = scenario.centres.filter((c) => c.kind === 'regional').length;
  const waveInfo = waveSources(fixture, variant.id);

  return (
    <section className="screen" aria-labelledby="screen-title">
      <h1 id="screen-title">{fixture.name.en} — registry computerization</h1>
      {fixture.name[NATIVE_LANGUAGE[preset]] && (
        <p className="native-name" lang={NATIVE_LANGUAGE[preset]} data-testid="native-name">
          {fixture.name[NATIVE_LANGUAGE[preset]]}
        </p>
      )}
      <div className="figure-grid" data-testid="headline-figures">
        {headline.map((key) => (
          <FigureCard key={key} figureKey={key} label={figureTitle(key)} figure={figures[key]!} />
        ))}
      </div>

      <h2>The preset scenario</h2>
      <p data-testid="scenario-summary">
        {formatInteger(scenario.offices.length)} offices holding {formatInteger(records)} records and{' '}
        {formatInteger(pages)} pages, served by 1 central and {regional} regional data centres, in{' '}
        {scenario.rollout.waves.length} rollout waves from {scenario.startMonth}.
      </p>
      <PlanLabel scenario={scenario} />
      <table className="data-table waves-table" data-testid="rollout-waves">
        <caption>
          Rollout waves — {variant.label}
          {variant.id === 'illustrative' &&
            (scenario.country === 'KOR' ? ' (assumed dates, not a historical record)' : ' (assumed dates)')}
        </caption>
        <thead>
          <tr>
            <th scope="col">Wave</th>
            <th scope="col">Conversion starts</th>
            <th scope="col" className="num">
              Offices
            </th>
            <th scope="col">Status and sources</th>
            <th scope="col">Basis</th>
          </tr>
        </thead>
        <tbody>
          {scenario.rollout.waves.map((wave) => {
            const info = waveInfo.get(wave.id);
            return (
              <tr key={wave.id} data-wave={wave.id}>
                <td>{wave.label}</td>
                <td>{wave.startMonth}</td>
                <td className="num">{wave.officeIds.length}</td>
                <td>{info && <SourceBadge status={info.status} sources={info.sources} />}</td>
                <td className="basis-text">{info?.basis}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <CalibratedInputs variant={variant} currency={scenario.currency} />

      {fixture.variants && fixture.variants.length > 0 && (
        <>
          <h2>What other sources say</h2>
          <table className="data-table" data-testid="variants">
            <thead>
              <tr>
                <th scope="col">Figure</th>
                <th scope="col">Alternative</th>
                <th scope="col">Source</th>
              </tr>
            </thead>
            <tbody>
              {fixture.variants.map((v) => (
                <tr key={v.id}>
                  <td>{figureTitle(v.figure)}</td>
                  <td data-value={v.value}>{variantText(v, figures[v.figure]?.unit ?? '')}</td>
                  <td>
                    <SourceBadge status={v.status} sources={v.sources} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}

      {others.length > 0 && (
        <>
          <h2>More figures</h2>
          <div className="figure-grid small">
            {others.map((key) => (
              <FigureCard key={key} figureKey={key} label={figureTitle(key)} figure={figures[key]!} />
            ))}
          </div>
        </>
      )}

      {fixture.timeline && fixture.timeline.length > 0 && (
        <>
          <h2>Timeline</h2>
          <ol className="timeline">
            {fixture.timeline.map((event) => (
              <li key={`${event.date}-${event.event}`}>
                <time>{event.date}</time> {event.event}{' '}
                <SourceBadge status={event.status} sources={event.sources} />
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
