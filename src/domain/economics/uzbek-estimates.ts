/**
 * Uzbek values of the economic and cost parameters for the Uzbekistan preset, in UZS at 2024–25 prices.
 * The catalogue's defaults are Korean (KRW); these replace them. None is confirmed: no Uzbek source gives
 * fees, wages or transaction volumes of the registry. Each is an estimate (E, its basis shows the method)
 * or a recollection (R, a remembered figure not in fixtures/sources.json, to be verified), and carries its
 * own plausible range in UZS: the catalogue's range scaled to the Uzbek value, or a range of its own where
 * the basis gives one.
 */
import { parameterSpec } from '../parameters/parameter-catalogue';
import type { NumericParameterSpec, SourceStatus } from '../parameters/parameter-spec';
import { scaledRange } from './tornado';

/** A labelled value for one catalogue parameter, in the units of the Uzbek scenario (UZS). */
export interface ParameterEstimate {
  readonly value: number;
  readonly unit: string;
  readonly status: SourceStatus;
  /** Ids of fixtures/sources.json. */
  readonly sources: readonly string[];
  readonly basis: string;
  /** Plausible range in the same units, for sensitivity and for display. */
  readonly range: readonly [low: number, high: number];
}

type Draft = Omit<ParameterEstimate, 'range'> & { readonly range?: readonly [number, number] };

/** Korean KRW → UZS at the display rates (12,500 UZS and 1,350 KRW per USD), for the two fees. */
const KRW_TO_UZS = 12_500 / 1_350;

const estimate =
  (status: 'E' | 'R') =>
  (
    value: number,
    unit: string,
    sources: readonly string[],
    basis: string,
    range?: readonly [number, number],
  ): Draft => ({ value, unit, status, sources, basis, ...(range ? { range } : {}) });
const e = estimate('E');
const r = estimate('R');

