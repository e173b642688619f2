/**
 * Economics of registry computerization: the public API for the CLI, the app and the workers.
 * Pure functions; money in the scenario's currency at constant prices of `priceBaseYear` unless converted.
 */
export type {
  EconomicsContext,
  EconomicsScale,
  EconomicParameters,
  YearlyDigitization,
} from './economic-inputs';
export { economicsContext, economicsScale, readEconomicParameters, ECONOMIC_KEYS } from './economic-inputs';
export type { EngineMonthlyOutput } from './yearly-state';
export { yearlyDigitization, yearlyShareFromCumulative } from './yearly-state';
export { adoptionProgress, adoptedShare } from './adoption';
export type { SavingsBreakdown } from './savings-model';
export {
  savingsAtMaturity,
  savingsFor,
  yearlySavings,
  savingPerVisit,
  digitalDetection,
} from './savings-model';
export type { YearlyCosts } from './costs';
export { yearlyCosts, centreCapitalCost } from './costs';
export { benefitCostRatio, cumulative, discountFactors, paybackYear, presentValue } from './appraisal';
export type { EconomicsResult, YearlySavingsSeries } from './evaluate';
export { evaluateEconomics } from './evaluate';
export { economicsOfRun } from './economics-of-run';
export type { CalibrationResult } from './calibration';
export {
  calibrateToBaseline,
  describeSolvedValue,
  rangePosition,
  CALIBRATED_PARAMETER,
  SAVINGS_BASELINE,
  SAVINGS_BASELINE_KRW_PER_YEAR,
} from './calibration';
export type { ExchangeRates } from './currency';
export { convertMoney, convertSeries, DISPLAY_RATES, scenarioRates } from './currency';
export { convertEconomicsResult } from './convert-result';
export { nominalSeries, toNominal, toReal } from './price-level';
export type { CostPerPageCheck } from './evaluate';
export type { CpiTable, MoneyKey, PriceRebasing, PriceSetting, Rebasing } from './prices';
export { CPI, MONEY_KEYS, PRICE_YEAR, PRICE_YEAR_NOTE, priceSetting } from './prices';
export type { ExcludedParameter, RangeOf, Tornado, TornadoBar } from './tornado';
export { catalogueRange, scaledRange, sensitivityParameters, tornado } from './tornado';
export type { NpvSignReport, SignInput } from './npv-sign';
export { npvSignOfRun, npvSignOfScenarioRun, npvSignReport } from './npv-sign';
export type { SavingsBands } from './savings-bands';
export { savingsBands } from './savings-bands';
export type { ParameterEstimate } from './uzbek-estimates';
export { UZBEK_ESTIMATES, uzbekParameterValues } from './uzbek-estimates';
