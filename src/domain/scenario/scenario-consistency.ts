/**
 * Rules that span fields of a scenario: references resolve, ids are unique, an office's pages per record
 * are within the limit, every office is in exactly one rollout wave, and waves start inside the simulated
 * horizon.
 */
import type { z } from 'zod';

import { formatNumber } from '../parameters/parameter-spec';
import { monthIndex } from './field-schemas';

interface Shape {
  startMonth: string;
  horizonMonths: number;
  offices: readonly { id: string; records: number; pages: number; centreId: string }[];
  centres: readonly { id: string; kind: string }[];
  parameters: Record<string, unknown>;
  rollout: { waves: readonly { id: string; startMonth: string; officeIds: readonly string[] }[] };
}

type Ctx = z.RefinementCtx;

/** Limits that span fields (declared with the others in `SCENARIO_LIMITS`). */
export interface ConsistencyLimits {
  /** Most pages one record (register) may have on average in an office. */
  readonly pagesPerRecord: number;
}

function duplicates(ids: readonly string[]): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const id of ids) (seen.has(id) ? repeated : seen).add(id);
  return [...repeated];
}

function checkIds(s: Shape, ctx: Ctx): void {
  for (const id of duplicates(s.offices.map((o) => o.id)))
    ctx.addIssue({ code: 'custom', path: ['offices'], message: `office id "${id}" is used more than once` });
  for (const id of duplicates(s.centres.map((c) => c.id)))
    ctx.addIssue({ code: 'custom', path: ['centres'], message: `centre id "${id}" is used more than once` });
  const centrals = s.centres.filter((c) => c.kind === 'central').length;
  if (centrals !== 1)
    ctx.addIssue({
      code: 'custom',
      path: ['centres'],
      message: `needs exactly 1 central centre, found ${centrals}`,
    });
}

function checkOffices(s: Shape, ctx: Ctx, limits: ConsistencyLimits): void {
  const centreIds = new Set(s.centres.map((c) => c.id));
  s.offices.forEach((office, i) => {
    if (!centreIds.has(office.centreId))
      ctx.addIssue({
        code: 'custom',
        path: ['offices', i, 'centreId'],
        message: `"${office.centreId}" is not the id of a centre of this scenario`,
      });
    if (office.pages < office.records)
      ctx.addIssue({
        code: 'custom',
        path: ['offices', i, 'pages'],
        message: `${office.pages} pages is fewer than the office's ${office.records} records (each record has at least 1 page)`,
      });
    else if (office.pages > office.records * limits.pagesPerRecord)
      ctx.addIssue({
        code: 'custom',
        path: ['offices', i, 'pages'],
        message: `${formatNumber(office.pages)} pages for ${formatNumber(office.records)} ${office.records === 1 ? 'record' : 'records'} is ${formatNumber(Math.ceil((office.pages / office.records) * 10) / 10)} pages per record, above the limit of ${formatNumber(limits.pagesPerRecord)}`,
      });
  });
}

function checkWaves(s: Shape, ctx: Ctx): void {
  const officeIds = new Set(s.offices.map((o) => o.id));
  const waveOf = new Map<string, string>();
  const first = monthIndex(s.startMonth);
  const last = first + s.horizonMonths - 1;
  s.rollout.waves.forEach((wave, w) => {
    const start = monthIndex(wave.startMonth);
    if (start < first || start > last)
      ctx.addIssue({
        code: 'custom',
        path: ['rollout', 'waves', w, 'startMonth'],
        message: `"${wave.startMonth}" is outside the simulated period (${s.startMonth} plus ${s.horizonMonths} months)`,
      });
    wave.officeIds.forEach((id, k) => {
      const path = ['rollout', 'waves', w, 'officeIds', k];
      if (!officeIds.has(id))
        ctx.addIssue({
          code: 'custom',
          path,
          message: `"${id}" is not the id of an office of this scenario`,
        });
      else if (waveOf.has(id))
        ctx.addIssue({
          code: 'custom',
          path,
          message: `office "${id}" is already in wave "${waveOf.get(id)}"`,
        });
      else waveOf.set(id, wave.id);
    });
  });
  const missing = s.offices.filter((o) => !waveOf.has(o.id)).map((o) => o.id);
  if (missing.length > 0)
    ctx.addIssue({
      code: 'custom',
      path: ['rollout', 'waves'],
      message: `${missing.length} office(s) are in no wave, e.g. "${missing[0]}"; every office needs a start`,
    });
}

function checkParameters(s: Shape, ctx: Ctx): void {
  const p = s.parameters;
  const ordered = ['detectionPaper', 'detectionDigital', 'detectionDigitalAlerts'] as const;
  for (let i = 1; i < ordered.length; i++) {
    const lower = p[ordered[i - 1] as string];
    const higher = p[ordered[i] as string];
    if (typeof lower === 'number' && typeof higher === 'number' && higher < lower)
      ctx.addIssue({
        code: 'custom',
        path: ['parameters', ordered[i] as string],
        message: `${higher} is lower than ${ordered[i - 1]} (${lower}); a more digital registry cannot detect less fraud`,
      });
  }
}

/** Cross-field checks of a scenario whose fields are individually valid. */
export function checkScenarioConsistency(s: Shape, ctx: Ctx, limits: ConsistencyLimits): void {
  checkIds(s, ctx);
  checkOffices(s, ctx, limits);
  checkWaves(s, ctx);
  checkParameters(s, ctx);
}
