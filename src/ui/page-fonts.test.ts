import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { clipUnicodeRange, HANGUL_FONT, pageFontFaces } from './page-fonts';

const css = {
  notoSans: readFileSync('node_modules/@fontsource/noto-sans/400.css', 'utf8'),
  notoSansKr: readFileSync('node_modules/@fontsource/noto-sans-kr/400.css', 'utf8'),
};

function covers(range: string, codePoint: number): boolean {
  return range.split(',').some((part) => {
    const [lo, hi] = part.trim().replace('U+', '').split('-');
    return codePoint >= parseInt(lo!, 16) && codePoint <= parseInt(hi ?? lo!, 16);
  });
}

describe('page fonts', () => {
  const faces = pageFontFaces(css);
  const hangul = faces.filter((f) => f.family === HANGUL_FONT);

  it('declares the Hangul slices of Noto Sans KR in 400 and 700, from bundled woff2 files', () => {
    expect(hangul.filter((f) => f.weight === 400).length).toBeGreaterThan(100);
    expect(hangul.filter((f) => f.weight === 700).length).toBe(hangul.filter((f) => f.weight === 400).length);
    for (const face of faces) expect(face.url).toMatch(/^\/.*\.woff2$/);
  });

  it('covers every Hangul syllable in both weights', () => {
    for (const weight of [400, 700]) {
      const covered = new Set<number>();
      for (const face of hangul.filter((f) => f.weight === weight))
        for (const part of face.unicodeRange.split(',')) {
          const [lo, hi] = part.trim().replace('U+', '').split('-');
          for (let cp = parseInt(lo!, 16); cp <= parseInt(hi ?? lo!, 16); cp++) covered.add(cp);
        }
      const missing: string[] = [];
      for (let cp = 0xac00; cp <= 0xd7a3; cp++) if (!covered.has(cp)) missing.push(String.fromCodePoint(cp));
      expect(missing).toEqual([]);
    }
  });

  it('leaves Latin letters, digits and punctuation to the system font', () => {
    const latin = [...'AHIMNaz09&+@~|', '\u00a0', '—', '→', '√', '∝'].map((c) => c.codePointAt(0)!);
    const claimed = hangul.flatMap((f) =>
      latin.filter((cp) => covers(f.unicodeRange, cp)).map((cp) => String.fromCodePoint(cp)),
    );
    expect(claimed).toEqual([]);
  });

  it('keeps Uzbek Cyrillic (қ ғ ҳ ў) in Noto Sans', () => {
    const cyrillic = faces.filter((f) => f.family === 'Noto Sans').map((f) => f.unicodeRange);
    for (const c of 'қғҳўЎ') expect(cyrillic.some((r) => covers(r, c.codePointAt(0)!))).toBe(true);
  });

  it('clips a unicode-range to the spans kept', () => {
    expect(
      clipUnicodeRange('U+20-7E, U+AC00-AC10, U+2014', [
        [0x1100, 0x11ff],
        [0x2e80, 0x10ffff],
      ]),
    ).toBe('U+AC00-AC10');
    expect(clipUnicodeRange('U+41', [[0x2e80, 0x10ffff]])).toBe('');
  });
});
