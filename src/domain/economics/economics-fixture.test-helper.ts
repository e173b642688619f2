/**
 * Test helpers: the parameters of the hand-worked one-office case, and fast-check arbitraries for any
 * economic parameters within the catalogue limits and any digitization curve.
 */
import fc from 'fast-check';

import { defaultParameterValues, parameterSpec } from '../parameters/parameter-catalogue';
import type { NumericParameterSpec } from '../parameters/parameter-spec';
import type { EconomicKey, EconomicsContext, YearlyDigitization } from './economic-inputs';
import { ECONOMIC_KEYS } from './economic-inputs';
import type { PriceSetting } from './prices';
import { PRICE_YEAR } from './prices';

/**
 * The hand-worked case: 19,000 certificates and 3,800 filings a year, all certificates online at maturity
 * (each replacing a counter request), half the filings; 2 requests per visit; a visit saves 60 min at
 * 100/h plus 20 travel; staff save 6 min at 50/h per request; 10 fraud attempts per 1 M titles, loss
 * 10,000, detection 0.2 paper / 0.5 digital / 0.9 with alerts, a quarter of owners enrolled; one central
 * centre at 100,000 (1995 prices, as every Korean cost) with 10 % operations a year; 10 % discount rate;
 * adoption matures in T = 2 years.
 */
export function handParameters(): Record<string, number | string> {
  return {
    ...defaultParameterValues(),
    certificatesPerYear: 19_000,
    matureOnlineIssuanceShare: 1,
    onlineCertificateSubstitution: 1,
    registrationsPerYear: 3_800,
    matureOnlineFilingShare: 0.5,
    adoptionYearsToMature: 2,
    requestsPerCounterVisit: 2,
    minutesSavedPerVisit: 60,
    valueOfTimePerHour: 100,
    travelCostPerVisit: 20,
    staffMinutesPerCounterRequest: 6,
    registryStaffCostPerHour: 50,
    counterFee: 12,
    onlineFee: 10,
    fraudAttemptsPerMillionTitles: 10,
    lossPerFraud: 10_000,
    detectionPaper: 0.2,
    detectionDigital: 0.5,
    detectionDigitalAlerts: 0.9,
    alertAdoption: 0.25,
    centralCentreCost: 100_000,
    regionalCentreCost: 50_000,
    centreOperationsShare: 0.1,
    discountRate: 0.1,
  };
}

const spec = (key: string) => parameterSpec(key) as NumericParameterSpec;

/** Any economic parameter values within the catalogue limits (on top of the defaults). */
export function anyEconomicParameters(): fc.Arbitrary<Record<string, number | string>> {
  const fields = Object.fromEntries(
    ECONOMIC_KEYS.map((key) => {
      const [min, max] = spec(key).limits;
      const arb = spec(key).integer
        ? fc.integer({ min, max })
        : fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
      return [key, arb];
    }),
  ) as Record<EconomicKey, fc.Arbitrary<number>>;
  return fc.record(fields).map((values) => ({ ...defaultParameterValues(), ...values }));
}

/** A non-decreasing digitized-share curve of 1–30 years, ending anywhere in 0–1. */
export function anyShareCurve(): fc.Arbitrary<number[]> {
  return fc
    .array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 30 })
    .map((steps) => {
      const total = steps.reduce((a, b) => a + b, 0) || 1;
      let live = 0;
      return steps.map((s) => (live = Math.min(1, live + s / Math.max(total, 1))));
    });
}

/**
 * The hand-worked prices: Korea's price years (costs at 1995 prices, benefit values at 2024 prices) with a
 * CPI of 50 in 1995 and 105 in 2024, so a cost re-based to 2024 prices is × 105 / 50 = × 2.1 and a benefit
 * value × 1 (base year 2024, the catalogue default).
 */
export function handPrices(): PriceSetting {
  return {
    priceYears: PRICE_YEAR.KOR,
    cpi: {
      country: 'KOR',
      index: { 1995: 50, 2024: 105 },
      unit: 'index',
      sources: [],
      status: 'E',
      basis: 'hand-worked test values',
      verify: '',
    },
  };
}

/**
 * The hand-worked case's office: 1 M titles, 4 M pages, live at the end of 2030, programme 100,000 at 1995
 * prices in 2030 (the engine's output); prices of handPrices().
 */
export function handCase(): { state: YearlyDigitization; context: EconomicsContext } {
  return {
    state: { years: [2030, 2031], digitizedShare: [1, 1], programmeCost: [100_000, 0] },
    context: {
      parameters: handParameters(),
      currency: 'KRW',
      scale: { titles: 1_000_000, pages: 4_000_000, centralCentres: 1, regionalCentres: 0 },
      prices: handPrices(),
    },
  };
}
