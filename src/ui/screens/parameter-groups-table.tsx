/** The frame both parameter tables share (read-only on the Planner, editable in the scenario editor). */
import type { ReactNode } from 'react';

import type { ParameterRow, ParameterRowGroup } from './parameter-rows';

const COLUMNS = 6;

interface Props {
  readonly caption: string;
  readonly className: string;
  readonly groups: readonly ParameterRowGroup[];
  readonly renderRow: (row: ParameterRow) => ReactNode;
}

export function ParameterGroupsTable({ caption, className, groups, renderRow }: Props) {
  return (
    <table className={className} data-testid="parameters">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Parameter</th>
          <th scope="col">Value</th>
          <th scope="col">Unit</th>
          <th scope="col">Allowed</th>
          <th scope="col">Plausible range</th>
          <th scope="col">Status and sources</th>
        </tr>
      </thead>
      {groups.map(({ group, title, rows }) => (
        <tbody key={group} data-group={group}>
          <tr className="parameter-group">
            <th scope="colgroup" colSpan={COLUMNS}>
              {title}
            </th>
          </tr>
          {rows.map(renderRow)}
        </tbody>
      ))}
    </table>
  );
}