const drafts: Readonly<Record<string, Draft>> = {
  usdExchangeRate: r(
    12_500,
    'UZS/USD',
    [],
    'Recollection: 1 USD ≈ 12,000–12,800 UZS in 2024–25. A display rate the user sets.',
    [12_000, 12_800],
  ),
  priceBaseYear: e(2025, 'year', [], 'Uzbek money figures below are at 2024–25 levels.', [2025, 2025]),
  inflationRate: r(
    0.1,
    'share per year',
    [],
    'Recollection, to be verified: consumer prices rose about 10 % a year in 2023–24.',
    [0.07, 0.14],
  ),
  discountRate: r(
    0.08,
    'share per year',
    [],
    'Recollection, to be verified: development-bank economic analyses use 6–12 % real; 8 % taken.',
    [0.06, 0.12],
  ),
  registrationsPerYear: e(
    1_000_000,
    'applications/year',
    ['U3', 'K14'],
    '8.8 M titles (preset) × ~0.1 registrations per title a year (Korea 11 M / 45 M ≈ 0.24 [K14], with far more mortgages and leases) ≈ 0.9 M, plus the 2.4 M households without documents [U3] registered over ~20 years ≈ 0.12 M. Range: 0.05–0.2 per title.',
    [500_000, 2_000_000],
  ),
  certificatesPerYear: e(
    10_000_000,
    'certificates/year',
    ['K14', 'K15'],
    'Korea issues ~12.6 certified copies per registration (139 M [K15] / 11 M [K14]); about 10 per registration assumed, as fewer lenders and landlords check the register. Range: 5–15 per registration.',
    [5_000_000, 15_000_000],
  ),
  matureOnlineIssuanceShare: e(
    0.8,
    'share (0–1)',
    ['U6', 'U7'],
    'my.gov.uz with OneID [U6] beside in-person Public Service Centres [U7]; lower than Korea’s 96 % for rural Internet use.',
    [0.5, 0.95],
  ),
  adoptionYearsToMature: e(
    6,
    'years',
    ['U6'],
    'Faster than Korea’s ~10 years: the portal and OneID log-in already exist [U6].',
    [3, 12],
  ),
  onlineServicesFromYear: e(
    2019,
    'year',
    ['U6'],
    'The registration service is on my.gov.uz under CM Resolution 1060 of 29 Dec 2018 [U6], so online use can start as soon as an office’s records are live.',
    [2019, 2026],
  ),
  minutesSavedPerVisit: e(
    60,
    'minutes',
    ['U9'],
    'About twice the Korean calibrated 33 min, rounded: ~200 district offices [U9] each serve ~2,200 km² against ~480 km² per Korean office (country areas: recollection), so trips are longer.',
  ),
  valueOfTimePerHour: r(
    18_000,
    'UZS/hour',
    [],
    'Recollection, to be verified: about 60 % of an hourly wage of ~30,000 UZS (average wage ~5 M UZS a month in 2024), the Korean rule.',
  ),
  travelCostPerVisit: r(
    10_000,
    'UZS/visit',
    [],
    'Recollection, to be verified: a bus or shared taxi to the district centre and back.',
    [5_000, 30_000],
  ),
  registryStaffCostPerHour: r(
    35_000,
    'UZS/hour',
    [],
    'Recollection, to be verified: civil-service wage ~5 M UZS a month + 12 % social tax, over ~160 hours.',
  ),
  staffCostPerFteMonth: r(
    4_500_000,
    'UZS/month',
    [],
    'Recollection, to be verified: clerical wage ~4 M UZS a month + 12 % social tax. Replaces the Korean 1990s default, which was in KRW.',
  ),
  scannerCost: e(
    312_500_000,
    'UZS/scanner',
    [],
    'A book scanner bought on the world market, ~US$25,000 (assumed price) at 12,500 UZS/USD.',
  ),
  workstationCost: e(
    12_500_000,
    'UZS/workstation',
    [],
    'PC with monitor, ~US$1,000 (assumed price) at 12,500 UZS/USD.',
  ),
  centralCentreCost: e(
    62_500_000_000,
    'UZS/centre',
    ['U3'],
    '~US$5 M for servers, storage and fit-out; the Cadastre Agency already runs a data centre [U3], so this may be lower.',
  ),
  regionalCentreCost: e(
    12_500_000_000,
    'UZS/centre',
    [],
    '~US$1 M, a fifth of the central centre (the Korean ratio).',
  ),
  costPerPage: e(
    12_500,
    'UZS/page',
    [],
    'US$1 a page at 12,500 UZS/USD: full structured keying of legal registers costs US$0.50–2.00 a page (estimate in the project’s notes).',
    [6_250, 25_000],
  ),
  yearlyBudgetCap: e(
    75_000_000_000,
    'UZS/year',
    ['U10', 'U11'],
    'The only Uzbek programme figure: the World Bank MRPRC project, IDA US$20 M + US$15.7 M from the government [U11] over 2017–2022 (effective Jan 2017, closing Dec 2022 [U10]) ≈ US$6 M a year ≈ 75 bn UZS a year at 12,500 UZS/USD. That project also paid for systems and process work, so a conversion programme of this size is an upper reading; its net IDA commitment was US$16.7 M [U10]. Range: US$4–12 M a year.',
    [50_000_000_000, 150_000_000_000],
  ),
  counterFee: e(
    Math.round(1_200 * KRW_TO_UZS),
    'UZS/certificate',
    ['K15b'],
    'No Uzbek fee found: the Korean counter fee of 1,200 KRW [K15b] converted at the display rates (12,500 UZS and 1,350 KRW per USD). A transfer between users and the registry, outside the social savings.',
  ),
  onlineFee: e(
    Math.round(1_000 * KRW_TO_UZS),
    'UZS/certificate',
    ['K15b'],
    'No Uzbek fee found: the Korean online fee of 1,000 KRW [K15b] converted at the display rates. A transfer, outside the social savings.',
  ),
  fraudAttemptsPerMillionTitles: e(
    1.35,
    'attempts/(1 M titles·year)',
    ['U18', 'U3', 'K18'],
    'About 3× Korea’s 0.45 (reconciled with ~10 frauds caught a year in 2007 [K18]): thousands of illegal land seizures a year in three regions alone (2022) [U18] and 2.4 M households without documents [U3] point to weaker title security.',
    [0.45, 4.5],
  ),
  lossPerFraud: r(
    500_000_000,
    'UZS',
    [],
    'Recollection, to be verified: ~US$40,000, the price of a flat outside Tashkent. With no state indemnity, a victim loses the property itself, so its price is the loss per case.',
  ),
};

function withRange(key: string, draft: Draft): ParameterEstimate {
  const spec = parameterSpec(key);
  if (spec?.kind !== 'number') throw new Error(`Uzbek estimate for unknown numeric parameter ${key}`);
  return { ...draft, range: draft.range ?? scaledRange(spec as NumericParameterSpec, draft.value) };
}

/** Parameter key → Uzbek estimate, each with its plausible range. */
export const UZBEK_ESTIMATES: Readonly<Record<string, ParameterEstimate>> = Object.fromEntries(
  Object.entries(drafts).map(([key, draft]) => [key, withRange(key, draft)]),
);

/** The Uzbek values keyed by parameter, for the preset's overrides. */
export function uzbekParameterValues(): Record<string, number> {
  return Object.fromEntries(Object.entries(UZBEK_ESTIMATES).map(([key, estimate]) => [key, estimate.value]));
}
