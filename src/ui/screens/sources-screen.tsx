import { isWebAddress, sourceAddress, sourceDate } from '@/domain/display-labels';
import { STATUS_LABELS } from '@/domain/sourced-figure';
import type { SourceStatus } from '@/domain/parameters/parameter-spec';
import { SOURCES } from '@/domain/sources';

const STATUSES: readonly SourceStatus[] = ['C', 'C~', 'U', 'R', 'E'];

/** Credits: every source a figure cites, and the licences of the bundled data and fonts. */
export function SourcesScreen() {
  const data = SOURCES.filter((s) => s.kind === 'data');
  const literature = SOURCES.filter((s) => s.kind !== 'data');
  return (
    <section className="screen" aria-labelledby="screen-title">
      <h1 id="screen-title">Sources and licences</h1>
      <h2>Data licences</h2>
      <table className="data-table" data-testid="licences">
        <thead>
          <tr>
            <th scope="col">Id</th>
            <th scope="col">Data</th>
            <th scope="col">Licence</th>
          </tr>
        </thead>
        <tbody>
          {data.map((s) => (
            <tr key={s.id} id={`source-${s.id}`}>
              <td>{s.id}</td>
              <td>{s.title}</td>
              <td>{s.licence ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>How sure each figure is</h2>
      <dl className="legend">
        {STATUSES.map((status) => (
          <div key={status}>
            <dt>{status}</dt>
            <dd>{STATUS_LABELS[status]}</dd>
          </div>
        ))}
      </dl>
      <h2>Sources cited</h2>
      <table className="data-table" data-testid="sources">
        <thead>
          <tr>
            <th scope="col">Id</th>
            <th scope="col">Title</th>
            <th scope="col">Date</th>
            <th scope="col">Address</th>
          </tr>
        </thead>
        <tbody>
          {literature.map((s) => (
            <tr key={s.id} id={`source-${s.id}`}>
              <td>{s.id}</td>
              <td>
                {s.title}
                {s.publisher ? ` — ${s.publisher}` : ''}
              </td>
              <td>{sourceDate(s)}</td>
              <td className={isWebAddress(s.url) ? 'url' : undefined}>{sourceAddress(s)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
