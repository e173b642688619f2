import type { SourceStatus } from '@/domain/parameters/parameter-spec';
import { STATUS_LABELS } from '@/domain/sourced-figure';
import { sourceById } from '@/domain/sources';

interface Props {
  readonly status: SourceStatus;
  readonly sources: readonly string[];
  readonly basis?: string;
}

/** Status chip plus source ids, each with its title on hover; estimates say so in words. */
export function SourceBadge({ status, sources, basis }: Props) {
  return (
    <span className="source-badge">
      <span className={`status status-${status === 'C~' ? 'cw' : status}`} title={STATUS_LABELS[status]}>
        {status === 'E' ? 'estimate' : status === 'U' ? 'unconfirmed' : status}
      </span>
      {sources.map((id) => (
        <a key={id} className="source-id" href="#/sources" title={sourceById(id)?.title ?? 'unknown source'}>
          [{id}]
        </a>
      ))}
      {basis && (
        <span className="basis" title={basis}>
          basis
        </span>
      )}
    </span>
  );
}
