/**
 * Reference tables a consultant shows next to the simulation: Minwon24 (the source article's 2003/2010 table,
 * unconfirmed, with confirmed alternatives) and Doing Business registering-property rows (discontinued 2021).
 */
import doingBusinessFixture from '../../fixtures/reference/doing-business.json';
import minwon24Fixture from '../../fixtures/reference/minwon24.json';
import type { SourceStatus } from './parameters/parameter-spec';
import type { SourcedFigure } from './sourced-figure';

type Label = { readonly en?: string };

export interface Minwon24Row {
  readonly id: string;
  readonly label: Label;
  readonly unit: string;
  readonly values: Readonly<Record<string, SourcedFigure>>;
}

export interface Minwon24Table {
  readonly seedTable: {
    readonly years: readonly number[];
    readonly sources: readonly string[];
    readonly status: SourceStatus;
    readonly note?: string;
    readonly rows: readonly Minwon24Row[];
  };
  readonly confirmed: readonly (SourcedFigure & { readonly id: string; readonly label: Label })[];
}

export interface DoingBusinessRow {
  readonly economy: string;
  readonly name: string;
  readonly edition: string;
  readonly rank?: SourcedFigure | null;
  readonly procedures?: SourcedFigure | null;
  readonly days?: SourcedFigure | null;
  readonly costPercentOfValue?: SourcedFigure | null;
  readonly qualityOfLandAdministrationIndex?: SourcedFigure | null;
  readonly sources: readonly string[];
  readonly status?: SourceStatus;
  readonly note?: string;
}

export interface DoingBusinessTable {
  readonly caveat: {
    readonly text: string;
    readonly sources: readonly string[];
    readonly status: SourceStatus;
  };
  readonly registeringProperty: readonly DoingBusinessRow[];
}

export const minwon24 = minwon24Fixture as unknown as Minwon24Table;
export const doingBusiness = doingBusinessFixture as unknown as DoingBusinessTable;
