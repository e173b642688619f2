import { STATUS_LABELS } from '@/domain/sourced-figure';
import type { Scenario } from '@/domain/scenario/scenario-schema';

import { SourceBadge } from '../components/source-badge';
import { ParameterGroupsTable } from './parameter-groups-table';
import type { ParameterRow } from './parameter-rows';
import { parameterRowGroups } from './parameter-rows';

interface Props {
  readonly scenario: Scenario;
}

function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The basis opens with the status already ("Recollection, to be verified: …", "Estimate: …"). */
function saysStatus(row: ParameterRow): boolean {
  const first = STATUS_LABELS[row.status].split(/[\s,]/)[0]!;
  return row.basis.toLowerCase().startsWith(first);
}

/** "No Uzbek estimate: the catalogue’s value … apply" → head "No Uzbek estimate", rest "the catalogue’s …". */
function splitNote(note: string): { head: string; rest: string } {
  const colon = note.indexOf(':');
  return colon > 0
    ? { head: note.slice(0, colon), rest: note.slice(colon + 1).trim() }
    : { head: note, rest: '' };
}

function Row({ row }: { readonly row: ParameterRow }) {
  return (
    <tr data-parameter={row.key} className={row.outside ? 'parameter-outside' : undefined}>
      <th scope="row">
        {row.label}
        {row.plan && <span className="parameter-plan">{row.plan}</span>}
      </th>
      <td className="num">{row.value}</td>
      <td>{row.unit}</td>
      <td className={row.kind === 'number' ? 'parameter-range' : 'parameter-choices'}>{row.allowed}</td>
      <td className="parameter-range" data-testid="plausible">
        {row.plausible}
        {row.outside && <span className="parameter-flag">{row.outside}</span>}
        {row.changed && <span className="parameter-flag">{row.changed}</span>}
      </td>
      <td className="parameter-source">
        <SourceBadge status={row.status} sources={row.sources} />
        {row.note && <p className="parameter-note">{splitNote(row.note).head}</p>}
        <details className="parameter-basis">
          <summary>Basis</summary>
          {row.note && <p className="parameter-note-full">{row.note}</p>}
          <p>
            {!saysStatus(row) && (
              <strong className="parameter-status">{sentence(STATUS_LABELS[row.status])}. </strong>
            )}
            {row.basis}
          </p>
        </details>
      </td>
    </tr>
  );
}

/**
 * Every model parameter of the scenario, grouped: value and unit, allowed limits, the plausible range of the
 * scenario country's own entry, status, sources and (opened on demand) the basis of the value.
 */
export function ParameterTable({ scenario }: Props) {
  const groups = parameterRowGroups(scenario);
  const rows = groups.flatMap((g) => g.rows);
  const fallbacks = rows.filter((row) => row.note);
  const note = fallbacks[0]?.note;
  const summary = note && splitNote(note);
  return (
    <>
      {summary && (
        <p className="parameter-fallbacks" data-testid="parameter-fallbacks">
          {summary.rest
            ? `${summary.head} for ${fallbacks.length} of ${rows.length} parameters: ${summary.rest}`
            : `${fallbacks.length} of ${rows.length} parameters: ${note}`}
        </p>
      )}
      <ParameterGroupsTable
        caption="Model parameters"
        className="data-table parameter-table"
        groups={groups}
        renderRow={(row) => <Row key={row.key} row={row} />}
      />
    </>
  );
}
