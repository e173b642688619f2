/**
 * Money conversion between KRW, UZS and USD with user-set rates, optionally at purchasing-power parity.
 * Conversion goes through the US dollar: amount / rate[from] × rate[to]. It is linear, so converting A → B
 * → A returns the amount (up to floating-point rounding, relative error ~1e-15).
 */
import type { Currency } from '../scenario/scenario-schema';

/** User-set conversion rates; every rate used must be a positive finite number. */
export interface ExchangeRates {
  /** Market rates: units of each currency per US dollar (USD itself is 1). */
  readonly perUsd: Readonly<Record<Currency, number>>;
  /**
   * Optional PPP conversion factors: units of each currency per international dollar (USD itself is 1).
   * When present they replace the market rates, so "USD" reads as international (PPP) dollars.
   */
  readonly ppp?: Readonly<Record<Currency, number>>;
}

/**
 * Display rates of domain-facts §7 (2024–25 levels; status R, to be set by the user):
 * 1 USD ≈ 1,350 KRW ≈ 12,500 UZS.
 */
export const DISPLAY_RATES: ExchangeRates = { perUsd: { KRW: 1_350, UZS: 12_500, USD: 1 } };

function rate(rates: ExchangeRates, currency: Currency): number {
  const value = (rates.ppp ?? rates.perUsd)[currency];
  if (!(value > 0 && Number.isFinite(value))) {
    throw new RangeError(
      `${rates.ppp ? 'PPP factor' : 'exchange rate'} for ${currency} must be > 0, got ${value}`,
    );
  }
  return value;
}

/**
 * Converts an amount of money.
 * @param amount in `from` currency units.
 * @returns the amount in `to` currency units (at PPP when `rates.ppp` is set).
 * @throws RangeError when a rate used is not a positive finite number.
 */
export function convertMoney(amount: number, from: Currency, to: Currency, rates: ExchangeRates): number {
  if (from === to) return amount;
  return (amount / rate(rates, from)) * rate(rates, to);
}

/** Converts every amount of a series; see convertMoney. */
export function convertSeries(
  amounts: readonly number[],
  from: Currency,
  to: Currency,
  rates: ExchangeRates,
): number[] {
  return amounts.map((amount) => convertMoney(amount, from, to, rates));
}

/**
 * The display rates with the scenario's own rate (`usdExchangeRate`, scenario currency per USD) in place.
 */
export function scenarioRates(
  currency: Currency,
  usdExchangeRate: number,
  base: ExchangeRates = DISPLAY_RATES,
): ExchangeRates {
  if (currency === 'USD') return base;
  return { ...base, perUsd: { ...base.perUsd, [currency]: usdExchangeRate } };
}
