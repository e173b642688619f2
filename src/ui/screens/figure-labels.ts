import { figureLabel, unitText } from '@/domain/display-labels';
import type { PresetId } from '@/domain/presets/presets';
import type { FigureVariant } from '@/domain/sourced-figure';

import { formatFigureValue } from '../format';

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

/**
 * A figure's title for the screen, from the label table in src/domain/display-labels.ts. A figure id never
 * reaches the screen: a figure missing from the table (which display-labels.test.ts forbids) gets a plain title.
 */
export function figureTitle(key: string): string {
  return figureLabel(key) ?? 'Other figure';
}

/**
 * A variant in words. Its label already states the value ("213 offices at completion (2002)"), so the value
 * is written out only for a variant without a label.
 */
export function variantText(variant: FigureVariant, unit: string): string {
  const label = typeof variant.label === 'string' ? variant.label : variant.label?.en;
  if (label) return label;
  const units = unitText(unit, variant.value);
  return `${formatFigureValue(variant.value, unit)}${units ? ` ${units}` : ''}`;
}
