/**
 * Scenario import and export in Chromium: export Korea from the Planner (a real download), import it back
 * (preview first, saved only on confirmation, deep-equal after save and export again), open it from "My
 * scenarios", and broken files (truncated, __proto__, 50 MB, picked or dropped) refused with the file, the
 * field and the rule named and the saved-scenario count unchanged.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { Page } from 'playwright-core';
import { afterAll, describe, expect, inject, it } from 'vitest';

import { buildPresetScenario } from '../src/domain/presets/presets';
import { scenarioFileText } from '../src/domain/scenario/scenario-file';
import { ARTIFACTS_DIR, screenshot, useBrowser, watchPage } from './chromium';

const baseURL = inject('baseURL');
const origin = new URL(baseURL).origin;
const browser = useBrowser();
const folder = mkdtempSync(join(tmpdir(), 'rrl-scenario-files-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Rows of the scenarios table, read with raw IndexedDB (0 while the database does not exist). */
function savedScenarioCount(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const request = indexedDB.open('registry-rollout-lab');
        request.onupgradeneeded = () => request.transaction?.abort();
        request.onerror = () => resolve(0);
        request.onsuccess = () => {
          const db = request.result;
          const count = db.transaction('scenarios').objectStore('scenarios').count();
          count.onsuccess = () => {
            db.close();
            resolve(count.result);
          };
          count.onerror = () => reject(count.error);
        };
      }),
  );
}

async function exportFromPlanner(page: Page): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export scenario' }).click(),
  ]);
  const path = await download.path();
  return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

function pick(page: Page, name: string, text: string): Promise<void> {
  return page.getByTestId('import-file').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
}

/** Drops a file on the Planner the way a file manager does. */
async function drop(page: Page, name: string, text: string): Promise<void> {
  const dataTransfer = await page.evaluateHandle(
    ([fileName, body]) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([body], fileName, { type: 'application/json' }));
      return transfer;
    },
    [name, text] as const,
  );
  await page.dispatchEvent('section.screen', 'dragover', { dataTransfer });
  await page.dispatchEvent('section.screen', 'drop', { dataTransfer });
}

async function problemsShown(page: Page): Promise<string> {
  const alert = page.getByTestId('import-problems');
  await alert.waitFor({ timeout: 20_000 });
  return alert.innerText();
}

