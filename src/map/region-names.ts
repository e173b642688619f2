/**
 * Region label text from the app's own name table (fixtures/geo/regions.json, ISO 3166-2 keyed), never
 * from Natural Earth's names (outdated and no Uzbek: fixtures/geo/PLACEMENT.md).
 */
import type { ExpressionSpecification } from '@maplibre/maplibre-gl-style-spec';

import regions from '../../fixtures/geo/regions.json';

export const LABEL_LANGUAGES = ['en', 'ko', 'ru', 'uz', 'uzCyrl'] as const;
export type LabelLanguage = (typeof LABEL_LANGUAGES)[number];

export const LANGUAGE_NAMES: Record<LabelLanguage, string> = {
  // English names: the page itself has no bundled CJK font outside the map canvas.
  en: 'English',
  ko: 'Korean',
  ru: 'Russian',
  uz: 'Uzbek (Latin)',
  uzCyrl: 'Uzbek (Cyrillic)',
};

export interface RegionName {
  readonly iso: string;
  readonly adm0: string;
  readonly en: string;
  readonly ko: string;
  readonly ru: string;
  readonly uz: string;
  readonly uzCyrl: string;
  readonly areaKm2: number;
}

export const REGION_NAMES = regions as readonly RegionName[];

export function regionName(iso: string, language: LabelLanguage): string {
  return REGION_NAMES.find((r) => r.iso === iso)?.[language] ?? iso;
}

/** `match` on the label point's `iso`: one expression, so a language switch is one setLayoutProperty. */
export function regionNameExpression(language: LabelLanguage): ExpressionSpecification {
  const pairs = REGION_NAMES.flatMap((r) => [r.iso, r[language]]);
  return ['match', ['get', 'iso'], ...pairs, ['get', 'iso']] as unknown as ExpressionSpecification;
}
