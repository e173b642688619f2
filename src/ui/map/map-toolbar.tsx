import { memo } from 'react';

import type { LabelLanguage } from '@/map/region-names';
import { LABEL_LANGUAGES, LANGUAGE_NAMES } from '@/map/region-names';

interface Props {
  readonly language: LabelLanguage;
  readonly onLanguage: (language: LabelLanguage) => void;
  readonly showCoverage: boolean;
  readonly onCoverage: (show: boolean) => void;
  readonly split: boolean;
  readonly onSplit: (split: boolean) => void;
  readonly onExport: () => void;
  readonly exportDisabled: boolean;
}

/** Memoised with stable callbacks from the screen: a slider step does not re-render it. */
export const MapToolbar = memo(function MapToolbar(props: Props) {
  return (
    <div className="map-toolbar" role="group" aria-label="Map options">
      <label>
        Labels{' '}
        <select
          value={props.language}
          onChange={(event) => props.onLanguage(event.target.value as LabelLanguage)}
          data-testid="label-language"
        >
          {LABEL_LANGUAGES.map((l) => (
            <option key={l} value={l}>
              {LANGUAGE_NAMES[l]}
            </option>
          ))}
        </select>
      </label>
      <label>
        <input
          type="checkbox"
          checked={props.showCoverage}
          onChange={(event) => props.onCoverage(event.target.checked)}
        />{' '}
        Coverage areas
      </label>
      <label>
        <input
          type="checkbox"
          checked={props.split}
          onChange={(event) => props.onSplit(event.target.checked)}
          data-testid="split-view"
        />{' '}
        Side by side with the other country
      </label>
      <button type="button" onClick={props.onExport} disabled={props.exportDisabled} data-testid="export-png">
        Export PNG
      </button>
    </div>
  );
});
