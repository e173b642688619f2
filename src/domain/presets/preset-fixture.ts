/**
 * Shapes of the preset fixtures under fixtures/<country>/ (checked by fixtures/*.test.ts).
 */
import type { FigureVariant, SourcedFigure, TimelineEvent } from '../sourced-figure';
import type { WaveRule } from './rollout-rules';

export interface OfficeFixture {
  readonly id: string;
  readonly name: string;
  readonly town?: string;
  readonly geonameId?: number;
  readonly lon: number;
  readonly lat: number;
  readonly region: string;
  readonly centreId: string;
  readonly centreId2008?: string;
  readonly records: number;
  readonly pages: number;
}

export interface CentreFixture {
  readonly id: string;
  readonly kind: 'central' | 'regional';
  readonly name: string;
  readonly lon: number;
  readonly lat: number;
  readonly region: string;
}

export interface PresetFixture {
  readonly country: 'KOR' | 'UZB';
  readonly name: Readonly<Record<string, string>>;
  readonly currency: 'KRW' | 'UZS';
  readonly figures: Readonly<Record<string, SourcedFigure>>;
  readonly variants?: readonly FigureVariant[];
  readonly timeline?: readonly TimelineEvent[];
  /**
   * Rollout plans by name ("illustrative", "historical"), plus `notes` (a sentence for users per plan) and
   * `overrides` (parameter values a plan sets, per plan; see rollout-variants.ts).
   */
  readonly rollout: Readonly<Record<string, readonly WaveRule[] | Readonly<Record<string, unknown>>>>;
}
