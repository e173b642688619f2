/**
 * Zod building blocks whose messages name the value and the allowed range, so a planner reading
 * "offices[3].records: 0 is below the minimum 1 record" knows what to fix.
 */
import { z } from 'zod';

import type { NumericParameterSpec } from '../parameters/parameter-spec';
import { describeLimits, formatNumber } from '../parameters/parameter-spec';

/** Shows a rejected value in a message: strings quoted, long ones cut. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'number') return Number.isNaN(value) ? 'NaN' : formatNumber(value);
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === 'object') return 'an object';
  return String(value);
}

interface BoundedNumber {
  min: number;
  max: number;
  unit: string;
  integer?: boolean;
}

/** A finite number within [min, max] (inclusive), optionally an integer. */
export function boundedNumber({ min, max, unit, integer = false }: BoundedNumber) {
  const range = `${formatNumber(min)}–${formatNumber(max)} ${unit}`;
  return z
    .number({ error: (issue) => `expected a number (${range}), got ${describeValue(issue.input)}` })
    .superRefine((value, ctx) => {
      if (!Number.isFinite(value)) {
        ctx.addIssue({
          code: 'custom',
          message: `${describeValue(value)} is not a finite number (${range})`,
        });
      } else if (integer && !Number.isInteger(value)) {
        ctx.addIssue({ code: 'custom', message: `${describeValue(value)} is not a whole number (${range})` });
      } else if (value < min || value > max) {
        ctx.addIssue({ code: 'custom', message: `${describeValue(value)} is outside ${range}` });
      }
    });
}

export function parameterNumber(spec: NumericParameterSpec) {
  const [min, max] = spec.limits;
  return boundedNumber({ min, max, unit: spec.unit, integer: spec.integer }).describe(
    `${spec.label}: ${describeLimits(spec)}`,
  );
}

/** Non-empty text with a maximum length. */
export function text(maxLength: number) {
  return z
    .string({ error: (issue) => `expected text, got ${describeValue(issue.input)}` })
    .superRefine((value, ctx) => {
      if (value.trim().length === 0) ctx.addIssue({ code: 'custom', message: 'must not be empty' });
      else if (value.length > maxLength)
        ctx.addIssue({
          code: 'custom',
          message: `is ${value.length} characters long; the limit is ${maxLength}`,
        });
    });
}

const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;

/** Identifier: letters, digits, "-" and "_", 1–64 characters. */
export function identifier() {
  return z
    .string({ error: (issue) => `expected an id, got ${describeValue(issue.input)}` })
    .superRefine((value, ctx) => {
      if (!ID_PATTERN.test(value))
        ctx.addIssue({
          code: 'custom',
          message: `${describeValue(value)} is not a valid id (letters, digits, "-" or "_", 1–64 characters)`,
        });
    });
}

const MONTH_PATTERN = /^(\d{4})-(\d{2})$/;

/** Month as "YYYY-MM", year 1950–2100. */
export function yearMonth() {
  return z
    .string({ error: (issue) => `expected a month like "1997-01", got ${describeValue(issue.input)}` })
    .superRefine((value, ctx) => {
      const match = MONTH_PATTERN.exec(value);
      const year = Number(match?.[1]);
      const month = Number(match?.[2]);
      if (!match || month < 1 || month > 12 || year < 1950 || year > 2100)
        ctx.addIssue({
          code: 'custom',
          message: `${describeValue(value)} is not a month between "1950-01" and "2100-12" (format "YYYY-MM")`,
        });
    });
}

/** Months since January of year 0, for ordering and arithmetic on "YYYY-MM". */
export function monthIndex(yearMonthText: string): number {
  const [year = '0', month = '1'] = yearMonthText.split('-');
  return Number(year) * 12 + Number(month) - 1;
}

/** Inverse of {@link monthIndex}. */
export function yearMonthFromIndex(index: number): string {
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return `${year}-${String(month).padStart(2, '0')}`;
}

export function oneOf<const T extends readonly [string, ...string[]]>(choices: T, what: string) {
  return z.enum(choices, {
    error: (issue) => `${describeValue(issue.input)} is not a ${what}; use one of ${choices.join(', ')}`,
  });
}
