import {
  calibrateToBaseline,
  CALIBRATED_PARAMETER,
  rangePosition,
  SAVINGS_BASELINE,
  SAVINGS_BASELINE_KRW_PER_YEAR,
} from '@/domain/economics';
import { parameterInfoFor } from '@/domain/parameters/parameter-info';
import type { Scenario } from '@/domain/scenario/scenario-schema';

import { SourceBadge } from '../components/source-badge';
import './economics-notes.css';
import { formatInteger } from '../format';
import { RangeBar } from './range-bar';

interface Props {
  readonly scenario: Scenario;
}

const minutes = (m: number) => `${m.toLocaleString('en-US', { maximumFractionDigits: 1 })} min`;

type Calibration =
  { readonly ok: true; readonly value: number; readonly description: string } | { readonly ok: false };

/** The Korean calibration of the minutes per visit to the 300 bn floor, from this scenario's other inputs. */
function solve(scenario: Scenario): Calibration {
  try {
    const titles = scenario.offices.reduce((sum, office) => sum + office.records, 0);
    const c = calibrateToBaseline(scenario.parameters, SAVINGS_BASELINE_KRW_PER_YEAR, { titles });
    return { ok: true, value: c.value, description: c.description };
  } catch {
    return { ok: false };
  }
}

/**
 * The seed's "more than 300 bn KRW a year" as a floor, and the minutes per visit: in a Korean (KRW) scenario
 * solved to reproduce that floor, with its place in its plausible range; elsewhere the scenario's own estimate
 * and its place in the range.
 */
export function CalibrationNote({ scenario }: Props) {
  const info = parameterInfoFor(scenario.country, CALIBRATED_PARAMETER);
  const name = info?.label ?? 'Citizen time saved per avoided visit';
  const used = Number(scenario.parameters[CALIBRATED_PARAMETER]);
  const range = info?.plausible;
  const floor = formatInteger(SAVINGS_BASELINE_KRW_PER_YEAR / 1e9);
  const calibrated = scenario.currency === 'KRW';
  const solved = calibrated ? solve(scenario) : null;
  const shown = solved?.ok ? solved.value : used;
  return (
    <div className="econ-calibration" data-testid="econ-calibration">
      <p>
        <strong>Korea’s 300 bn saving is a floor.</strong> The source article says more than {floor} bn KRW a
        year <SourceBadge status={SAVINGS_BASELINE.status} sources={SAVINGS_BASELINE.sources} />; not
        confirmed by any source found; the model is calibrated to reproduce {floor} bn at maturity, a floor.
      </p>
      <p className="econ-calibration-place">
        {name}:{' '}
        <span data-testid="econ-calibration-place">
          {solved?.ok
            ? solved.description
            : `${minutes(used)}${calibrated ? '' : ': this scenario’s own estimate, not solved'}${range ? `, at ${Math.round(rangePosition(used, range) * 100)} % of its ${range[0]}–${range[1]} min range` : ''}`}
        </span>{' '}
        {info && <SourceBadge status={info.status} sources={info.sources} basis={info.basis} />}{' '}
        {range && (
          <RangeBar
            value={shown}
            range={range}
            label={`${minutes(shown)} in its ${range[0]}–${range[1]} min plausible range`}
            testId="econ-calibration-bar"
          />
        )}
      </p>
      <p className="muted">
        {calibrated
          ? `${solved?.ok && Math.abs(solved.value - used) >= 0.05 ? `This scenario uses ${minutes(used)}. ` : ''}Solved so that the model saves ${floor} bn KRW a year at maturity: the least time per visit consistent with the floor. It is left out of the check of the NPV’s sign below, since moving it alone would move the calibration target.`
          : `The ${floor} bn calibration is Korea’s; here the time per visit is an estimate of its own and is moved like the other estimates in the check of the NPV’s sign below.`}
      </p>
    </div>
  );
}
