/**
 * Bundled fonts for the page's own text, so Hangul (and Uzbek Cyrillic қ ғ ҳ) renders from the app's origin
 * on a machine without CJK fonts, as the map's labels do (src/map/font-faces.ts uses the same files).
 *
 * 'Noto Sans KR' comes FIRST in the stack of styles.css, declared here for Hangul and CJK code points only:
 * fontsource's slices also carry Latin letters, digits and punctuation, which are cut out of their
 * unicode-range so Latin text keeps the system font. (With the Korean font after `system-ui`, Chromium 156 on
 * Linux drew a lone Hangul word such as "대한민국" as missing-glyph boxes even once its slice had loaded.)
 * 'Noto Sans' (Cyrillic and cyrillic-ext) stays after the system font as a fallback for Uzbek Cyrillic.
 *
 * Faces are added through the CSS Font Loading API, woff2 only (fontsource's CSS also names a .woff per face,
 * which would double the files in dist); each face loads only when the page draws a character in its range.
 */
import notoSansCss from '@fontsource/noto-sans/400.css?raw';
import notoSansKrCss from '@fontsource/noto-sans-kr/400.css?raw';

export const HANGUL_FONT = 'Noto Sans KR';

const notoSansFiles = import.meta.glob(
  '/node_modules/@fontsource/noto-sans/files/noto-sans-{cyrillic,cyrillic-ext}-{400,700}-normal.woff2',
  { query: '?url', import: 'default', eager: true },
) as Record<string, string>;
// Only the numbered Hangul slices: the one-file `korean` subset (540 KB) would duplicate them, and the
// Latin and Cyrillic subsets are never used (their code points go to the fonts after it in the stack).
const notoSansKrFiles = import.meta.glob(
  '/node_modules/@fontsource/noto-sans-kr/files/noto-sans-kr-[0-9]*-{400,700}-normal.woff2',
  { query: '?url', import: 'default', eager: true },
) as Record<string, string>;

export interface FontsourceCss {
  readonly notoSans: string;
  readonly notoSansKr: string;
}

// Vitest does not process CSS (`?raw` gives ''), so tests pass the CSS text read from disk.
const BUNDLED_CSS: FontsourceCss = { notoSans: notoSansCss, notoSansKr: notoSansKrCss };

/** Code points the Korean font may claim: Hangul Jamo, and CJK from U+2E80 up (radicals, symbols, Hangul). */
const HANGUL_SPANS: readonly (readonly [number, number])[] = [
  [0x1100, 0x11ff],
  [0x2e80, 0x10ffff],
];

type Span = readonly [number, number];

function parseRange(range: string): Span[] {
  return range.split(',').map((part) => {
    const [lo, hi] = part.trim().replace(/^U\+/i, '').split('-');
    const start = parseInt(lo!, 16);
    return [start, hi === undefined ? start : parseInt(hi, 16)] as const;
  });
}

function formatRange(spans: readonly Span[]): string {
  const hex = (n: number) => n.toString(16).toUpperCase();
  return spans.map(([a, b]) => (a === b ? `U+${hex(a)}` : `U+${hex(a)}-${hex(b)}`)).join(', ');
}

/** The part of a unicode-range inside `keep`, or '' when nothing is left. */
export function clipUnicodeRange(range: string, keep: readonly Span[]): string {
  const spans: Span[] = [];
  for (const [a, b] of parseRange(range))
    for (const [lo, hi] of keep) {
      const start = Math.max(a, lo);
      const end = Math.min(b, hi);
      if (start <= end) spans.push([start, end]);
    }
  return formatRange(spans);
}

interface Slice {
  /** Woff2 file name of the 400 face, e.g. `noto-sans-kr-12-400-normal.woff2`. */
  readonly file: string;
  readonly unicodeRange: string;
}

function parseSlices(css: string): Slice[] {
  const slices: Slice[] = [];
  for (const block of css.split('@font-face').slice(1)) {
    const file = /url\(\.\/files\/([^)]+-400-normal\.woff2)\)/.exec(block)?.[1];
    const range = /unicode-range:\s*([^;]+);/.exec(block)?.[1];
    if (file && range) slices.push({ file, unicodeRange: range.trim() });
  }
  return slices;
}

function urlsByName(files: Record<string, string>): Map<string, string> {
  return new Map(Object.entries(files).map(([path, url]) => [path.split('/').pop()!, url]));
}

export interface PageFontFace {
  readonly family: string;
  readonly weight: 400 | 700;
  readonly url: string;
  readonly unicodeRange: string;
}

function faces(family: string, slices: readonly Slice[], urls: ReadonlyMap<string, string>): PageFontFace[] {
  const out: PageFontFace[] = [];
  for (const weight of [400, 700] as const)
    for (const slice of slices) {
      const url = urls.get(slice.file.replace('-400-normal', `-${weight}-normal`));
      if (url && slice.unicodeRange) out.push({ family, weight, url, unicodeRange: slice.unicodeRange });
    }
  return out;
}

/** The page's font faces: Noto Sans KR (Hangul and CJK only) and Noto Sans (Cyrillic), 400 and 700. */
export function pageFontFaces(css: FontsourceCss = BUNDLED_CSS): PageFontFace[] {
  const hangul = parseSlices(css.notoSansKr)
    .filter((s) => /^noto-sans-kr-\d+-400/.test(s.file))
    .map((s) => ({ ...s, unicodeRange: clipUnicodeRange(s.unicodeRange, HANGUL_SPANS) }));
  const cyrillic = parseSlices(css.notoSans).filter((s) => /^noto-sans-cyrillic(-ext)?-400/.test(s.file));
  return [
    ...faces(HANGUL_FONT, hangul, urlsByName(notoSansKrFiles)),
    ...faces('Noto Sans', cyrillic, urlsByName(notoSansFiles)),
  ];
}

const installed = new WeakSet<Document>();

/** Adds the page's font faces to the document, once. */
export function installPageFonts(doc: Document): void {
  if (installed.has(doc)) return;
  installed.add(doc);
  for (const face of pageFontFaces())
    doc.fonts.add(
      new FontFace(face.family, `url("${face.url}") format('woff2')`, {
        style: 'normal',
        weight: String(face.weight),
        display: 'swap',
        unicodeRange: face.unicodeRange,
      }),
    );
}
