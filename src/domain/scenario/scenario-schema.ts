/**
 * The scenario: everything needed to simulate one registry computerization programme.
 * Version 1 of the stored format. Never change the meaning of a field of a released version:
 * add a new version and a migration instead.
 */
import { z } from 'zod';

import { CAPTURE_MODES } from '../parameters/engine-parameters';
import { numericParameters } from '../parameters/parameter-catalogue';
import { boundedNumber, identifier, oneOf, parameterNumber, text, yearMonth } from './field-schemas';
import { checkScenarioConsistency } from './scenario-consistency';

export const SCENARIO_FORMAT = 'registry-rollout-lab/scenario';
export const SCENARIO_FORMAT_VERSION = 1;

export const COUNTRIES = ['KOR', 'UZB'] as const;
export const CURRENCIES = ['KRW', 'UZS', 'USD'] as const;
export const CENTRE_KINDS = ['central', 'regional'] as const;

/** Upper bounds that keep a scenario within what the engine and the map are built for. */
export const SCENARIO_LIMITS = {
  offices: 5_000,
  centres: 200,
  waves: 200,
  recordsPerOffice: 100_000_000,
  pagesPerRecord: 1_000,
  horizonMonths: 600,
} as const;

const REGION_PATTERN = /^[A-Z]{2}-[A-Z0-9]{1,3}$/;

const regionCode = z
  .string({ error: (issue) => `expected an ISO 3166-2 code like "KR-11", got ${String(issue.input)}` })
  .regex(REGION_PATTERN, {
    error: (issue) => `${JSON.stringify(issue.input)} is not an ISO 3166-2 code like "KR-11"`,
  });

const longitude = boundedNumber({ min: -180, max: 180, unit: '° longitude' });
const latitude = boundedNumber({ min: -90, max: 90, unit: '° latitude' });

export const officeSchema = z.strictObject({
  id: identifier(),
  name: text(120),
  region: regionCode,
  lon: longitude,
  lat: latitude,
  records: boundedNumber({ min: 1, max: SCENARIO_LIMITS.recordsPerOffice, unit: 'records', integer: true }),
  pages: boundedNumber({ min: 1, max: SCENARIO_LIMITS.recordsPerOffice * 10, unit: 'pages', integer: true }),
  centreId: identifier(),
});

export const centreSchema = z.strictObject({
  id: identifier(),
  name: text(120),
  kind: oneOf(CENTRE_KINDS, 'centre kind'),
  region: regionCode,
  lon: longitude,
  lat: latitude,
});

export const waveSchema = z.strictObject({
  id: identifier(),
  label: text(120),
  startMonth: yearMonth(),
  officeIds: z.array(identifier(), { error: 'expected a list of office ids' }),
});

const parameterShape: Record<string, z.ZodType> = { captureMode: oneOf(CAPTURE_MODES, 'keying mode') };
for (const spec of numericParameters) parameterShape[spec.key] = parameterNumber(spec);

export const parametersSchema = z.strictObject(parameterShape);

/**
 * Which named rollout plan of a preset a scenario was built from ("illustrative", "historical"), with the
 * label result screens show. Optional: a scenario without it (an import, an edited plan) is a custom plan.
 */
export const rolloutVariantSchema = z.strictObject({
  id: identifier(),
  label: text(120),
});

function listOf<T extends z.ZodType>(item: T, min: number, max: number, what: string) {
  return z
    .array(item, { error: (issue) => `expected a list of ${what}, got ${typeof issue.input}` })
    .min(min, { error: `needs at least ${min} ${what}` })
    .max(max, { error: `has more than ${max} ${what}` });
}

export const scenarioSchema = z
  .strictObject({
    format: z.literal(SCENARIO_FORMAT, { error: `must be "${SCENARIO_FORMAT}"` }),
    formatVersion: z.literal(SCENARIO_FORMAT_VERSION, {
      error: (issue) =>
        typeof issue.input === 'number' && issue.input > SCENARIO_FORMAT_VERSION
          ? `version ${issue.input} was made by a newer Registry Rollout Lab; this one reads version ${SCENARIO_FORMAT_VERSION}`
          : `must be ${SCENARIO_FORMAT_VERSION}`,
    }),
    id: identifier(),
    name: text(120),
    country: oneOf(COUNTRIES, 'country (ISO 3166-1 alpha-3)'),
    currency: oneOf(CURRENCIES, 'currency'),
    startMonth: yearMonth(),
    horizonMonths: boundedNumber({
      min: 12,
      max: SCENARIO_LIMITS.horizonMonths,
      unit: 'months',
      integer: true,
    }),
    offices: listOf(officeSchema, 1, SCENARIO_LIMITS.offices, 'offices'),
    centres: listOf(centreSchema, 1, SCENARIO_LIMITS.centres, 'centres'),
    parameters: z.unknown().pipe(parametersSchema),
    rollout: z.strictObject({
      waves: listOf(waveSchema, 1, SCENARIO_LIMITS.waves, 'waves'),
      variant: rolloutVariantSchema.optional(),
    }),
  })
  .superRefine((scenario, ctx) => checkScenarioConsistency(scenario, ctx, SCENARIO_LIMITS));

export type Scenario = z.infer<typeof scenarioSchema>;
export type Office = z.infer<typeof officeSchema>;
export type Centre = z.infer<typeof centreSchema>;
export type RolloutWave = z.infer<typeof waveSchema>;
export type RolloutVariantTag = z.infer<typeof rolloutVariantSchema>;
export type Country = (typeof COUNTRIES)[number];
export type Currency = (typeof CURRENCIES)[number];
