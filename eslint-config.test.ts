// The dependency direction of the architecture is held by the lint config; these tests show that it bites.
import { fileURLToPath } from 'node:url';

import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: fileURLToPath(new URL('.', import.meta.url)) });

async function errorsFor(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => `${m.ruleId ?? 'fatal'}: ${m.message}`);
}

const pureModules = ['src/domain/example.ts', 'workers/engine/example.ts'];
const forbiddenInPureCore = [
  ["import { useState } from 'react';\nexport const x = useState;\n", 'React'],
  ["import Dexie from 'dexie';\nexport const x = Dexie;\n", 'Dexie'],
  ["import { Map } from 'maplibre-gl';\nexport const x = Map;\n", 'maplibre-gl'],
  ["import { App } from '@/ui/app';\nexport const x = App;\n", 'src/ui'],
] as const;

describe('lint holds the dependency direction', () => {
  for (const file of pureModules) {
    it.each(forbiddenInPureCore)(`rejects in ${file}: %s`, async (code, named) => {
      const errors = await errorsFor(file, code);
      expect(errors.join('\n')).toContain('no-restricted-imports');
      expect(errors.join('\n')).toContain(named);
    });

    it(`rejects Math.random and wall-clock time in ${file}`, async () => {
      const errors = await errorsFor(
        file,
        'export const a = Math.random();\nexport const b = Date.now();\nexport const c = new Date();\n',
      );
      expect(errors.filter((e) => e.startsWith('no-restricted-syntax'))).toHaveLength(3);
    });

    it(`accepts plain pure code in ${file}`, async () => {
      expect(
        await errorsFor(file, 'export function twice(x: number): number {\n  return 2 * x;\n}\n'),
      ).toEqual([]);
    });
  }

  it('keeps Dexie out of the map and maplibre out of the database layer', async () => {
    expect(
      (await errorsFor('src/map/x.ts', "import Dexie from 'dexie';\nexport const x = Dexie;\n")).join(),
    ).toContain('Dexie');
    expect(
      (await errorsFor('src/db/x.ts', "import { Map } from 'maplibre-gl';\nexport const x = Map;\n")).join(),
    ).toContain('maplibre');
  });

  it('allows Dexie in src/db and maplibre in src/map', async () => {
    expect(await errorsFor('src/db/x.ts', "import Dexie from 'dexie';\nexport const x = Dexie;\n")).toEqual(
      [],
    );
    expect(
      await errorsFor('src/map/x.ts', "import { Map } from 'maplibre-gl';\nexport const x = Map;\n"),
    ).toEqual([]);
  });

  it('keeps the engine out of the domain: the engine depends on the domain, never the reverse', async () => {
    const code = "import { STAGES } from '../../workers/engine/engine-types';\nexport const x = STAGES;\n";
    expect((await errorsFor('src/domain/economics/x.ts', code)).join()).toContain('Only src/app');
    expect(
      (
        await errorsFor(
          'src/domain/x.ts',
          "import { run } from '../workers/engine/run';\nexport const x = run;\n",
        )
      ).join(),
    ).toContain('no-restricted-imports');
  });

  it('makes the screens reach the engine through src/app', async () => {
    const code = "import { STAGES } from '../../../workers/engine/engine-types';\nexport const x = STAGES;\n";
    expect((await errorsFor('src/ui/map/x.tsx', code)).join()).toContain('Only src/app');
    expect(await errorsFor('src/app/x.ts', code.replace('../../../', '../../'))).toEqual([]);
  });

  it('lets the map read the engine result shape and nothing else of the engine', async () => {
    const types = "import { NEVER } from '../../workers/engine/engine-types';\nexport const x = NEVER;\n";
    expect(await errorsFor('src/map/x.ts', types)).toEqual([]);
    const input =
      "import { prepareEngineInput } from '../../workers/engine/engine-input';\nexport const x = prepareEngineInput;\n";
    expect((await errorsFor('src/map/x.ts', input)).join()).toContain('result shape');
  });

  it('lets only main.tsx import the UI', async () => {
    expect(
      (await errorsFor('src/app/x.ts', "import { App } from '../ui/app';\nexport const x = App;\n")).join(),
    ).toContain('src/ui');
  });
});
