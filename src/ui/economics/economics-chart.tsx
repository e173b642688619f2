import { useId } from 'react';

import type { EconomicsResult } from '@/domain/economics';

import { compactNumber, linearScale, niceTicks } from './chart-scale';
import { formatMoney } from './money';

const W = 760;
const H = 320;
const M = { left: 64, right: 72, top: 14, bottom: 44 };
const PLOT_W = W - M.left - M.right;
const PLOT_H = H - M.top - M.bottom;

interface Props {
  readonly economics: EconomicsResult;
}

/** Bars of yearly savings and costs (left axis), a line of cumulative net benefit (right axis), zeros aligned. */
export function EconomicsChart({ economics: e }: Props) {
  const id = useId();
  const c = e.currency;
  const n = e.years.length;
  const cumMin = Math.min(...e.cumulativeNetBenefit);
  const cumMax = Math.max(...e.cumulativeNetBenefit);
  // A run that never pays back gets a mirrored right axis, so the bars keep room above the shared zero.
  const right = niceTicks(cumMin, cumMax > 0 ? cumMax : -cumMin, 5);
  const leftTop = niceTicks(0, Math.max(...e.savings.total, ...e.costs.total), 5);
  // Put the left axis's zero at the height of the right axis's zero.
  const below = -right.min / (right.max - right.min);
  const leftMin = below >= 1 ? -leftTop.max : (-leftTop.max * below) / (1 - below);
  const yLeft = linearScale([leftMin, leftTop.max], [M.top + PLOT_H, M.top]);
  const yRight = linearScale([right.min, right.max], [M.top + PLOT_H, M.top]);
  const band = PLOT_W / Math.max(1, n);
  const barW = Math.max(1, band * 0.36);
  const x = (j: number) => M.left + j * band;
  const zero = yLeft(0);
  const line = e.cumulativeNetBenefit
    .map((v, j) => `${j === 0 ? 'M' : 'L'}${(x(j) + band / 2).toFixed(1)},${yRight(v).toFixed(1)}`)
    .join(' ');
  const first = e.years[0];
  const last = e.years[n - 1];

  return (
    <figure className="econ-chart" data-testid="econ-chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${id}-t ${id}-d`}>
        <title id={`${id}-t`}>Yearly savings and costs, and cumulative net benefit, {c}</title>
        <desc id={`${id}-d`}>
          {`${first}–${last}: savings reach ${formatMoney(Math.max(...e.savings.total))} ${c} a year; ` +
            `cumulative net benefit ends at ${formatMoney(e.cumulativeNetBenefit[n - 1] ?? 0)} ${c}` +
            (e.paybackYear === null ? ', with no payback.' : `, turning positive in ${e.paybackYear}.`)}
        </desc>
        {leftTop.ticks.map((t) => (
          <g key={`l${t}`} className="econ-tick">
            <line x1={M.left} x2={M.left + PLOT_W} y1={yLeft(t)} y2={yLeft(t)} />
            <text x={M.left - 6} y={yLeft(t)} textAnchor="end" dominantBaseline="middle">
              {compactNumber(t)}
            </text>
          </g>
        ))}
        {right.ticks.map((t) => (
          <text
            key={`r${t}`}
            className="econ-tick-right"
            x={M.left + PLOT_W + 6}
            y={yRight(t)}
            dominantBaseline="middle"
          >
            {compactNumber(t)}
          </text>
        ))}
        {e.years.map((year, j) => (
          <g key={year}>
            <rect
              className="econ-bar-savings"
              x={x(j) + band * 0.12}
              width={barW}
              y={yLeft(e.savings.total[j] ?? 0)}
              height={zero - yLeft(e.savings.total[j] ?? 0)}
            >
              <title>{`${year} savings: ${formatMoney(e.savings.total[j] ?? 0)} ${c}`}</title>
            </rect>
            <rect
              className="econ-bar-costs"
              x={x(j) + band * 0.12 + barW}
              width={barW}
              y={yLeft(e.costs.total[j] ?? 0)}
              height={zero - yLeft(e.costs.total[j] ?? 0)}
            >
              <title>{`${year} costs: ${formatMoney(e.costs.total[j] ?? 0)} ${c}`}</title>
            </rect>
            {year % 5 === 0 && (
              <text className="econ-year" x={x(j) + band / 2} y={M.top + PLOT_H + 16} textAnchor="middle">
                {year}
              </text>
            )}
          </g>
        ))}
        <line className="econ-zero" x1={M.left} x2={M.left + PLOT_W} y1={zero} y2={zero} />
        <path className="econ-line" d={line} />
        <text className="econ-axis-label" x={M.left + PLOT_W / 2} y={H - 6} textAnchor="middle">
          Year
        </text>
        <text
          className="econ-axis-label"
          transform={`translate(14 ${M.top + PLOT_H / 2}) rotate(-90)`}
          textAnchor="middle"
        >
          {`Savings and costs, ${c}/yr`}
        </text>
        <text
          className="econ-axis-label"
          transform={`translate(${W - 10} ${M.top + PLOT_H / 2}) rotate(90)`}
          textAnchor="middle"
        >
          {`Cumulative net benefit, ${c}`}
        </text>
      </svg>
      <ul className="econ-legend">
        <li>
          <span className="swatch econ-swatch-savings" aria-hidden="true" /> Savings (left axis)
        </li>
        <li>
          <span className="swatch econ-swatch-costs" aria-hidden="true" /> Costs (left axis)
        </li>
        <li>
          <span className="swatch econ-swatch-line" aria-hidden="true" /> Cumulative net benefit (right axis)
        </li>
      </ul>
    </figure>
  );
}
