/**
 * One parameter as a screen should show it for a given country: value, unit, status, sources, basis and
 * plausible range. Korea reads the catalogue (its defaults are Korean). Uzbekistan reads its own estimate
 * (economics/uzbek-estimates.ts) where there is one, and otherwise falls back to the catalogue entry, said so
 * in `origin` and `note` — never a Korean range or basis shown as if it were Uzbek.
 */
import { UZBEK_ESTIMATES } from '../economics/uzbek-estimates';
import type { RangeOf } from '../economics/tornado';
import { scaledRange } from '../economics/tornado';
import type { PresetId } from '../presets/presets';
import type { Country } from '../scenario/scenario-schema';
import { parameterSpec } from './parameter-catalogue';
import type { SourceStatus } from './parameter-spec';

/**
 * Where the entry comes from: the catalogue (Korea), an Uzbek estimate, or the catalogue for a country that
 * has no estimate of its own for this parameter (its value, status and basis are the catalogue's).
 */
export type ParameterOrigin = 'catalogue' | 'uzbek-estimate' | 'catalogue-fallback';

export interface ParameterInfo {
  readonly key: string;
  /** Label written for people (the catalogue's). */
  readonly label: string;
  /** The preset's value: a number, or the choice of a choice parameter (keying mode). */
  readonly value: number | string;
  /** Unit for people; "currency" is replaced by the country's currency (KRW, UZS). */
  readonly unit: string;
  readonly status: SourceStatus;
  /** Ids of fixtures/sources.json. */
  readonly sources: readonly string[];
  /** Method of an estimate, or what a source says; may be empty for a confirmed figure. */
  readonly basis: string;
  /** Plausible range in the units of `value` (numeric parameters only). */
  readonly plausible?: readonly [low: number, high: number];
  /** Validity limits of the catalogue (numeric parameters only; a scenario outside them is rejected). */
  readonly limits?: readonly [min: number, max: number];
  readonly origin: ParameterOrigin;
  /** Set for a fallback: why the catalogue entry is shown. */
  readonly note?: string;
}

const CURRENCY: Readonly<Record<Country, string>> = { KOR: 'KRW', UZB: 'UZS' };
const PRESET_COUNTRY: Readonly<Record<PresetId, Country>> = { korea: 'KOR', uzbekistan: 'UZB' };

function countryOf(country: Country | PresetId): Country {
  return country in PRESET_COUNTRY ? PRESET_COUNTRY[country as PresetId] : (country as Country);
}

/** Note of a fallback entry. */
export const FALLBACK_NOTE =
  'No Uzbek estimate: the catalogue’s value, status, sources and basis (from Korea and digitization norms) apply as they stand.';

/**
 * The entry of one parameter for a country (scenario country code or preset id).
 * @returns undefined for a key that is not in the catalogue.
 */
export function parameterInfoFor(country: Country | PresetId, key: string): ParameterInfo | undefined {
  const spec = parameterSpec(key);
  if (!spec) return undefined;
  const code = countryOf(country);
  const unit = spec.unit.replace(/(scenario )?currency/, CURRENCY[code]);
  const base = {
    key,
    label: spec.label,
    status: spec.status,
    sources: spec.sources,
    basis: spec.basis ?? '',
  };
  const numeric =
    spec.kind === 'number' ? { plausible: spec.range, limits: spec.limits } : ({} as Record<string, never>);
  const estimate = code === 'UZB' ? UZBEK_ESTIMATES[key] : undefined;
  if (estimate && spec.kind === 'number') {
    return {
      ...base,
      value: estimate.value,
      unit: estimate.unit,
      status: estimate.status,
      sources: estimate.sources,
      basis: estimate.basis,
      plausible: estimate.range,
      limits: spec.limits,
      origin: 'uzbek-estimate',
    };
  }
  const entry = { ...base, ...numeric, value: spec.defaultValue, unit };
  return code === 'UZB'
    ? { ...entry, origin: 'catalogue-fallback', note: FALLBACK_NOTE }
    : { ...entry, origin: 'catalogue' };
}

/**
 * Plausible range for a tornado over a country's scenario. Korea: the catalogue's range (its units). Other
 * countries: their own range (parameterInfoFor) while the scenario holds the preset's value, and the
 * catalogue range scaled to any other value (scaledRange).
 */
export function plausibleRangeOf(country: Country | PresetId): RangeOf {
  const code = countryOf(country);
  return (spec, baseValue) => {
    if (code === 'KOR') return spec.range;
    const info = parameterInfoFor(code, spec.key);
    return info?.plausible && info.value === baseValue ? info.plausible : scaledRange(spec, baseValue);
  };
}
