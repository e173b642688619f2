/**
 * Turns the rollout rules of a preset fixture ("pilot: 7 largest offices in Seoul and Incheon from 1997-01,
 * then up to 100 offices from 1998-01, then the rest") into waves with explicit office ids.
 */
import type { RolloutWave } from '../scenario/scenario-schema';

export interface WaveRule {
  readonly id: string;
  readonly label?: { readonly en?: string } | string;
  readonly start: string;
  readonly regions?: readonly string[];
  /** Offices in this wave. */
  readonly count?: number;
  /** Offices started once this wave has started, counting earlier waves. */
  readonly countTotal?: number;
  /** Every office not yet in a wave (within `regions`, if given). */
  readonly rest?: boolean;
}

interface OfficeSize {
  readonly id: string;
  readonly region: string;
  readonly records: number;
}

function labelOf(rule: WaveRule): string {
  if (typeof rule.label === 'string') return rule.label;
  return rule.label?.en ?? rule.id;
}

function wanted(rule: WaveRule, assigned: number, available: number): number {
  if (rule.rest) return available;
  if (rule.count !== undefined) return rule.count;
  if (rule.countTotal !== undefined) return Math.max(0, rule.countTotal - assigned);
  throw new Error(`rollout wave "${rule.id}" needs one of count, countTotal or rest`);
}

/**
 * Largest offices go first within each wave (they take longest, so a planner starts them early);
 * ties break by id so the result never depends on input order.
 */
export function resolveWaveRules(rules: readonly WaveRule[], offices: readonly OfficeSize[]): RolloutWave[] {
  const queue = [...offices].sort((a, b) => b.records - a.records || (a.id < b.id ? -1 : 1));
  const taken = new Set<string>();
  return rules.map((rule) => {
    const regions = rule.regions ? new Set(rule.regions) : undefined;
    const pool = queue.filter((o) => !taken.has(o.id) && (!regions || regions.has(o.region)));
    const picked = pool.slice(0, wanted(rule, taken.size, pool.length));
    for (const office of picked) taken.add(office.id);
    return { id: rule.id, label: labelOf(rule), startMonth: rule.start, officeIds: picked.map((o) => o.id) };
  });
}
