/**
 * A figure shown as a fact carries its sources and how sure we are of it (fixtures/SOURCES.md).
 */
import type { SourceStatus } from './parameters/parameter-spec';

export interface SourcedFigure {
  readonly value: number | string | Readonly<Record<string, number>>;
  readonly unit: string;
  /** Ids of fixtures/sources.json. */
  readonly sources: readonly string[];
  readonly status: SourceStatus;
  readonly note?: string;
  /** How an estimate was made. */
  readonly basis?: string;
}

export interface FigureVariant {
  readonly id: string;
  /** Key of the figure this is an alternative to. */
  readonly figure: string;
  readonly value: number | string;
  readonly year?: number;
  readonly label?: { readonly en?: string } | string;
  readonly sources: readonly string[];
  readonly status: SourceStatus;
  readonly note?: string;
}

export interface TimelineEvent {
  readonly date: string;
  readonly event: string;
  readonly sources: readonly string[];
  readonly status: SourceStatus;
}

export interface Source {
  readonly id: string;
  readonly title: string;
  readonly publisher?: string;
  readonly date?: string;
  readonly url: string;
  readonly licence?: string;
  readonly kind: 'source' | 'data';
}

export const STATUS_LABELS: Readonly<Record<SourceStatus, string>> = {
  C: 'confirmed',
  'C~': 'confirmed by a weak source',
  R: 'recollection, to be verified',
  E: 'estimate',
  U: 'stated, not independently confirmed',
};

/** A number of a figure, or undefined when the figure is text or a table. */
export function numericValue(figure: SourcedFigure | undefined): number | undefined {
  return typeof figure?.value === 'number' ? figure.value : undefined;
}
