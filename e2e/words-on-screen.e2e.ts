/**
 * Words on screen in the browser: Hangul in the page draws from the bundled Noto Sans KR (no missing-glyph
 * boxes on a machine without CJK fonts, no request outside the origin), and the texts users read carry no
 * field keys, doubled values or file paths.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';

import { screenshot, useBrowser, watchPage } from './chromium';
import type { RequestLog } from './chromium';

const baseURL = inject('baseURL');
const origin = new URL(baseURL).origin;

const browser = useBrowser();

async function open(path: string): Promise<{ page: Page; log: RequestLog }> {
  const page = await browser().newPage({ viewport: { width: 1280, height: 900 } });
  const log = watchPage(page, origin);
  await page.goto(`${baseURL}/${path}`, { waitUntil: 'networkidle' });
  return { page, log };
}

describe('words on screen', () => {
  it('draws the Korean name in the page with the bundled Noto Sans KR, not as missing-glyph boxes', async () => {
    const { page, log } = await open('');
    const name = page.getByTestId('native-name');
    expect(await name.innerText()).toBe('대한민국');
    expect(await name.getAttribute('lang')).toBe('ko');

    const fonts = await name.evaluate(async (element) => {
      await document.fonts.ready;
      const style = getComputedStyle(element);
      /** Width of `text` drawn in `family` at the element's size, in a probe next to it. */
      const width = (text: string, family: string) => {
        const probe = document.createElement('span');
        probe.style.font = `${style.fontWeight} ${style.fontSize} ${family}`;
        probe.style.whiteSpace = 'pre';
        probe.textContent = text;
        element.after(probe);
        const w = probe.getBoundingClientRect().width;
        probe.remove();
        return w;
      };
      const range = document.createRange();
      range.selectNodeContents(element);
      return {
        rendered: range.getBoundingClientRect().width,
        // The same text in the bundled face alone, and a character no font has (a missing-glyph box) × 4.
        notoSansKr: width('대한민국', '"Noto Sans KR"'),
        boxes: width('\uE000\uE000\uE000\uE000', style.fontFamily),
        check: document.fonts.check(`${style.fontSize} "Noto Sans KR"`, '대한민국'),
        loaded: [...document.fonts].filter(
          (f) => f.family.replace(/["']/g, '') === 'Noto Sans KR' && f.status === 'loaded',
        ).length,
        family: style.fontFamily,
      };
    });
    expect(fonts.family).toMatch(/^"Noto Sans KR"/);
    expect(fonts.check).toBe(true);
    expect(fonts.loaded).toBeGreaterThan(0);
    expect(fonts.rendered).toBeCloseTo(fonts.notoSansKr, 0);
    expect(Math.abs(fonts.rendered - fonts.boxes)).toBeGreaterThan(fonts.rendered * 0.1);
    await screenshot(page, 'overview-korea-hangul');
    expect(log.foreign).toEqual([]);
    expect(log.errors).toEqual([]);
    await page.close();
  });

  it('keeps Latin text in the system font: the Korean face is declared for Hangul only', async () => {
    const { page } = await open('');
    const widths = await page.evaluate(async () => {
      await document.fonts.ready;
      const h1 = document.querySelector('h1')!;
      const style = getComputedStyle(h1);
      const width = (family: string) => {
        const probe = document.createElement('span');
        probe.style.font = `${style.fontWeight} ${style.fontSize} ${family}`;
        probe.textContent = h1.textContent;
        document.body.append(probe);
        const w = probe.getBoundingClientRect().width;
        probe.remove();
        return w;
      };
      return {
        page: width(style.fontFamily),
        system: width(style.fontFamily.replace('"Noto Sans KR", ', '')),
      };
    });
    expect(widths.page).toBeCloseTo(widths.system, 1);
    await page.close();
  });

  it('shows titles, values and addresses written for users', async () => {
    const { page, log } = await open('#/?preset=uzbekistan');
    const overview = await page.locator('main').innerText();
    expect(overview).not.toMatch(/World bank mrprc|Budget krw|Land registered ha|Kwpf/);
    expect(overview).toContain('World Bank land registration project (MRPRC): IDA credit');
    await page.goto(`${baseURL}/#/`, { waitUntil: 'networkidle' });
    await page.waitForFunction(() => document.querySelector('h1')?.textContent?.includes('Korea'));
    const variants = await page.getByTestId('variants').innerText();
    expect(variants).toContain('213 offices at completion (2002)');
    expect(variants).not.toMatch(/\b(\d[\d,.]*) \1\b/);
    expect(await page.locator('[data-figure="startYear"] .figure-value').innerText()).toBe('1993');
    await page.goto(`${baseURL}/#/sources`, { waitUntil: 'networkidle' });
    const seed = await page.locator('#source-SEED').innerText();
    expect(seed).toContain('Not published online');
    expect(seed).not.toMatch(/shared\/seed|\.txt/);
    await page.goto(`${baseURL}/#/planner`, { waitUntil: 'networkidle' });
    const planner = await page.getByTestId('parameters').innerText();
    expect(planner).not.toMatch(/ocrEdit|\bcurrency\//);
    expect(planner).toContain('OCR + editing');
    expect(log.foreign).toEqual([]);
    await page.close();
  });
});
