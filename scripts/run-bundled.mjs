// Runs a TypeScript Node entry point (simulate CLI, benchmark) from an esbuild bundle.
//
// Why a bundle and not tsx or Vitest's module runner: those turn every imported binding into a getter call,
// which makes the 45 M-record engine run about 8× slower (about 20 s instead of 2.5 s). A bundle inlines the
// engine into one module, so V8 sees plain local functions, exactly as in the browser worker.
//
// Usage: node scripts/run-bundled.mjs <simulate|bench> [arguments for that entry point…]
// The exit code is what the entry point's `main(argv)` returns.
import { mkdir, readdir, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cacheDir = path.join(root, 'node_modules', '.cache', 'registry-rollout-lab');

// Every entry is bundled together: the CLI and the bench start `engine-thread.mjs` from the same folder.
const ENTRIES = {
  simulate: 'scripts/simulate-cli.ts',
  bench: 'scripts/bench.ts',
  'engine-thread': 'scripts/engine-thread.ts',
};
const RUNNABLE = ['simulate', 'bench'];
const WATCHED_DIRS = ['src', 'workers', 'scripts', 'fixtures'];
const WATCHED_FILE = /\.(ts|tsx|json|mjs)$/;

async function newestSourceTime(dir) {
  let newest = 0;
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, await newestSourceTime(full));
    else if (WATCHED_FILE.test(entry.name)) newest = Math.max(newest, (await stat(full)).mtimeMs);
  }
  return newest;
}

async function oldestBundleTime() {
  let oldest = Infinity;
  for (const name of Object.keys(ENTRIES)) {
    try {
      oldest = Math.min(oldest, (await stat(path.join(cacheDir, `${name}.mjs`))).mtimeMs);
    } catch {
      return 0;
    }
  }
  return oldest;
}

async function sourcesTime() {
  const times = await Promise.all(WATCHED_DIRS.map((dir) => newestSourceTime(path.join(root, dir))));
  // A dependency upgrade changes the lock file; rebuild then too.
  const lock = await stat(path.join(root, 'package-lock.json')).then(
    (s) => s.mtimeMs,
    () => 0,
  );
  return Math.max(lock, ...times);
}

async function bundleIfStale() {
  if ((await oldestBundleTime()) > (await sourcesTime())) return;
  const result = await build({
    absWorkingDir: root,
    entryPoints: Object.fromEntries(Object.entries(ENTRIES).map(([name, file]) => [name, file])),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outdir: cacheDir,
    outExtension: { '.js': '.mjs' },
    write: false,
    logLevel: 'warning',
    // Bundled CommonJS dependencies may call require(); ESM has none, so provide one.
    banner: {
      js: "import { createRequire as __rrlCreateRequire } from 'node:module';\nconst require = __rrlCreateRequire(import.meta.url);",
    },
  });
  await mkdir(cacheDir, { recursive: true });
  // Write then rename, so a concurrent run (tests, the bench spawning the CLI) never imports half a file.
  for (const file of result.outputFiles) {
    const temporary = `${file.path}.${process.pid}.tmp`;
    await writeFile(temporary, file.contents);
    await rename(temporary, file.path);
  }
}

const [name, ...argv] = process.argv.slice(2);
if (!RUNNABLE.includes(name)) {
  console.error(`usage: node scripts/run-bundled.mjs <${RUNNABLE.join('|')}> [arguments…]`);
  process.exit(2);
}
try {
  await bundleIfStale();
} catch (error) {
  // esbuild has already printed the located errors; add one line saying what failed.
  console.error(`run-bundled: could not bundle ${ENTRIES[name]}: ${error.message.split('\n')[0]}`);
  process.exit(1);
}
const entry = await import(pathToFileURL(path.join(cacheDir, `${name}.mjs`)).href);
process.exitCode = await entry.main(argv);
