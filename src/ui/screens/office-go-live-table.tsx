import { useMemo, useState } from 'react';

import type { SingleRunOutcome } from '@/app/engine-client';
import { NEVER, STAGES } from '@/app/engine-client';
import type { Scenario } from '@/domain/scenario/scenario-schema';
import { regionName } from '@/map/region-names';

import { formatInteger } from '../format';
import { formatRunMonth, STAGE_LABELS } from './run-format';

interface Props {
  readonly scenario: Scenario;
  readonly outcome: SingleRunOutcome;
}

const FIRST_ROWS = 10;

/** Offices in go-live order (those that never finish last), first ten unless the reader asks for all. */
export function OfficeGoLiveTable({ scenario, outcome }: Props) {
  const [showAll, setShowAll] = useState(false);
  const { goLiveMonth, bottleneckStage } = outcome.result;
  const order = useMemo(() => {
    const key = (o: number) => (goLiveMonth[o] === NEVER ? Number.POSITIVE_INFINITY : goLiveMonth[o]!);
    return Array.from(goLiveMonth, (_, o) => o).sort((a, b) => key(a) - key(b) || a - b);
  }, [goLiveMonth]);
  const rows = showAll ? order : order.slice(0, FIRST_ROWS);

  return (
    <>
      <table className="data-table" data-testid="office-go-live">
        <caption>Offices by go-live month (last record replicated)</caption>
        <thead>
          <tr>
            <th scope="col">Office</th>
            <th scope="col">Region</th>
            <th scope="col" className="num">
              Records
            </th>
            <th scope="col">Go-live</th>
            <th scope="col">Bottleneck</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((o) => {
            const office = scenario.offices[o];
            const stage = STAGES[bottleneckStage[o] ?? 0];
            return (
              <tr key={o}>
                <th scope="row">{office?.name ?? `#${o}`}</th>
                <td>{office ? regionName(office.region, 'en') : ''}</td>
                <td className="num">{formatInteger(office?.records ?? 0)}</td>
                <td>{formatRunMonth(outcome.firstMonth, goLiveMonth[o] ?? NEVER)}</td>
                <td>{stage ? STAGE_LABELS[stage] : ''}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {order.length > FIRST_ROWS && (
        <button
          type="button"
          className="link-button"
          aria-expanded={showAll}
          onClick={() => setShowAll(!showAll)}
        >
          {showAll ? `Show the first ${FIRST_ROWS}` : `Show all ${formatInteger(order.length)} offices`}
        </button>
      )}
    </>
  );
}
