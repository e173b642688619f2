/**
 * Cost and finance parameters of the economic model: staff and equipment prices used by the engine's
 * programme cost, data-centre costs, price base year, inflation, discounting and display exchange rates.
 * Money is in the scenario's currency at constant prices of `priceBaseYear`; the defaults are Korean (KRW).
 */
import type { NumericParameterSpec } from './parameter-spec';
import { numericParameter as n } from './parameter-spec';

const costs: readonly NumericParameterSpec[] = [
  n({
    key: 'staffCostPerFteMonth',
    group: 'costs',
    label: 'Staff cost per FTE (wage and overheads)',
    unit: 'currency/month',
    defaultValue: 1_200_000,
    limits: [0, 1e12],
    range: [800_000, 2_000_000],
    status: 'E',
    sources: ['K3'],
    basis:
      'Mid-1990s clerical wage with overheads (recollection of the wage level). With the default workload the modelled programme costs more than the 250 bn KRW planned [K3]: compare the modelled cost per page with the 1,250–1,900 KRW cross-check.',
  }),
  n({
    key: 'scannerCost',
    group: 'costs',
    label: 'Scanner purchase price',
    unit: 'currency/scanner',
    defaultValue: 30_000_000,
    limits: [0, 1e13],
    range: [10_000_000, 80_000_000],
    status: 'E',
    sources: [],
    basis: 'Book scanner of the 1990s; one per office by default.',
  }),
  n({
    key: 'workstationCost',
    group: 'costs',
    label: 'Workstation price per FTE',
    unit: 'currency/workstation',
    defaultValue: 3_000_000,
    limits: [0, 1e12],
    range: [1_500_000, 6_000_000],
    status: 'E',
    sources: [],
    basis: 'Office PC with monitor of the mid-1990s.',
  }),
  n({
    key: 'centralCentreCost',
    group: 'costs',
    label: 'Central data centre: capital cost',
    unit: 'currency/centre',
    defaultValue: 15_000_000_000,
    limits: [0, 1e15],
    range: [5_000_000_000, 40_000_000_000],
    status: 'E',
    sources: ['K4', 'K7'],
    basis:
      'Servers, storage, network and fit-out, spent in the first simulated year. Order of magnitude: 15 bn KRW budgeted for computerization in 1995 [K4].',
  }),
  n({
    key: 'regionalCentreCost',
    group: 'costs',
    label: 'Regional data centre: capital cost',
    unit: 'currency/centre',
    defaultValue: 3_000_000_000,
    limits: [0, 1e15],
    range: [1_000_000_000, 10_000_000_000],
    status: 'E',
    sources: ['K7'],
    basis:
      'About a fifth of the central centre: an auxiliary centre [K7] holds copies and serves its offices.',
  }),
  n({
    key: 'centreOperationsShare',
    group: 'costs',
    label: 'Yearly operations and renewal of the centres',
    unit: 'share of centre capital per year',
    defaultValue: 0.15,
    limits: [0, 2],
    range: [0.08, 0.25],
    status: 'E',
    sources: [],
    basis:
      'Maintenance, power, IT staff and hardware renewal every ~7 years, from the second simulated year on.',
  }),
  n({
    key: 'costPerPage',
    group: 'costs',
    label: 'All-in cost per page (cross-check)',
    unit: 'currency/page',
    defaultValue: 1_560,
    limits: [0, 1_000_000],
    range: [1_250, 1_900],
    status: 'E',
    sources: ['K3', 'K5'],
    basis: '250 bn KRW / 160 M pages. Compared with the modelled cost per page; not used in the totals.',
  }),
];

const finance: readonly NumericParameterSpec[] = [
  n({
    key: 'discountRate',
    group: 'finance',
    label: 'Real discount rate',
    unit: 'share per year (0–1)',
    defaultValue: 0.045,
    limits: [0, 0.5],
    range: [0.02, 0.12],
    status: 'R',
    sources: [],
    basis:
      'Recollection, to be verified: Korean public-investment appraisal uses about 4.5 % real; development banks use 6–12 % for economic analysis.',
  }),
  n({
    key: 'priceBaseYear',
    group: 'finance',
    label: 'Price base year',
    unit: 'year',
    defaultValue: 2024,
    limits: [1950, 2100],
    range: [2024, 2024],
    integer: true,
    status: 'E',
    sources: ['K15'],
    basis:
      'Money is at constant prices of this year. Each money parameter is entered at its own price year (Korean costs at the prices of the January 1995 plan, Korean benefit values at 2020s prices [K15], Uzbek estimates at 2025 prices) and re-based to this year with the country’s consumer price index (Korea 1995 → 2024: × 2.196 [KCPI1]–[KCPI4]).',
  }),
  n({
    key: 'inflationRate',
    group: 'finance',
    label: 'Inflation (for nominal figures)',
    unit: 'share per year',
    defaultValue: 0.02,
    limits: [-0.2, 2],
    range: [0.01, 0.04],
    status: 'R',
    sources: [],
    basis:
      'Recollection, to be verified: the Bank of Korea’s inflation target of 2 %. Only nominal figures would use it; NPV is real, and no screen shows nominal figures yet.',
  }),
  n({
    key: 'usdExchangeRate',
    group: 'finance',
    label: 'Scenario currency per US dollar',
    unit: 'currency/USD',
    defaultValue: 1_350,
    limits: [0.0001, 1_000_000],
    range: [1_300, 1_400],
    status: 'R',
    sources: [],
    basis: 'Recollection: 1 USD ≈ 1,300–1,400 KRW in 2024–25. A display rate the user sets.',
  }),
];

export const costParameters: readonly NumericParameterSpec[] = [...costs, ...finance];
