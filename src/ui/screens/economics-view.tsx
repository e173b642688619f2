import { useId, useMemo, useState } from 'react';

import type { SimulationResult } from '@/app/engine-results';
import { nationalCostByMonth } from '@/app/engine-results';
import type { EconomicsResult, ExchangeRates } from '@/domain/economics';
import {
  calibrateToBaseline,
  CALIBRATED_PARAMETER,
  convertEconomicsResult,
  DISPLAY_RATES,
  economicsOfRun,
  SAVINGS_BASELINE_KRW_PER_YEAR,
  scenarioRates,
} from '@/domain/economics';
import { pricesSentence } from '@/domain/economics/prices-text';
import { parameterSpec } from '@/domain/parameters/parameter-catalogue';
import type { Currency, Scenario } from '@/domain/scenario/scenario-schema';

import { PlanLabel } from '../components/rollout-plan';
import { SourceBadge } from '../components/source-badge';
import { CurrencyControls } from '../economics/currency-controls';
import { EconomicsChart } from '../economics/economics-chart';
import { EconomicsFigures } from '../economics/economics-figures';
import { EconomicsTable } from '../economics/economics-table';
import { formatInteger } from '../format';

interface Props {
  readonly scenario: Scenario;
  readonly result: SimulationResult;
}

type Appraisal =
  { readonly ok: true; readonly value: EconomicsResult } | { readonly ok: false; readonly message: string };

function appraise(scenario: Scenario, result: SimulationResult): Appraisal {
  const monthlyCost = Array.from(nationalCostByMonth(result));
  try {
    return { ok: true, value: economicsOfRun(scenario, result.goLiveMonth, monthlyCost) };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

/** "… = 30.51 min" for a KRW scenario (the calibration's own target), else the value this scenario uses. */
function calibrationNote(scenario: Scenario): string {
  // The parameter's name for people, not its field key.
  const name = (
    parameterSpec(CALIBRATED_PARAMETER)?.label ?? 'Citizen time saved per avoided visit'
  ).toLowerCase();
  const used = Number(scenario.parameters[CALIBRATED_PARAMETER]);
  const usedText = `${used.toLocaleString('en-US', { maximumFractionDigits: 2 })} min`;
  if (scenario.currency !== 'KRW') return `${name} = ${usedText} (transferred, this scenario)`;
  try {
    const titles = scenario.offices.reduce((sum, office) => sum + office.records, 0);
    const calibrated = calibrateToBaseline(scenario.parameters, SAVINGS_BASELINE_KRW_PER_YEAR, { titles });
    return `${name} = ${calibrated.value.toFixed(2)} min (this scenario uses ${usedText})`;
  } catch {
    return `${name} (this scenario uses ${usedText})`;
  }
}

/** The economic appraisal of one run: headline figures, breakdown, chart and table, in a chosen currency. */
export function EconomicsView({ scenario, result }: Props) {
  const tableId = useId();
  const appraisal = useMemo(() => appraise(scenario, result), [scenario, result]);
  const note = useMemo(() => calibrationNote(scenario), [scenario]);
  const initialRates = useMemo<ExchangeRates>(() => {
    const own = Number(scenario.parameters.usdExchangeRate);
    return own > 0 ? scenarioRates(scenario.currency, own) : DISPLAY_RATES;
  }, [scenario]);
  const [currency, setCurrency] = useState<Currency>(scenario.currency);
  const [rates, setRates] = useState<ExchangeRates>(initialRates);
  const [showTable, setShowTable] = useState(false);
  const shown = useMemo(
    () => (appraisal.ok ? convertEconomicsResult(appraisal.value, currency, rates) : null),
    [appraisal, currency, rates],
  );

  return (
    <section className="economics" aria-labelledby={`${tableId}-title`} data-testid="economics">
      <h3 id={`${tableId}-title`}>Economics of this run</h3>
      <PlanLabel scenario={scenario} />
      {shown === null ? (
        <p className="econ-error" role="alert">
          The economics could not be computed: {appraisal.ok ? '' : appraisal.message}
        </p>
      ) : (
        <>
          <p className="econ-caveat econ-prices" data-testid="econ-prices">
            {pricesSentence(shown)} Price index:{' '}
            <SourceBadge status={shown.prices.cpi.status} sources={shown.prices.cpi.sources} />
          </p>
          <p className="econ-caveat" data-testid="econ-caveat">
            <strong>Model estimates</strong>, not measurements: {shown.currency} at constant{' '}
            {shown.priceBaseYear} prices, discounted at {(shown.discountRate * 100).toLocaleString('en-US')} %
            real. The savings model is calibrated so the Korean preset at maturity gives the{' '}
            {formatInteger(SAVINGS_BASELINE_KRW_PER_YEAR / 1e9)} bn KRW/yr stated by the source article — not
            independently confirmed; calibrated parameter: {note}.
          </p>
          <CurrencyControls
            currency={currency}
            initialRates={initialRates}
            onCurrency={setCurrency}
            onRates={setRates}
          />
          <EconomicsFigures economics={shown} />
          <h4>Yearly savings and costs</h4>
          <EconomicsChart economics={shown} />
          <button
            type="button"
            aria-expanded={showTable}
            aria-controls={tableId}
            onClick={() => setShowTable((open) => !open)}
          >
            {showTable ? 'Hide table' : 'Show as table'}
          </button>
          {showTable && <EconomicsTable economics={shown} id={tableId} />}
        </>
      )}
    </section>
  );
}
