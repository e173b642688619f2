import { readFileSync } from 'node:fs';

import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';

import { buildPresetScenario } from '@/domain/presets/presets';

import { labelFontFaces, LABEL_FONT, parseFontsourceCss } from './font-faces';
import { buildMapData } from './map-data';
import { styleForMapData } from './map-style';
import { regionName, regionNameExpression } from './region-names';

const css = {
  notoSans: readFileSync('node_modules/@fontsource/noto-sans/400.css', 'utf8'),
  notoSansKr: readFileSync('node_modules/@fontsource/noto-sans-kr/400.css', 'utf8'),
};

function styleFor(preset: 'korea' | 'uzbekistan', language: 'ko' | 'uzCyrl' = 'ko') {
  const data = buildMapData(buildPresetScenario(preset));
  return {
    data,
    style: styleForMapData(data, language, labelFontFaces(css)),
  };
}

describe('map style', () => {
  it.each(['korea', 'uzbekistan'] as const)('validates against the MapLibre style spec (%s)', (preset) => {
    const { style } = styleFor(preset);
    expect(validateStyleMin(style)).toEqual([]);
  });

  it('draws no background: the sea is the map container, seen through the transparent canvas', () => {
    const { style } = styleFor('korea');
    expect(style.layers.map((l) => l.type)).not.toContain('background');
  });

  it('is offline: no glyphs, sprite or tile URLs, and every source is bundled data', () => {
    const { style } = styleFor('korea');
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    for (const source of Object.values(style.sources)) {
      expect(source.type).toBe('geojson');
      const data = (source as { data: unknown }).data;
      if (typeof data === 'string') expect(data).not.toMatch(/^https?:/);
    }
  });

  it('puts 209 Korean offices and 12 centres on the map, one link per office plus 11 trunks', () => {
    const { data } = styleFor('korea');
    expect(data.offices.features).toHaveLength(209);
    expect(data.centres.features).toHaveLength(12);
    expect(data.links.features).toHaveLength(209 + 11);
    expect(data.offices.features.map((f) => f.id)).toEqual([...Array(209).keys()]);
  });

  it('declares font faces for Hangul and for Uzbek Cyrillic қ ғ ҳ under one label font', () => {
    const faces = labelFontFaces(css)[LABEL_FONT] as { url: string; 'unicode-range': string[] }[];
    expect(faces.length).toBeGreaterThan(120);
    const covers = (code: number) =>
      faces.some((f) =>
        f['unicode-range'].some((r) => {
          const [a, b = a] = r.replace('U+', '').split('-');
          return code >= parseInt(a!, 16) && code <= parseInt(b!, 16);
        }),
      );
    for (const ch of 'қғҳ서울Ўa') expect(covers(ch.codePointAt(0)!), ch).toBe(true);
    expect(parseFontsourceCss('@font-face{src:url(./files/x.woff2);unicode-range: U+00-ff, U+100;}')).toEqual(
      [{ file: 'x.woff2', unicodeRange: ['U+00-FF', 'U+100'] }],
    );
  });

  it('labels regions from the app name table in the chosen language', () => {
    expect(regionName('KR-11', 'ko')).toBe('서울특별시');
    expect(regionName('UZ-QR', 'uzCyrl')).toContain('Қорақалпоғистон');
    expect(regionNameExpression('en')).toContain('Seoul');
  });
});
