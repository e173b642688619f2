/** The repository root, found from this module's location (it may run from a bundle under node_modules). */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && /"name":\s*"registry-rollout-lab"/.test(readFileSync(manifest, 'utf8')))
      return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error('cannot find the registry-rollout-lab repository root');
    dir = parent;
  }
}
