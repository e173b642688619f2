/**
 * Uzbek values of the economic (and cost) parameters for the Uzbekistan preset, in UZS at 2025 prices.
 * The catalogue's defaults are Korean (KRW); these replace them. All are labelled estimates (E) or display
 * rates (R): no Uzbek source gives fees, wages or transaction volumes of the registry. Each says how it was
 * made; "recollection" marks an input that is not in fixtures/sources.json and should be checked.
 */
import type { SourceStatus } from '../parameters/parameter-spec';

/** A labelled value for one catalogue parameter, in the units of the Uzbek scenario (UZS). */
export interface ParameterEstimate {
  readonly value: number;
  readonly unit: string;
  readonly status: SourceStatus;
  /** Ids of fixtures/sources.json. */
  readonly sources: readonly string[];
  readonly basis: string;
}

const e = (value: number, unit: string, sources: readonly string[], basis: string): ParameterEstimate => ({
  value,
  unit,
  status: 'E',
  sources,
  basis,
});

/** Parameter key → Uzbek estimate. */
export const UZBEK_ESTIMATES: Readonly<Record<string, ParameterEstimate>> = {
  usdExchangeRate: {
    value: 12_500,
    unit: 'UZS/USD',
    status: 'R',
    sources: [],
    basis: 'Display rate: 1 USD ≈ 12,000–12,800 UZS in 2024–25 (domain-facts §7).',
  },
  priceBaseYear: e(2025, 'year', [], 'Uzbek money figures below are at 2024–25 levels.'),
  inflationRate: e(
    0.1,
    'share per year',
    [],
    'Consumer prices rose about 10 % a year in 2023–24 (recollection).',
  ),
  discountRate: e(
    0.08,
    'share per year',
    [],
    'Development-bank economic analyses use 6–12 % real; 8 % taken.',
  ),
  registrationsPerYear: e(
    1_000_000,
    'applications/year',
    ['U3', 'K14'],
    '8.8 M titles (preset) × ~0.1 registrations per title a year (Korea 11 M / 45 M ≈ 0.24 [K14], with far more mortgages and leases) ≈ 0.9 M, plus the 2.4 M households without documents [U3] registered over ~20 years ≈ 0.12 M.',
  ),
  certificatesPerYear: e(
    10_000_000,
    'certificates/year',
    ['K14', 'K15'],
    'Korea issues ~12.6 certified copies per registration (139 M [K15] / 11 M [K14]); about 10 per registration assumed, as fewer lenders and landlords check the register.',
  ),
  matureOnlineIssuanceShare: e(
    0.8,
    'share (0–1)',
    ['U6', 'U7'],
    'my.gov.uz with OneID [U6] beside in-person Public Service Centres [U7]; lower than Korea’s 96 % for rural Internet use.',
  ),
  adoptionYearsToMature: e(
    6,
    'years',
    ['U6'],
    'Faster than Korea’s ~10 years: the portal and OneID log-in already exist [U6].',
  ),
  minutesSavedPerVisit: e(
    60,
    'minutes',
    ['U9'],
    'Twice the Korean calibrated 30.5 min: ~200 district offices [U9] each serve ~2,200 km² against ~480 km² per Korean office (areas: recollection).',
  ),
  valueOfTimePerHour: e(
    18_000,
    'UZS/hour',
    [],
    'About 60 % of an hourly wage of ~30,000 UZS (average wage ~5 M UZS a month in 2024, recollection): the Korean rule.',
  ),
  travelCostPerVisit: e(
    10_000,
    'UZS/visit',
    [],
    'Bus or shared taxi to the district centre and back (recollection).',
  ),
  registryStaffCostPerHour: e(
    35_000,
    'UZS/hour',
    [],
    'Civil-service wage ~5 M UZS a month + 12 % social tax over ~160 hours (recollection).',
  ),
  staffCostPerFteMonth: e(
    4_500_000,
    'UZS/month',
    [],
    'Clerical wage ~4 M UZS a month + 12 % social tax (recollection). Replaces the Korean 1990s default, which was in KRW.',
  ),
  scannerCost: e(
    312_500_000,
    'UZS/scanner',
    [],
    'A book scanner bought on the world market, ~US$25,000 at 12,500 UZS/USD.',
  ),
  workstationCost: e(12_500_000, 'UZS/workstation', [], 'PC with monitor, ~US$1,000 at 12,500 UZS/USD.'),
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
    'US$1 a page: full structured keying of legal registers costs US$0.50–2.00 a page (domain-facts §5).',
  ),
  fraudAttemptsPerMillionTitles: e(
    10,
    'attempts/(1 M titles·year)',
    ['U18', 'U3'],
    'About 3× Korea: thousands of illegal land seizures a year in three regions alone (2022) [U18] and 2.4 M households without documents [U3] point to weaker title security.',
  ),
  lossPerFraud: e(500_000_000, 'UZS', [], '~US$40,000, the price of a flat outside Tashkent (recollection).'),
};

/** The Uzbek values keyed by parameter, for the preset's overrides. */
export function uzbekParameterValues(): Record<string, number> {
  return Object.fromEntries(Object.entries(UZBEK_ESTIMATES).map(([key, estimate]) => [key, estimate.value]));
}
