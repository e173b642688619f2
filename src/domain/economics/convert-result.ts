/**
 * An economic result expressed in another currency: every money figure converted, shares, years, rates
 * and counts untouched.
 */
import type { Currency } from '../scenario/scenario-schema';
import type { YearlyCosts } from './costs';
import type { ExchangeRates } from './currency';
import { convertMoney, convertSeries } from './currency';
import type { EconomicsResult, YearlySavingsSeries } from './evaluate';
import type { SavingsBreakdown } from './savings-model';

/** Converts all money in `result` from its currency to `to`. Converting back restores it (up to rounding). */
export function convertEconomicsResult(
  result: EconomicsResult,
  to: Currency,
  rates: ExchangeRates,
): EconomicsResult {
  const from = result.currency;
  const money = (amount: number) => convertMoney(amount, from, to, rates);
  const series = (amounts: readonly number[]) => convertSeries(amounts, from, to, rates);
  const s = result.savings;
  const savings: YearlySavingsSeries = {
    citizenTime: series(s.citizenTime),
    travel: series(s.travel),
    staffTime: series(s.staffTime),
    fraud: series(s.fraud),
    total: series(s.total),
    feeTransferToUsers: series(s.feeTransferToUsers),
  };
  const c = result.costs;
  const costs: YearlyCosts = {
    programme: series(c.programme),
    centreCapital: series(c.centreCapital),
    operations: series(c.operations),
    total: series(c.total),
  };
  const m = result.maturity;
  const maturity: SavingsBreakdown = {
    ...m,
    citizenTime: money(m.citizenTime),
    travel: money(m.travel),
    staffTime: money(m.staffTime),
    fraud: money(m.fraud),
    total: money(m.total),
    feeTransferToUsers: money(m.feeTransferToUsers),
  };
  return {
    ...result,
    currency: to,
    savings,
    costs,
    netBenefit: series(result.netBenefit),
    cumulativeNetBenefit: series(result.cumulativeNetBenefit),
    pvBenefits: money(result.pvBenefits),
    pvCosts: money(result.pvCosts),
    npv: money(result.npv),
    costPerPage: money(result.costPerPage),
    costPerRecord: money(result.costPerRecord),
    maturity,
    costPerPageCheck: {
      ...result.costPerPageCheck,
      model: money(result.costPerPageCheck.model),
      reference: money(result.costPerPageCheck.reference),
      referenceRange: result.costPerPageCheck.referenceRange && [
        money(result.costPerPageCheck.referenceRange[0]),
        money(result.costPerPageCheck.referenceRange[1]),
      ],
    },
  };
}
