/**
 * Words on screen: what the screens show from the fixtures is written for users. No field key as a title
 * ("Budget krw", "worldBankMrprcIdaUsd"), no snake_case or file path, no note addressed to developers, no
 * source address that is a file, no value printed twice ("213 213 offices").
 */
import { describe, expect, it } from 'vitest';

import { choiceLabel, figureLabel, sourceAddress, unitText } from '@/domain/display-labels';
import { allParameters } from '@/domain/parameters/parameter-catalogue';
import { buildPresetScenario, presetFixture, PRESET_IDS } from '@/domain/presets/presets';
import { doingBusiness, minwon24 } from '@/domain/reference-tables';
import { SOURCES } from '@/domain/sources';

import { formatFigureValue } from './format';
import { figureTitle, variantText } from './screens/figure-labels';

/** Pieces of field keys that give away a title made from a key ("Budget krw", "Land registered ha"). */
const KEY_WORDS = /\b(?:krw|usd|uzs|ha|mrprc|ida|kwpf|slagem|emapped|percent)\b/;

/** Proper names written in camel case (a newspaper, a software package): not field keys. */
const PROPER_NAMES = /\b(?:eToday|cdrLIS)\b/g;

const CAMEL_CASE = /\b[a-z]+(?:[A-Z][a-z0-9]*)+\b/;
const SNAKE_CASE = /\b[a-z0-9]+_[a-z0-9_]+\b/;
const FILE_PATH = /[\w.-]+\/[\w./-]*\.(?:txt|md|json|tsx?|mjs|csv|geojson)\b/;
const FOR_DEVELOPERS = /\bthe app (?:should|must|will)\b|\bsee variant [\w-]+|\bfixtures?\b/i;

/** Why a text would not do on screen, or undefined when it is fine. */
function problemOf(text: string): string | undefined {
  const words = text.replace(/https?:\/\/\S+/g, '').replace(PROPER_NAMES, '');
  if (CAMEL_CASE.test(words)) return `field key ${CAMEL_CASE.exec(words)![0]}`;
  if (SNAKE_CASE.test(words)) return `snake_case ${SNAKE_CASE.exec(words)![0]}`;
  if (FILE_PATH.test(words)) return `file path ${FILE_PATH.exec(words)![0]}`;
  if (FOR_DEVELOPERS.test(words)) return `addressed to developers: ${FOR_DEVELOPERS.exec(words)![0]}`;
  return undefined;
}

function problems(texts: readonly (readonly [where: string, text: string | undefined])[]): string[] {
  return texts.flatMap(([where, text]) => {
    const problem = text === undefined ? undefined : problemOf(text);
    return problem ? [`${where}: ${problem} in "${text}"`] : [];
  });
}

/** Every text a preset fixture shows: figure titles, units, notes and bases, variants, timeline, plans. */
function presetTexts(): [string, string | undefined][] {
  return PRESET_IDS.flatMap((id) => {
    const fixture = presetFixture(id);
    const scenario = buildPresetScenario(id);
    const texts: [string, string | undefined][] = [[`${id} name`, fixture.name.en]];
    for (const [key, figure] of Object.entries(fixture.figures)) {
      texts.push(
        [`${id} ${key} title`, figureTitle(key)],
        [`${id} ${key} unit`, figure.unit],
        [`${id} ${key} note`, figure.note],
        [`${id} ${key} basis`, figure.basis],
      );
    }
    for (const variant of fixture.variants ?? []) {
      texts.push(
        [`${id} variant ${variant.id}`, variantText(variant, fixture.figures[variant.figure]?.unit ?? '')],
        [`${id} variant ${variant.id} note`, variant.note],
      );
    }
    for (const event of fixture.timeline ?? []) texts.push([`${id} timeline ${event.date}`, event.event]);
    for (const wave of scenario.rollout.waves) texts.push([`${id} wave ${wave.id}`, wave.label]);
    const notes = fixture.rollout.notes;
    if (notes && typeof notes === 'object' && !Array.isArray(notes))
      for (const [plan, note] of Object.entries(notes))
        if (typeof note === 'string') texts.push([`${id} plan ${plan}`, note]);
    return texts;
  });
}

