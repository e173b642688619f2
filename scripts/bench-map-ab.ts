/**
 * A/B of the map's cold start between two production builds, in the same minutes: this host's speed moves
 * by tens of percent from one minute to the next, so two separate `bench:map` runs cannot compare builds.
 *   npx vite build --outDir /tmp/dist-a   (on one commit)   and   --outDir /tmp/dist-b   (on the other)
 *   npx tsx scripts/bench-map-ab.ts /tmp/dist-a /tmp/dist-b        (env BENCH_AB_ROUNDS, default 6)
 * Each round launches a fresh Chromium per build (the order rotates every round), opens the overview, lets it
 * settle 2 s, clicks "Map" and times the press → the map's first idle. Prints each build's runs and median
 * and the median of the paired differences (first build minus second).
 */
import { preview } from 'vite';

import { openMapTiming } from './map-open-timing';

const ROUNDS = Number(process.env.BENCH_AB_ROUNDS ?? 6);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

const dirs = process.argv.slice(2);
if (dirs.length !== 2) {
  console.error('usage: npx tsx scripts/bench-map-ab.ts <build dir A> <build dir B>');
  process.exit(2);
}
const servers = await Promise.all(
  dirs.map((outDir, i) =>
    preview({
      build: { outDir },
      preview: { host: '127.0.0.1', port: 4320 + i, strictPort: false },
      logLevel: 'warn',
    }),
  ),
);
const urls = servers.map((s) => s.resolvedUrls!.local[0]!.replace(/\/$/, ''));
const runs: number[][] = dirs.map(() => []);
for (let round = 0; round < ROUNDS; round++) {
  for (const k of [round % 2, (round + 1) % 2]) {
    const { ms, browser } = await openMapTiming(urls[k]!, 2000);
    runs[k]!.push(Math.round(ms));
    await browser.close();
  }
}
await Promise.all(servers.map((s) => s.close()));
dirs.forEach((dir, k) => console.log(`${dir}: median ${median(runs[k]!)} ms, runs ${runs[k]!.join(' ')}`));
console.log(`paired difference (A − B): median ${median(runs[0]!.map((a, i) => a - runs[1]![i]!))} ms`);
