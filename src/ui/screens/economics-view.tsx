import { useId, useMemo, useState } from 'react';

import type { SimulationResult } from '@/app/engine-results';
import { nationalCostByMonth } from '@/app/engine-results';
import type { EconomicsResult, ExchangeRates } from '@/domain/economics';
import { convertEconomicsResult, DISPLAY_RATES, economicsOfRun, scenarioRates } from '@/domain/economics';
import { pricesSentence } from '@/domain/economics/prices-text';
import type { Currency, Scenario } from '@/domain/scenario/scenario-schema';

import { PlanLabel } from '../components/rollout-plan';
import { SourceBadge } from '../components/source-badge';
import { CalibrationNote } from '../economics/calibration-note';
import { CurrencyControls } from '../economics/currency-controls';
import { EconomicsChart } from '../economics/economics-chart';
import { EconomicsFigures } from '../economics/economics-figures';
import { EconomicsTable } from '../economics/economics-table';
import { NpvSign } from '../economics/npv-sign';

interface Props {
  readonly scenario: Scenario;
  readonly result: SimulationResult;
}

type Appraisal =
  { readonly ok: true; readonly value: EconomicsResult } | { readonly ok: false; readonly message: string };

function appraise(scenario: Scenario, result: SimulationResult, monthlyCost: readonly number[]): Appraisal {
  try {
    return { ok: true, value: economicsOfRun(scenario, result.goLiveMonth, monthlyCost) };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

/** The economic appraisal of one run: headline figures, breakdown, chart and table, in a chosen currency. */
export function EconomicsView({ scenario, result }: Props) {
  const tableId = useId();
  const monthlyCost = useMemo(() => Array.from(nationalCostByMonth(result)), [result]);
  const appraisal = useMemo(() => appraise(scenario, result, monthlyCost), [scenario, result, monthlyCost]);
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
            real.
          </p>
          <CalibrationNote scenario={scenario} />
          <CurrencyControls
            currency={currency}
            initialRates={initialRates}
            onCurrency={setCurrency}
            onRates={setRates}
          />
          <EconomicsFigures economics={shown} />
          <NpvSign scenario={scenario} goLiveMonth={result.goLiveMonth} monthlyCost={monthlyCost} />
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
