/**
 * What happened in Korea, as the sources give it, for showing beside any simulated Korean run and for
 * checking the "as it happened" replay (shared/docs/domain-facts.md §1.1, §1.4).
 */
import koreaFixture from '../../../fixtures/korea/preset.json';
import type { SourceStatus } from '../parameters/parameter-spec';
import type { SourcedFigure } from '../sourced-figure';

const completionFigure = koreaFixture.figures.completion as unknown as SourcedFigure;

/** Registry computerization completed on 22 Oct 2002 [K5]. */
export const KOREA_HISTORICAL_COMPLETION: {
  readonly month: string;
  readonly sources: readonly string[];
  readonly status: SourceStatus;
} = {
  month: String(completionFigure.value),
  sources: completionFigure.sources,
  status: completionFigure.status,
};

export interface BudgetFigure {
  readonly value: number;
  readonly currency: 'KRW';
  /** For users: what the figure is. */
  readonly label: string;
  readonly sources: readonly string[];
  readonly status: SourceStatus;
}

/** The programme's sourced money: 250 bn KRW planned to 2002 [K3]; about 300 bn KRW estimated in 1993 [K1]. */
export const KOREA_PROGRAMME_BUDGET: readonly BudgetFigure[] = [
  {
    value: 250_000_000_000,
    currency: 'KRW',
    label: 'planned to 2002 (Jan 1995 plan)',
    sources: ['K3'],
    status: 'C',
  },
  { value: 300_000_000_000, currency: 'KRW', label: 'estimated in Apr 1993', sources: ['K1'], status: 'C' },
];

/**
 * Offices operating at the end of a year, as planned in Jan 1995 [K3] (actual dates were not found) and as
 * completed in Oct 2002 [K5]. `min`/`max` is the band the replay must land in; `history` is the words shown.
 */
export interface OfficesLiveMilestone {
  readonly year: number;
  readonly min: number;
  readonly max: number;
  readonly history: string;
  readonly sources: readonly string[];
  readonly status: SourceStatus;
}

export const KOREA_OFFICES_LIVE_MILESTONES: readonly OfficesLiveMilestone[] = [
  {
    year: 1997,
    min: 5,
    max: 7,
    history: 'pilot at 5–7 offices (planned)',
    sources: ['K3'],
    status: 'C',
  },
  { year: 1998, min: 90, max: 110, history: 'about 100 offices (planned)', sources: ['K3'], status: 'C' },
  { year: 2002, min: 209, max: 209, history: 'all offices, Oct 2002', sources: ['K5'], status: 'C' },
];

/** The band the replay's national completion must land in around October 2002 [K5]. */
export const KOREA_COMPLETION_BAND: readonly [string, string] = ['2002-08', '2002-12'];
