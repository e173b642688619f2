import type { PresetId } from '@/domain/presets/presets';

import { humanizeKey } from '../format';

/** The figures a consultant expects first, in order, per preset. */
export const HEADLINE_FIGURES: Readonly<Record<PresetId, readonly string[]>> = {
  korea: ['offices', 'documents', 'pages', 'dataCentres', 'startYear', 'savingsBaselineKrwPerYear'],
  uzbekistan: [
    'regions',
    'offices',
    'housingUnits',
    'landParcels',
    'documents',
    'householdsWithoutDocuments',
  ],
};

const LABELS: Readonly<Record<string, string>> = {
  offices: 'Registry offices',
  documents: 'Land documents',
  pages: 'Pages',
  dataCentres: 'Data centres',
  centralCentres: 'Central data centres',
  regionalCentres: 'Regional data centres',
  startYear: 'Start',
  savingsBaselineKrwPerYear: 'Social-cost saving (baseline)',
  budgetKrw: 'Planned budget',
  completion: 'Completion',
  regions: 'First-level regions',
  districts: 'Districts',
  housingUnits: 'Houses and apartments',
  landParcels: 'Land parcels',
  householdsWithoutDocuments: 'Households without property documents',
  pagesPerDocument: 'Pages per document',
};

export function figureLabel(key: string): string {
  return LABELS[key] ?? humanizeKey(key);
}