describe('words on screen', () => {
  it('gives every preset figure a title written for users, not its field key', () => {
    const bad: string[] = [];
    for (const id of PRESET_IDS) {
      const fixture = presetFixture(id);
      const keys = new Set([
        ...Object.keys(fixture.figures),
        ...(fixture.variants ?? []).map((v) => v.figure),
      ]);
      for (const key of keys) {
        const title = figureTitle(key);
        if (!figureLabel(key) || KEY_WORDS.test(title) || problemOf(title))
          bad.push(`${id} ${key}: "${title}"`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('shows no field key, snake_case, file path or note to developers from the preset fixtures', () => {
    expect(problems(presetTexts())).toEqual([]);
  });

  it('writes parameter labels, units and choices for users', () => {
    const texts: [string, string | undefined][] = allParameters.flatMap((spec) => [
      [`${spec.key} label`, spec.label] as [string, string],
      [`${spec.key} unit`, unitText(spec.unit, undefined, 'KRW')] as [string, string],
      ...(spec.kind === 'choice'
        ? spec.choices.map((c) => [`${spec.key} choice ${c}`, choiceLabel(c)] as [string, string])
        : []),
    ]);
    expect(problems(texts)).toEqual([]);
    // The catalogue's placeholder for the scenario's money is replaced by the currency itself.
    const units = allParameters.map((spec) => unitText(spec.unit, undefined, 'KRW'));
    expect(units.filter((unit) => /\bcurrency\b/.test(unit))).toEqual([]);
  });

  it('shows the reference tables without keys or notes to developers', () => {
    const texts: [string, string | undefined][] = [
      ['minwon24 note', minwon24.seedTable.note],
      ...minwon24.seedTable.rows.map((r) => [`minwon24 ${r.id}`, r.label.en] as [string, string | undefined]),
      ...minwon24.confirmed.map((c) => [`minwon24 ${c.id}`, c.label.en] as [string, string | undefined]),
      ...minwon24.confirmed.map((c) => [`minwon24 ${c.id} unit`, c.unit] as [string, string]),
      ['doing business caveat', doingBusiness.caveat.text],
      ...doingBusiness.registeringProperty.map(
        (r) => [`doing business ${r.economy}`, r.name] as [string, string],
      ),
    ];
    expect(problems(texts)).toEqual([]);
  });

  it('names every source by title and a web address, or says it is not online (never a file path)', () => {
    const texts = SOURCES.flatMap((s): [string, string | undefined][] => [
      [`${s.id} title`, s.title],
      [`${s.id} publisher`, s.publisher],
      [`${s.id} address`, sourceAddress(s)],
    ]);
    expect(problems(texts)).toEqual([]);
    const seed = SOURCES.find((s) => s.id === 'SEED')!;
    expect(sourceAddress(seed)).toMatch(/^Not published online/);
    expect(sourceAddress(seed)).toContain('Elektron hukumat');
  });

  it('prints each variant’s value once ("213 offices at completion", not "213 213 offices")', () => {
    const doubled: string[] = [];
    for (const id of PRESET_IDS) {
      const fixture = presetFixture(id);
      for (const variant of fixture.variants ?? []) {
        const unit = fixture.figures[variant.figure]?.unit ?? '';
        const text = variantText(variant, unit);
        const value = formatFigureValue(variant.value, unit);
        const times = text.split(value).length - 1;
        if (times > 1 || /^(\S+) \1\b/.test(text)) doubled.push(`${variant.id}: "${text}"`);
      }
    }
    expect(doubled).toEqual([]);
    expect(variantText({ id: 'x', figure: 'offices', value: 213, sources: [], status: 'C' }, 'offices')).toBe(
      '213 offices',
    );
  });

  it('writes no unit after a year and a singular unit after 1', () => {
    expect(unitText('year', 1993)).toBe('');
    expect(unitText('year-month', '2002-10')).toBe('');
    expect(unitText('year (planned in Jan 1995)', 1997)).toBe('(planned in Jan 1995)');
    expect(unitText('years', 10)).toBe('years');
    expect(unitText('data centres', 1)).toBe('data centre');
    expect(unitText('data centres', 11)).toBe('data centres');
    expect(unitText('currency/page', undefined, 'UZS')).toBe('UZS/page');
    expect(unitText('scenario currency/year', undefined, 'KRW')).toBe('KRW/year');
  });
});
