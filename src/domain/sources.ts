/** The bibliography: every source id a figure may cite (fixtures/sources.json, fixtures/SOURCES.md). */
import sourceList from '../../fixtures/sources.json';
import type { Source } from './sourced-figure';

export const SOURCES: readonly Source[] = sourceList as readonly Source[];

const byId = new Map(SOURCES.map((s) => [s.id, s]));

export function sourceById(id: string): Source | undefined {
  return byId.get(id);
}
