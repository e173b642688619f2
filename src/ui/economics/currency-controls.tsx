import { useId, useState } from 'react';

import type { ExchangeRates } from '@/domain/economics';
import { DISPLAY_RATES } from '@/domain/economics';
import type { Currency } from '@/domain/scenario/scenario-schema';

import { formatInteger } from '../format';

export const DISPLAY_CURRENCIES: readonly Currency[] = ['KRW', 'UZS', 'USD'];
type RateCurrency = Exclude<Currency, 'USD'>;
type FieldKey = `${'market' | 'ppp'}-${RateCurrency}`;

const fieldLabel = (key: FieldKey): string => {
  const [kind, currency] = key.split('-') as ['market' | 'ppp', RateCurrency];
  return kind === 'market' ? `${currency} per USD` : `PPP: ${currency} per international $`;
};

/** A positive finite number ("1,350" allowed), or null. */
export function parsePositive(text: string): number | null {
  const trimmed = text.trim().replace(/,/g, '');
  if (!/^\d*\.?\d+(e[+-]?\d+)?$/i.test(trimmed)) return null;
  const value = Number(trimmed);
  return Number.isFinite(value) && value > 0 ? value : null;
}

interface Props {
  readonly currency: Currency;
  readonly initialRates: ExchangeRates;
  readonly onCurrency: (currency: Currency) => void;
  /** Called only with valid rates; a bad entry leaves the last valid rates in force. */
  readonly onRates: (rates: ExchangeRates) => void;
}

/** Currency picker, editable exchange rates and optional PPP factors, each checked inline. */
export function CurrencyControls({ currency, initialRates, onCurrency, onRates }: Props) {
  const id = useId();
  const [texts, setTexts] = useState<Record<FieldKey, string>>(() => ({
    'market-KRW': String(initialRates.perUsd.KRW),
    'market-UZS': String(initialRates.perUsd.UZS),
    'ppp-KRW': String((initialRates.ppp ?? initialRates.perUsd).KRW),
    'ppp-UZS': String((initialRates.ppp ?? initialRates.perUsd).UZS),
  }));
  const [usePpp, setUsePpp] = useState(initialRates.ppp !== undefined);

  const problems = (Object.keys(texts) as FieldKey[])
    .filter((key) => (usePpp || key.startsWith('market')) && parsePositive(texts[key]) === null)
    .map((key) => ({ key, message: `${fieldLabel(key)}: "${texts[key]}" is not a positive number` }));

  const commit = (next: Record<FieldKey, string>, ppp: boolean) => {
    const value = (key: FieldKey) => parsePositive(next[key]);
    const keys: FieldKey[] = ppp
      ? ['market-KRW', 'market-UZS', 'ppp-KRW', 'ppp-UZS']
      : ['market-KRW', 'market-UZS'];
    if (keys.some((key) => value(key) === null)) return;
    const perUsd = { KRW: value('market-KRW')!, UZS: value('market-UZS')!, USD: 1 };
    onRates(ppp ? { perUsd, ppp: { KRW: value('ppp-KRW')!, UZS: value('ppp-UZS')!, USD: 1 } } : { perUsd });
  };
  const edit = (key: FieldKey, text: string) => {
    const next = { ...texts, [key]: text };
    setTexts(next);
    commit(next, usePpp);
  };

  const field = (key: FieldKey) => {
    const bad = problems.some((p) => p.key === key);
    return (
      <label key={key} className="econ-rate">
        {fieldLabel(key)}{' '}
        <input
          type="text"
          inputMode="decimal"
          size={9}
          value={texts[key]}
          aria-invalid={bad}
          aria-describedby={bad ? `${id}-error` : undefined}
          onChange={(e) => edit(key, e.target.value)}
        />
      </label>
    );
  };

  return (
    <fieldset className="econ-controls">
      <legend>Currency and rates</legend>
      <label>
        Show in{' '}
        <select
          data-testid="econ-currency"
          value={currency}
          onChange={(e) => onCurrency(e.target.value as Currency)}
        >
          {DISPLAY_CURRENCIES.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
      </label>
      {field('market-KRW')}
      {field('market-UZS')}
      <label>
        <input
          type="checkbox"
          checked={usePpp}
          onChange={(e) => {
            setUsePpp(e.target.checked);
            commit(texts, e.target.checked);
          }}
        />{' '}
        Use PPP factors (international $)
      </label>
      {usePpp && field('ppp-KRW')}
      {usePpp && field('ppp-UZS')}
      {problems.length > 0 && (
        <p id={`${id}-error`} className="econ-error" role="alert" data-testid="econ-rate-error">
          {problems.map((p) => p.message).join('; ')} — the figures still use the last valid rates.
        </p>
      )}
      <p className="muted econ-rate-note">
        Rates are set by the user (defaults: the scenario&apos;s own rate, else the 2024–25 display levels of
        1 USD ≈ {formatInteger(DISPLAY_RATES.perUsd.KRW)} KRW ≈ {formatInteger(DISPLAY_RATES.perUsd.UZS)}{' '}
        UZS). With PPP on, &quot;USD&quot; reads as international dollars.
      </p>
    </fieldset>
  );
}