describe('scenario files', () => {
  it('exports Korea, imports it back after a preview, opens it, and refuses broken files', async () => {
    const page = await browser().newPage({ viewport: { width: 1300, height: 900 } });
    const log = watchPage(page, origin);
    await page.goto(`${baseURL}/#/planner`, { waitUntil: 'networkidle' });
    await page.getByRole('button', { name: 'Export scenario' }).waitFor();
    expect(await page.getByTestId('my-scenarios-empty').innerText()).toMatch(/^None saved yet/);

    // Export: the preset as the CLI writes it, named after it.
    const exported = await exportFromPlanner(page);
    expect(exported.name).toBe('republic-of-korea-preset.scenario.json');
    expect(exported.text).toBe(scenarioFileText(buildPresetScenario('korea')));
    expect(await savedScenarioCount(page)).toBe(0);

    // An edited copy: the preview lists what differs from the preset; Cancel saves nothing.
    const edited = JSON.parse(exported.text) as { parameters: Record<string, number> };
    const keying = edited.parameters.keyingKph!;
    edited.parameters.keyingKph = keying + 1500;
    await pick(page, 'korea-faster.json', JSON.stringify(edited, null, 2));
    const preview = page.getByTestId('import-preview');
    await preview.waitFor();
    const previewText = await preview.innerText();
    expect(previewText).toContain('Import “korea-faster.json”');
    expect(previewText).toMatch(/Offices\s+209/);
    expect(previewText).toMatch(/Records\s+45,000,000/);
    expect(previewText).toMatch(/Pages\s+160,000,000/);
    expect(previewText).toContain('Differs from the preset Republic of Korea (preset)');
    expect(await page.getByTestId('import-diff').innerText()).toMatch(
      new RegExp(
        `: ${keying.toLocaleString('en-US')} keystrokes/hour → ${(keying + 1500).toLocaleString('en-US')} keystrokes/hour`,
      ),
    );
    await preview.scrollIntoViewIfNeeded();
    await screenshot(page, 'scenario-import-preview');
    await page
      .locator('section.scenario-files')
      .screenshot({ path: `${ARTIFACTS_DIR}/scenario-import-preview-panel.png` });
    await preview.getByRole('button', { name: 'Cancel' }).click();
    await preview.waitFor({ state: 'detached' });
    expect(await savedScenarioCount(page)).toBe(0);

    // The export itself: same as the preset; saved on confirmation as an import.
    await pick(page, exported.name, exported.text);
    await preview.waitFor();
    expect(await page.getByTestId('import-diff').innerText()).toBe(
      'Same as the preset Republic of Korea (preset).',
    );
    await page.getByRole('button', { name: 'Save to my scenarios' }).click();
    await page.getByTestId('import-saved').waitFor();
    expect(await savedScenarioCount(page)).toBe(1);
    const listed = page.getByTestId('my-scenarios');
    await expect.poll(() => listed.innerText()).toContain('Republic of Korea (preset) · Korea · imported ·');

    // Opened in the Planner from its address; exported again, it is the same file.
    await page.getByRole('link', { name: 'Open it in the Planner' }).click();
    await page.waitForURL(/#\/planner\?scenario=[0-9a-f-]{36}$/);
    await expect.poll(() => page.getByTestId('planner-source').innerText()).toMatch(/^A saved scenario/);
    const again = await exportFromPlanner(page);
    expect(JSON.parse(again.text)).toEqual(JSON.parse(exported.text));
    expect(again.text).toBe(exported.text);

    // The saved scenario runs like the preset it came from: same seed, same completion; the run is kept.
    const lotRun = async (): Promise<string> => {
      // Anchored: the saved scenario’s editor has a "Keying mode" field too.
      await page.getByLabel(/^Mode/).selectOption('lot');
      await page.getByLabel(/^Seed/).fill('11');
      await page.getByTestId('run-button').click();
      await page.getByTestId('result-completion').waitFor({ timeout: 60_000 });
      await expect
        .poll(() => page.getByTestId('run-saved').innerText())
        .toBe('Saved in this browser: see Runs.');
      return page.getByTestId('result-completion').innerText();
    };
    const savedCompletion = await lotRun();
    const savedUrl = page.url();
    await page.goto(`${baseURL}/#/planner`, { waitUntil: 'networkidle' });
    expect(await lotRun()).toBe(savedCompletion);
    await page.goto(savedUrl, { waitUntil: 'networkidle' });
    await expect.poll(() => page.getByTestId('planner-source').innerText()).toMatch(/^A saved scenario/);

    // Broken files: each refused with the file, the field and the rule named; nothing saved.
    await pick(page, 'cut.json', exported.text.slice(0, 500));
    expect(await problemsShown(page)).toMatch(
      /"cut\.json" was not imported \(1 problem\); nothing was saved\.\n+"cut\.json": \(file\): not valid JSON at line \d+, column \d+/,
    );
    expect(await savedScenarioCount(page)).toBe(1);

    await drop(page, 'proto.json', exported.text.replace('{', '{"__proto__": {"polluted": 1},'));
    await expect
      .poll(() => problemsShown(page))
      .toContain('"proto.json": (scenario): unknown field "__proto__"');
    expect(await page.evaluate(() => ({}) as Record<string, unknown>)).not.toHaveProperty('polluted');
    expect(await savedScenarioCount(page)).toBe(1);

    const huge = join(folder, 'huge.json');
    writeFileSync(huge, `"${'x'.repeat(50 * 1024 * 1024)}"`);
    await page.getByTestId('import-file').setInputFiles(huge);
    await expect
      .poll(() => problemsShown(page))
      .toContain('"huge.json": the file is 50 MB; scenario files are at most 5 MB');
    expect(await savedScenarioCount(page)).toBe(1);

    const future = JSON.parse(exported.text) as Record<string, unknown>;
    future.formatVersion = 2;
    await pick(page, 'future.json', JSON.stringify(future));
    await expect
      .poll(() => problemsShown(page))
      .toContain('"future.json": formatVersion: version 2 was made by a newer Registry Rollout Lab');
    await page.getByTestId('import-problems').scrollIntoViewIfNeeded();
    await screenshot(page, 'scenario-import-error');
    await page
      .locator('section.scenario-files')
      .screenshot({ path: `${ARTIFACTS_DIR}/scenario-import-error-panel.png` });
    expect(await savedScenarioCount(page)).toBe(1);

    // An id that is not in the store: a message, and the preset.
    await page.goto(`${baseURL}/#/planner?scenario=no-such-scenario`, { waitUntil: 'networkidle' });
    await page.reload({ waitUntil: 'networkidle' });
    expect(await page.getByTestId('saved-scenario-missing').innerText()).toContain(
      'Saved scenario “no-such-scenario” is not in this browser',
    );
    expect(await page.getByTestId('planner-source').innerText()).toMatch(/^Editing the parameters/);

    expect(log.errors).toEqual([]);
    expect(log.foreign).toEqual([]);
    await page.close();
  });
});
