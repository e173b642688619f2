/**
 * Bundled label fonts for MapLibre's `font-faces` (no glyph server: docs geodata.md §3). One font name,
 * RRL Sans, maps to Noto Sans (Latin, Cyrillic and the cyrillic-ext slice with Uzbek қ ғ ҳ) followed by
 * the 125 unicode-range slices of Noto Sans KR for Hangul. MapLibre loads only the slices it draws.
 * The slice ranges are read from fontsource's own CSS, so they always match the files Vite emits.
 */
import type { FontFacesSpecification } from '@maplibre/maplibre-gl-style-spec';
import notoSansCss from '@fontsource/noto-sans/400.css?raw';
import notoSansKrCss from '@fontsource/noto-sans-kr/400.css?raw';

export const LABEL_FONT = 'RRL Sans';

const notoSansFiles = import.meta.glob(
  '/node_modules/@fontsource/noto-sans/files/noto-sans-{latin,latin-ext,cyrillic,cyrillic-ext}-400-normal.woff2',
  {
    query: '?url',
    import: 'default',
    eager: true,
  },
) as Record<string, string>;
const notoSansKrFiles = import.meta.glob(
  // The one-file `korean` subset (540 KB) duplicates the sliced faces the CSS uses: leave it out of dist.
  ['/node_modules/@fontsource/noto-sans-kr/files/*-400-normal.woff2', '!**/*-korean-400-normal.woff2'],
  {
    query: '?url',
    import: 'default',
    eager: true,
  },
) as Record<string, string>;

export interface FaceSlice {
  readonly file: string;
  readonly unicodeRange: string[];
}

/** Parses fontsource CSS into (file name, unicode ranges) pairs. */
export function parseFontsourceCss(css: string): FaceSlice[] {
  const slices: FaceSlice[] = [];
  for (const block of css.split('@font-face').slice(1)) {
    const file = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(block)?.[1];
    const range = /unicode-range:\s*([^;]+);/.exec(block)?.[1];
    if (file && range)
      slices.push({ file, unicodeRange: range.split(',').map((r) => r.trim().toUpperCase()) });
  }
  return slices;
}

// Noto Sans first: its Latin and Cyrillic shapes win over the Korean font's, and only it has cyrillic-ext.
const NOTO_SANS_SLICES = new Set(['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext']);

function faces(css: string, files: Record<string, string>, keep: (file: string) => boolean) {
  const urlByName = new Map(Object.entries(files).map(([path, url]) => [path.split('/').pop()!, url]));
  return parseFontsourceCss(css)
    .filter((slice) => keep(slice.file) && urlByName.has(slice.file))
    .map((slice) => ({ url: urlByName.get(slice.file)!, 'unicode-range': slice.unicodeRange }));
}

export interface FontsourceCss {
  readonly notoSans: string;
  readonly notoSansKr: string;
}

// Vitest does not process CSS (`?raw` gives ''), so tests pass the CSS text read from disk.
const BUNDLED_CSS: FontsourceCss = { notoSans: notoSansCss, notoSansKr: notoSansKrCss };

export function labelFontFaces(css: FontsourceCss = BUNDLED_CSS): FontFacesSpecification {
  const latinCyrillic = faces(css.notoSans, notoSansFiles, (file) =>
    NOTO_SANS_SLICES.has(file.replace(/^noto-sans-/, '').replace(/-400-normal\.woff2$/, '')),
  );
  const korean = faces(css.notoSansKr, notoSansKrFiles, () => true);
  return { [LABEL_FONT]: [...latinCyrillic, ...korean] };
}
