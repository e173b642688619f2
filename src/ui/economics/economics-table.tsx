import type { EconomicsResult } from '@/domain/economics';

import { formatInteger } from '../format';

interface Props {
  readonly economics: EconomicsResult;
  readonly id: string;
}

/** The chart's data, year by year, in whole currency units. */
export function EconomicsTable({ economics: e, id }: Props) {
  const c = e.currency;
  return (
    <div className="econ-table-scroll">
      <table className="econ-table" data-testid="econ-table" id={id}>
        <caption>
          Yearly savings, costs and net benefit, {c} (constant {e.priceBaseYear} prices)
        </caption>
        <thead>
          <tr>
            <th scope="col">Year</th>
            <th scope="col">Savings</th>
            <th scope="col">Costs</th>
            <th scope="col">Net benefit</th>
            <th scope="col">Cumulative net benefit</th>
          </tr>
        </thead>
        <tbody>
          {e.years.map((year, j) => (
            <tr key={year}>
              <th scope="row">{year}</th>
              <td>{formatInteger(e.savings.total[j] ?? 0)}</td>
              <td>{formatInteger(e.costs.total[j] ?? 0)}</td>
              <td>{formatInteger(e.netBenefit[j] ?? 0)}</td>
              <td>{formatInteger(e.cumulativeNetBenefit[j] ?? 0)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
