/**
 * Validation of untrusted scenarios (imports, share links, forms): a list of located, readable
 * problems, or a scenario built fresh by the schema (unknown keys rejected, prototypes never copied).
 */
import type { z } from 'zod';

import { describeValue } from './field-schemas';
import type { Scenario } from './scenario-schema';
import { scenarioSchema } from './scenario-schema';

export interface ValidationProblem {
  /** Where, e.g. "offices[3].records" or "parameters.keyingKph"; "(scenario)" for the whole. */
  readonly path: string;
  readonly message: string;
}

export type ValidationResult =
  | { readonly ok: true; readonly scenario: Scenario }
  | { readonly ok: false; readonly problems: readonly ValidationProblem[] };

/** At most this many problems are reported; the rest are counted. */
export const MAX_PROBLEMS = 50;

/** "offices[3].records" from ["offices", 3, "records"]. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out === '' ? '(scenario)' : out;
}

function messageOf(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys')
    return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  if (issue.code === 'invalid_type' && issue.input === undefined) return `is missing (${issue.message})`;
  if (issue.code === 'invalid_type' && !issue.message.includes('got'))
    return `${issue.message}; got ${describeValue(issue.input)}`;
  return issue.message;
}

export function validateScenario(input: unknown): ValidationResult {
  const parsed = scenarioSchema.safeParse(input, { reportInput: true });
  if (parsed.success) return { ok: true, scenario: parsed.data };
  const problems = parsed.error.issues.map((issue) => ({
    path: formatPath(issue.path),
    message: messageOf(issue),
  }));
  if (problems.length <= MAX_PROBLEMS) return { ok: false, problems };
  const shown = problems.slice(0, MAX_PROBLEMS);
  shown.push({ path: '(scenario)', message: `and ${problems.length - MAX_PROBLEMS} more problems` });
  return { ok: false, problems: shown };
}

/** Parses JSON text and validates it; a syntax error is reported with its line and column. */
export function parseScenarioJson(textInput: string): ValidationResult {
  let data: unknown;
  try {
    data = JSON.parse(textInput);
  } catch (error) {
    return { ok: false, problems: [{ path: '(file)', message: describeJsonError(textInput, error) }] };
  }
  return validateScenario(data);
}

function describeJsonError(source: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const offset = jsonErrorOffset(source, message);
  const before = source.slice(0, offset).split('\n');
  const line = before.length;
  const column = (before[before.length - 1] ?? '').length + 1;
  return `not valid JSON at line ${line}, column ${column}: ${message.split('\n')[0]}`;
}

function failsAsTruncated(prefix: string): boolean {
  try {
    JSON.parse(prefix);
    return true;
  } catch (error) {
    if (!(error instanceof Error)) return false;
    if (/end of (JSON )?input/i.test(error.message)) return true;
    // "... at position N" pointing at the very end also means the text only stopped early.
    const position = /position (\d+)/.exec(error.message);
    return position !== null && Number(position[1]) >= prefix.length;
  }
}

/**
 * Offset of a JSON syntax error. Engines word their messages differently (some give a position, some a line,
 * some neither), so when the message has no position we search for the longest prefix that still only
 * looks truncated: the error sits right after it.
 */
function jsonErrorOffset(source: string, message: string): number {
  const position = /position (\d+)/.exec(message);
  if (position) return Number(position[1]);
  let good = 0;
  let bad = source.length;
  while (bad - good > 1) {
    const middle = (good + bad) >>> 1;
    if (failsAsTruncated(source.slice(0, middle))) good = middle;
    else bad = middle;
  }
  return good;
}

/** Problems as lines a person can read: "offices[3].records: 0 is outside 1–100,000,000 records". */
export function formatProblems(problems: readonly ValidationProblem[]): string[] {
  return problems.map((p) => `${p.path}: ${p.message}`);
}
