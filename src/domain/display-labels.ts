/**
 * Words the screens show for data that is keyed for code: figure titles by figure id, capture-mode names,
 * units written for readers, and the address of a source that is not on the web. A figure id such as
 * `worldBankMrprcIdaUsd` never reaches the screen; `display-labels.test.ts` checks that every figure the
 * presets show has a title here.
 */
import type { Source } from './sourced-figure';

/** Titles of the preset figures (fixtures/<country>/preset.json `figures`), by figure id. */
export const FIGURE_LABELS: Readonly<Record<string, string>> = {
  // Korea
  offices: 'Registry offices',
  documents: 'Land documents',
  pages: 'Pages',
  pagesPerDocument: 'Pages per document',
  dataCentres: 'Data centres',
  centralCentres: 'Central data centres',
  regionalCentres: 'Regional data centres',
  startYear: 'Start',
  developmentStart: 'System development starts',
  pilotYear: 'Pilot year',
  pilotOffices: 'Pilot offices',
  secondWaveOffices: 'Offices in the 1998 expansion',
  completion: 'Completion',
  budgetKrw: 'Planned budget to 2002',
  costPerPageKrw: 'Cost per page',
  savingsBaselineKrwPerYear: 'Social-cost saving (baseline)',
  // Uzbekistan
  regions: 'First-level regions',
  districts: 'Districts',
  housingUnits: 'Houses and apartments',
  housingUnitsByRegion: 'Houses and apartments by region',
  landParcels: 'Land parcels',
  householdsWithoutDocuments: 'Households without property documents',
  portal: 'Online services portal',
  registrationDeadline: 'Deadline to register a right',
  landEMappedPercent: 'Land with electronic maps',
  landRegisteredHa: 'Land registered',
  buildingsAddedNew: 'New buildings added to the cadastre',
  buildingsAddedUnaccounted: 'Unrecorded buildings added to the cadastre',
  revenueFromAddedBuildingsUzs: 'Revenue from the added buildings',
  worldBankMrprcIdaUsd: 'World Bank land registration project (MRPRC): IDA credit',
  worldBankMrprcGovernmentUsd: 'World Bank land registration project (MRPRC): government share',
  kwpfSlagemUsd: 'Korea–World Bank grant for land-record digitizing (SLAGeM)',
};

/** The figure's title, or undefined when the table has none (a test keeps that from happening). */
export function figureLabel(key: string): string | undefined {
  return Object.hasOwn(FIGURE_LABELS, key) ? FIGURE_LABELS[key] : undefined;
}

/** Names of the values of choice parameters (e.g. the capture mode), by value. */
export const CHOICE_LABELS: Readonly<Record<string, string>> = {
  single: 'single keying',
  double: 'double keying',
  ocrEdit: 'OCR + editing',
};

export function choiceLabel(value: string): string {
  return Object.hasOwn(CHOICE_LABELS, value) ? CHOICE_LABELS[value]! : value;
}

/** Units that say nothing next to their value (a year is a year; a portal's address is its value). */
const SILENT_UNITS = new Set(['portal', 'choice']);
/** "year", "year-month", and the same followed by a remark ("year (planned in Jan 1995)"). */
const DATE_UNIT = /^year(?:-month)?(?=$|\s)/;

/** Plural unit → singular, for a value of exactly 1 ("1 data centre", "1 office"). */
const SINGULAR_UNITS: Readonly<Record<string, string>> = {
  offices: 'office',
  'data centres': 'data centre',
  months: 'month',
  years: 'year',
  districts: 'district',
  scanners: 'scanner',
  hours: 'hour',
  minutes: 'minute',
};

/**
 * A unit as the reader sees it next to a value: no "year" after a year, singular for 1, and the
 * scenario's currency in place of the catalogue's placeholder "currency" ("currency/page" → "KRW/page").
 */
export function unitText(unit: string, value?: unknown, currency?: string): string {
  if (SILENT_UNITS.has(unit)) return '';
  if (DATE_UNIT.test(unit)) return unit.replace(DATE_UNIT, '').trim();
  let text = value === 1 && Object.hasOwn(SINGULAR_UNITS, unit) ? SINGULAR_UNITS[unit]! : unit;
  if (currency) text = text.replace(/\b(?:scenario )?currency\b/g, currency);
  return text;
}

/** Sources that have no web address, with the words the bibliography shows instead of one. */
const OFFLINE_SOURCES: Readonly<Record<string, { readonly address: string; readonly date: string }>> = {
  SEED: {
    address:
      'Not published online: the source article of the project, in Uzbek (original title “Elektron ' +
      'hukumat” tizimini rivojlantirish markazi xalqaro aloqalari).',
    date: 'undated; describes April–June 2014',
  },
};

export function isWebAddress(url: string): boolean {
  return /^https?:\/\//.test(url);
}

/** What the bibliography shows as a source's address: its web address, or words for one that has none. */
export function sourceAddress(source: Source): string {
  if (isWebAddress(source.url)) return source.url;
  return OFFLINE_SOURCES[source.id]?.address ?? 'Not published online.';
}

/** What the bibliography shows as a source's date. */
export function sourceDate(source: Source): string {
  return source.date ?? OFFLINE_SOURCES[source.id]?.date ?? '';
}
