/**
 * A/B of the map's cold start between two production builds, in the same minutes: this host's speed moves
 * by tens of percent from one minute to the next, so two separate `bench:map` runs cannot compare builds.
 *   npx vite build --outDir /tmp/dist-a   (on one commit)   and   --outDir /tmp/dist-b   (on the other)
 *   npx tsx scripts/bench-map-ab.ts /tmp/dist-a /tmp/dist-b        (env BENCH_AB_ROUNDS, default 6)
 * Each round launches a fresh Chromium per build (the order rotates every round), opens the overview, lets it
 * settle 2 s (BENCH_MAP_SETTLE_MS), clicks "Map" and times the press → the map's first idle. Prints each
 * build's runs and median and the median of the paired differences (first build minus second). With
 * BENCH_AB_SCRUB=1 each launch also scrubs every month and pans (map-scrub-timing.ts), and the main thread's
 * ms per step and per pan frame are compared the same way.
 */
import { preview } from 'vite';

import { openMapTiming } from './map-open-timing';
import { scrubAndPan } from './map-scrub-timing';

const ROUNDS = Number(process.env.BENCH_AB_ROUNDS ?? 6);
const SCRUB = process.env.BENCH_AB_SCRUB === '1';
const SETTLE_MS = Number(process.env.BENCH_MAP_SETTLE_MS ?? 2000);
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
const figures = { open: [[], []], step: [[], []], pan: [[], []] } as Record<string, number[][]>;
for (let round = 0; round < ROUNDS; round++) {
  for (const k of [round % 2, (round + 1) % 2]) {
    const { ms, browser, page } = await openMapTiming(urls[k]!, SETTLE_MS);
    figures.open![k]!.push(Math.round(ms));
    if (SCRUB) {
      const { scrub, pan } = await scrubAndPan(page);
      figures.step![k]!.push(Math.round(scrub.perFrameMs * 100) / 100);
      figures.pan![k]!.push(Math.round(pan.perFrameMs * 100) / 100);
    }
    await browser.close();
  }
}
await Promise.all(servers.map((s) => s.close()));
for (const [name, runs] of Object.entries(figures)) {
  if (runs[0]!.length === 0) continue;
  const unit = name === 'open' ? 'ms (press → idle)' : `ms of main thread per ${name} frame`;
  console.log(`${name}: ${unit}`);
  dirs.forEach((dir, k) => console.log(`  ${dir}: median ${median(runs[k]!)}, runs ${runs[k]!.join(' ')}`));
  const diff = median(runs[0]!.map((a, i) => a - runs[1]![i]!));
  console.log(`  paired difference (A − B): median ${Math.round(diff * 100) / 100}`);
}
