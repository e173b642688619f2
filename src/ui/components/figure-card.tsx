import { unitText } from '@/domain/display-labels';
import type { SourcedFigure } from '@/domain/sourced-figure';

import { formatFigureValue } from '../format';
import { SourceBadge } from './source-badge';

interface Props {
  readonly figureKey: string;
  readonly label: string;
  readonly figure: SourcedFigure;
  readonly detail?: string;
}

export function FigureCard({ figureKey, label, figure, detail }: Props) {
  const unit = unitText(figure.unit, figure.value);
  return (
    <figure className="figure-card" data-figure={figureKey}>
      <figcaption>{label}</figcaption>
      <p className="figure-value">
        <span className="value">{formatFigureValue(figure.value, figure.unit)}</span>
        {unit && (
          <>
            {' '}
            <span className="unit">{unit}</span>
          </>
        )}
      </p>
      {detail && <p className="figure-detail">{detail}</p>}
      <SourceBadge status={figure.status} sources={figure.sources} basis={figure.basis} />
      {figure.note && <p className="figure-note">{figure.note}</p>}
    </figure>
  );
}
