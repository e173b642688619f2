import { unitText } from '@/domain/display-labels';
import { doingBusiness, minwon24 } from '@/domain/reference-tables';
import type { Scenario } from '@/domain/scenario/scenario-schema';
import type { SourcedFigure } from '@/domain/sourced-figure';

import { SourceBadge } from '../components/source-badge';
import { formatFigureValue } from '../format';
import { PresetComparison } from './preset-comparison';

function Cell({ figure }: { readonly figure: SourcedFigure | null | undefined }) {
  if (!figure) return <td className="muted">not extracted</td>;
  return (
    <td className="num">
      {formatFigureValue(figure.value, figure.unit)}{' '}
      <SourceBadge status={figure.status} sources={figure.sources} />
    </td>
  );
}

/** "DB2017" → "Doing Business 2017" (the report's name, not its code). */
function editionText(edition: string): string {
  return edition.replace(/^DB(\d{4})$/, 'Doing Business $1');
}

/** Korea next to Uzbekistan, and the reference tables with their caveats. */
export function CompareScreen({ scenario }: { readonly scenario: Scenario }) {
  const seed = minwon24.seedTable;
  return (
    <section className="screen" aria-labelledby="screen-title">
      <h1 id="screen-title">Compare</h1>
      <PresetComparison current={scenario} />

      <h2>Doing Business: registering property</h2>
      <p className="caveat" data-testid="doing-business-caveat">
        {doingBusiness.caveat.text}{' '}
        <SourceBadge status={doingBusiness.caveat.status} sources={doingBusiness.caveat.sources} />
      </p>
      <table className="data-table" data-testid="doing-business">
        <thead>
          <tr>
            <th scope="col">Economy</th>
            <th scope="col">Edition</th>
            <th scope="col">Rank</th>
            <th scope="col">Procedures</th>
            <th scope="col">Days</th>
            <th scope="col">Cost (% of value)</th>
            <th scope="col">Land administration quality (0–30)</th>
          </tr>
        </thead>
        <tbody>
          {doingBusiness.registeringProperty.map((row) => (
            <tr key={`${row.economy}-${row.edition}`}>
              <th scope="row">{row.name}</th>
              <td>{editionText(row.edition)}</td>
              <Cell figure={row.rank} />
              <Cell figure={row.procedures} />
              <Cell figure={row.days} />
              <Cell figure={row.costPercentOfValue} />
              <Cell figure={row.qualityOfLandAdministrationIndex} />
            </tr>
          ))}
        </tbody>
      </table>

      <h2>Minwon24, 2003 and 2010, as the source article gives them</h2>
      <p className="caveat">
        {seed.note} <SourceBadge status={seed.status} sources={seed.sources} />
      </p>
      <table className="data-table" data-testid="minwon24">
        <thead>
          <tr>
            <th scope="col">Measure</th>
            {seed.years.map((year) => (
              <th scope="col" key={year}>
                {year}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {seed.rows.map((row) => (
            <tr key={row.id}>
              <th scope="row">{row.label.en ?? row.id}</th>
              {seed.years.map((year) => (
                <Cell key={year} figure={row.values[String(year)]} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <h3>What the sources confirm instead</h3>
      <ul className="confirmed-list">
        {minwon24.confirmed.map((item) => (
          <li key={item.id}>
            {item.label.en}: <strong>{formatFigureValue(item.value, item.unit)}</strong>{' '}
            {unitText(item.unit, item.value)} <SourceBadge status={item.status} sources={item.sources} />
          </li>
        ))}
      </ul>
    </section>
  );
}
